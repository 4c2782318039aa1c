// The Python packages the pip model can install (PyPI, late 2025), as rows parsed by pip.ts:
//   name version wheel-kB metadata-kB [c] [: requirement ...] [| import-name console-script ...]
// c = a compiled wheel (cp3XY-cp3XY-manylinux tags for the interpreter). Requirements are written
// as the package's metadata declares them; pip prints them that way ("blinker>=1.9.0").
// Any other name is one PyPI does not have, for this model.
export const PYPI_ROWS = `
flask 3.1.2 103 3.2 : blinker>=1.9.0 click>=8.1.3 itsdangerous>=2.2.0 jinja2>=3.1.2 markupsafe>=2.1.1 werkzeug>=3.1.0 | flask flask
blinker 1.9.0 8.5 1.6
click 8.3.1 108 2.6
itsdangerous 2.2.0 16 1.9
jinja2 3.1.6 134 2.9 : MarkupSafe>=2.0
markupsafe 3.0.3 22 2.7 c
werkzeug 3.1.4 224 3.7 : markupsafe>=2.1.1
requests 2.32.5 64 4.9 : charset_normalizer<4,>=2 idna<4,>=2.5 urllib3<3,>=1.21.1 certifi>=2017.4.17
charset-normalizer 3.4.4 153 37 c | charset_normalizer normalizer
idna 3.11 71 8.4
urllib3 2.5.0 129 6.5
certifi 2025.11.12 159 2.5
packaging 25.0 66 3.3
gunicorn 23.0.0 85 4.4 : packaging | gunicorn gunicorn
asgiref 3.11.0 24 6.7
sqlparse 0.5.4 45 3.8 | sqlparse sqlformat
django 5.2.8 8300 4.1 : asgiref>=3.8.1 sqlparse>=0.3.1 | django django-admin
typing-extensions 4.15.0 44 3.3 | typing_extensions
annotated-types 0.7.0 13 15 | annotated_types
typing-inspection 0.4.2 14 2.6 : typing-extensions>=4.12.0 | typing_inspection
pydantic-core 2.41.5 2100 7.3 c : typing-extensions>=4.14.1 | pydantic_core
pydantic 2.12.4 463 89 : annotated-types>=0.6.0 pydantic-core==2.41.5 typing-extensions>=4.14.1 typing-inspection>=0.4.2
sniffio 1.3.1 10 3.9
anyio 4.11.0 109 4.1 : idna>=2.8 sniffio>=1.1
starlette 0.50.0 74 6.3 : anyio<5,>=3.6.2
annotated-doc 0.0.4 5.3 7.1 | annotated_doc
fastapi 0.121.3 109 28 : starlette<0.51.0,>=0.40.0 pydantic!=1.8,!=1.8.1,!=2.0.0,!=2.0.1,!=2.1.0,<3.0.0,>=1.7.4 typing-extensions>=4.8.0 annotated-doc>=0.0.2
h11 0.16.0 37 3.7
uvicorn 0.38.0 68 6.6 : click>=7.0 h11>=0.8 | uvicorn uvicorn
numpy 2.3.5 16600 62 c | numpy f2py numpy-config
six 1.17.0 11 1.8 | six
python-dateutil 2.9.0.post0 229 8.4 : six>=1.5 | dateutil
pytz 2025.2 509 22
tzdata 2025.2 347 1.4
pandas 2.3.3 12400 91 c : numpy>=1.26.0 python-dateutil>=2.8.2 pytz>=2020.1 tzdata>=2022.7
redis 7.1.0 354 12
psycopg2-binary 2.9.11 4200 4.9 c | psycopg2
python-dotenv 1.2.1 21 25 | dotenv dotenv
pip 25.3 1800 4.7 | pip pip pip3
setuptools 80.9.0 1200 6.6 | setuptools
wheel 0.45.1 72 3.5 | wheel wheel
`;
