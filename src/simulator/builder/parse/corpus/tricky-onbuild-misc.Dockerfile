FROM python:3.12-slim
ONBUILD COPY requirements.txt /app/
ONBUILD   RUN pip install -r /app/requirements.txt
onbuild add . /app
USER 1000:1000
WORKDIR /app/$SUB
STOPSIGNAL 9
EXPOSE 8000 80/tcp ${PORT}
VOLUME /var/lib/data
ARG A B=2 C="x y"
