// dpage/pgadmin4: pgAdmin 4 served by gunicorn, built FROM python:3-alpine (so its first layers are those of
// python:alpine). Sizes and the gunicorn lines are approximate.
import type { CatalogRepo } from './types.ts';
import { image, asBase, alpineOs, server } from './build.ts';
import { pythonAlpine } from './python.ts';

const startup = server({ listensOn: ['80/tcp'], logLines: ['[<YYYY-MM-DD HH:MM:SS+00:00>] [1] [INFO] Starting gunicorn 23.0.0', '[<YYYY-MM-DD HH:MM:SS+00:00>] [1] [INFO] Listening at: http://[::]:80 (1)', '[<YYYY-MM-DD HH:MM:SS+00:00>] [1] [INFO] Using worker: gthread', '[<YYYY-MM-DD HH:MM:SS+00:00>] [118] [INFO] Booting worker with pid: 118'], dataDir: '/var/lib/pgadmin', requiredEnv: ['PGADMIN_DEFAULT_EMAIL', 'one of PGADMIN_DEFAULT_PASSWORD, PGADMIN_DEFAULT_PASSWORD_FILE'], missingEnvError: { text: 'You need to define the PGADMIN_DEFAULT_EMAIL and PGADMIN_DEFAULT_PASSWORD or PGADMIN_DEFAULT_PASSWORD_FILE environment variables.', stream: 'stdout', exitCode: 1 } });

export const pgadmin4: CatalogRepo = {
  name: 'dpage/pgadmin4',
  official: false,
  description: 'pgAdmin 4 is a web based administration tool for the PostgreSQL database.',
  stars: 1300,
  images: [
    image({
      tags: ['latest', '9', '9.17'],
      created: '2026-08-21T06:31:44Z',
      base: asBase(pythonAlpine),
      seed: 'dpage/pgadmin4:latest',
      layers: [100000000, 14600000, 36400000, 910000, 93, 26400000, 3640000, 300, 421, 3612, 36400],
      history: [
        'COPY /venv /venv # buildkit',
        'RUN /bin/sh -c apk add --no-cache         bash         libedit         libldap         libpq         libjpeg-turbo         shadow         sudo         tzdata         libxml2         libxslt         krb5-libs         postfix # buildkit',
        'COPY /usr/local/pgsql /usr/local/ # buildkit',
        'COPY /usr/local/lib/libpq.so.5.17 /usr/lib/ # buildkit',
        'WORKDIR /pgadmin4',
        'ENV PYTHONPATH=/pgadmin4',
        'COPY /pgadmin4/web /pgadmin4 # buildkit',
        'COPY /pgadmin4/docs/en_US/_build/html/ /pgadmin4/docs # buildkit',
        'COPY pkg/docker/run_pgadmin.py /pgadmin4 # buildkit',
        'COPY pkg/docker/gunicorn_config.py /pgadmin4 # buildkit',
        'COPY pkg/docker/entrypoint.sh /entrypoint.sh # buildkit',
        "RUN /bin/sh -c find / -type d -name '__pycache__' -exec rm -rf {} + &&     useradd -r -M -s /bin/bash -u 5050 -g 0 pgadmin &&     mkdir -p /run/pgadmin /var/lib/pgadmin # buildkit",
        'USER 5050',
        'VOLUME [/var/lib/pgadmin]',
        'EXPOSE map[443/tcp:{} 80/tcp:{}]',
        'ENTRYPOINT ["/entrypoint.sh"]',
      ],
      config: { Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'PYTHON_VERSION=3.14.7', 'PYTHON_SHA256=3b48dac8fb59f62eaa67ac83c1eb12bda1b7a08406dd286e252c11a66be27f81', 'PYTHONPATH=/pgadmin4'], Entrypoint: ['/entrypoint.sh'], ExposedPorts: ['80/tcp', '443/tcp'], Volumes: ['/var/lib/pgadmin'], WorkingDir: '/pgadmin4', User: '5050' },
      os: alpineOs('3.24.1', ['bash', 'python3', 'gunicorn', 'sudo']),
      startup: startup,
    }),
  ],
};
