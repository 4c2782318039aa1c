// Realistic compose files, modelled on the stacks tutorials and official examples hand learners:
// each must load, validate and normalise unchanged. Part one: web app + PostgreSQL, WordPress +
// MariaDB, Nextcloud, a Zulip-style stack with file secrets, Traefik + whoami, Prometheus + Grafana.

export interface Stack {
  name: string;
  /** Project directory (absolute). */
  dir: string;
  /** Files relative to `dir`. */
  files: Record<string, string>;
  env?: Record<string, string>;
}

export const webappPostgres: Stack = {
  name: 'web app + postgres',
  dir: '/home/learner/blog',
  files: {
    'compose.yaml': `services:
  web:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    ports:
      - "8000:8000"
    environment:
      - DATABASE_URL=postgres://\${POSTGRES_USER}:\${POSTGRES_PASSWORD}@db:5432/\${POSTGRES_DB}
      - DJANGO_DEBUG
    volumes:
      - .:/code
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_USER: \${POSTGRES_USER}
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: \${POSTGRES_DB:-blog}
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U $\${POSTGRES_USER} -d $\${POSTGRES_DB}"]
      interval: 5s
      timeout: 5s
      retries: 10

volumes:
  pgdata:
`,
    '.env': 'POSTGRES_USER=blog\nPOSTGRES_PASSWORD=change-me\nPOSTGRES_DB=blog\n',
    Dockerfile: 'FROM python:3.12-slim\n',
  },
};

export const wordpressMariadb: Stack = {
  name: 'wordpress + mariadb',
  dir: '/home/learner/my_wordpress',
  files: {
    'docker-compose.yml': `version: '3.8'
services:
  db:
    image: mariadb:10.11
    command: '--default-authentication-plugin=mysql_native_password'
    volumes:
      - db_data:/var/lib/mysql
    restart: always
    environment:
      - MYSQL_ROOT_PASSWORD=somewordpress
      - MYSQL_DATABASE=wordpress
      - MYSQL_USER=wordpress
      - MYSQL_PASSWORD=wordpress
    expose:
      - 3306
      - 33060
  wordpress:
    image: wordpress:latest
    volumes:
      - wp_data:/var/www/html
    ports:
      - 80:80
    restart: always
    environment:
      - WORDPRESS_DB_HOST=db
      - WORDPRESS_DB_USER=wordpress
      - WORDPRESS_DB_PASSWORD=wordpress
      - WORDPRESS_DB_NAME=wordpress
volumes:
  db_data:
  wp_data:
`,
  },
};

export const nextcloud: Stack = {
  name: 'nextcloud (app, cron, postgres, redis)',
  dir: '/home/learner/nextcloud',
  files: {
    'compose.yaml': `services:
  db:
    image: postgres:16-alpine
    restart: always
    volumes:
      - db:/var/lib/postgresql/data:Z
    env_file:
      - db.env
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "nextcloud"]
      interval: 10s
      start_period: 30s

  redis:
    image: redis:alpine
    restart: always

  app:
    image: nextcloud:apache
    restart: always
    ports:
      - 127.0.0.1:8080:80
    volumes:
      - nextcloud:/var/www/html:z
    environment:
      - POSTGRES_HOST=db
      - REDIS_HOST=redis
    env_file:
      - db.env
    depends_on:
      db:
        condition: service_healthy
      redis:
        condition: service_started

  cron:
    image: nextcloud:apache
    restart: always
    volumes:
      - nextcloud:/var/www/html:z
    entrypoint: /cron.sh
    depends_on:
      - db
      - redis

volumes:
  db:
  nextcloud:
`,
    'db.env': 'POSTGRES_PASSWORD=nextcloud-db-pass\nPOSTGRES_DB=nextcloud\nPOSTGRES_USER=nextcloud\n',
  },
};

export const zulip: Stack = {
  name: 'zulip-style stack with file secrets',
  dir: '/home/learner/zulip',
  files: {
    'compose.yaml': `x-zulip-secrets: &zulip-secrets
  - zulip__postgres_password
  - zulip__rabbitmq_password
  - zulip__memcached_password
  - zulip__redis_password
  - zulip__secret_key

services:
  database:
    image: zulip/zulip-postgresql:14
    restart: unless-stopped
    environment:
      POSTGRES_DB: zulip
      POSTGRES_USER: zulip
      POSTGRES_PASSWORD_FILE: /run/secrets/zulip__postgres_password
    secrets:
      - zulip__postgres_password
    volumes:
      - postgresql-14:/var/lib/postgresql/data:rw
  memcached:
    image: memcached:alpine
    restart: unless-stopped
    command:
      - sh
      - -euc
      - |
        echo 'mech_list: plain' > "$$SASL_CONF_PATH"
        echo "zulip@$$HOSTNAME:$$(cat $$MEMCACHED_PASSWORD_FILE)" > "$$MEMCACHED_SASL_PWDB"
        exec memcached -S
    environment:
      SASL_CONF_PATH: /home/memcache/memcached.conf
      MEMCACHED_SASL_PWDB: /home/memcache/memcached-sasl-db
      MEMCACHED_PASSWORD_FILE: /run/secrets/zulip__memcached_password
    secrets:
      - zulip__memcached_password
  rabbitmq:
    image: rabbitmq:4.1
    restart: unless-stopped
    environment:
      RABBITMQ_DEFAULT_USER: zulip
    secrets:
      - zulip__rabbitmq_password
    volumes:
      - rabbitmq:/var/lib/rabbitmq:rw
  redis:
    image: redis:alpine
    restart: unless-stopped
    command: ["sh", "-euc", "exec redis-server --requirepass \\"$$(cat /run/secrets/zulip__redis_password)\\""]
    secrets:
      - zulip__redis_password
    volumes:
      - redis:/data:rw
  zulip:
    image: ghcr.io/zulip/zulip-server:11.0-0
    restart: unless-stopped
    ports:
      - "80:80"
      - "443:443"
    environment:
      SETTING_EXTERNAL_HOST: \${ZULIP_HOSTNAME:-localhost.localdomain}
      SETTING_ZULIP_ADMINISTRATOR: admin@example.net
      SETTING_MEMCACHED_LOCATION: memcached:11211
      SETTING_RABBITMQ_HOST: rabbitmq
      SETTING_REDIS_HOST: redis
      SSL_CERTIFICATE_GENERATION: self-signed
    secrets: *zulip-secrets
    volumes:
      - zulip:/data:rw
    ulimits:
      nofile:
        soft: 1000000
        hard: 1048576
    depends_on:
      - database
      - memcached
      - rabbitmq
      - redis

secrets:
  zulip__postgres_password:
    file: ./secrets/postgres_password
  zulip__rabbitmq_password:
    file: ./secrets/rabbitmq_password
  zulip__memcached_password:
    file: ./secrets/memcached_password
  zulip__redis_password:
    file: ./secrets/redis_password
  zulip__secret_key:
    file: ./secrets/secret_key

volumes:
  zulip:
  postgresql-14:
  rabbitmq:
  redis:
`,
    'secrets/postgres_password': 'pg-secret\n',
    'secrets/rabbitmq_password': 'rmq-secret\n',
    'secrets/memcached_password': 'mc-secret\n',
    'secrets/redis_password': 'redis-secret\n',
    'secrets/secret_key': 'django-secret\n',
  },
};

export const traefikWhoami: Stack = {
  name: 'traefik + whoami',
  dir: '/home/learner/proxy',
  files: {
    'compose.yaml': `services:
  reverse-proxy:
    image: traefik:v3.4
    command:
      - "--api.insecure=true"
      - "--providers.docker=true"
      - "--providers.docker.exposedbydefault=false"
      - "--entrypoints.web.address=:80"
    ports:
      - "80:80"
      - "8080:8080"
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
  whoami:
    image: traefik/whoami
    deploy:
      replicas: 2
    labels:
      - "traefik.enable=true"
      - "traefik.http.routers.whoami.rule=Host(\`whoami.localhost\`)"
      - "traefik.http.routers.whoami.entrypoints=web"
`,
  },
};

export const prometheusGrafana: Stack = {
  name: 'prometheus + grafana',
  dir: '/home/learner/monitoring',
  files: {
    'compose.yaml': `services:
  prometheus:
    image: prom/prometheus:v3.4.0
    container_name: prometheus
    command:
      - '--config.file=/etc/prometheus/prometheus.yml'
      - '--storage.tsdb.retention.time=15d'
    ports:
      - 9090:9090
    restart: unless-stopped
    volumes:
      - ./prometheus:/etc/prometheus
      - prom_data:/prometheus
  grafana:
    image: grafana/grafana:12.0.1
    container_name: grafana
    ports:
      - 3000:3000
    restart: unless-stopped
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=grafana
    volumes:
      - ./grafana:/etc/grafana/provisioning/datasources
    depends_on:
      - prometheus
volumes:
  prom_data:
`,
    'prometheus/prometheus.yml': 'global:\n  scrape_interval: 15s\n',
    'grafana/datasource.yml': 'apiVersion: 1\n',
  },
};
