// Realistic compose files, part two: Gitea + PostgreSQL, a MERN-style stack, Elasticsearch +
// Kibana, Portainer, pgAdmin behind a profile, an nginx front end on two networks with aliases
// and x- anchors merged with <<, and a base file with a development override.
import type { Stack } from './stacks-a.ts';

export const giteaPostgres: Stack = {
  name: 'gitea + postgres',
  dir: '/home/learner/gitea',
  files: {
    'docker-compose.yml': `networks:
  gitea:
    external: false

services:
  server:
    image: docker.gitea.com/gitea:1.24.2
    container_name: gitea
    environment:
      - USER_UID=1000
      - USER_GID=1000
      - GITEA__database__DB_TYPE=postgres
      - GITEA__database__HOST=db:5432
      - GITEA__database__NAME=gitea
      - GITEA__database__USER=gitea
      - GITEA__database__PASSWD=gitea
    restart: always
    networks:
      - gitea
    volumes:
      - ./gitea:/data
      - /etc/timezone:/etc/timezone:ro
      - /etc/localtime:/etc/localtime:ro
    ports:
      - "3000:3000"
      - "222:22"
    depends_on:
      - db

  db:
    image: docker.io/library/postgres:14
    restart: always
    environment:
      - POSTGRES_USER=gitea
      - POSTGRES_PASSWORD=gitea
      - POSTGRES_DB=gitea
    networks:
      - gitea
    volumes:
      - ./postgres:/var/lib/postgresql/data
`,
  },
};

export const mernStack: Stack = {
  name: 'node + mongo + mongo-express',
  dir: '/home/learner/mern',
  files: {
    'compose.yaml': `services:
  api:
    build:
      context: ./api
      dockerfile: Dockerfile.dev
      args:
        NODE_VERSION: 22
    working_dir: /usr/src/app
    command: npm run dev
    ports:
      - "\${API_PORT:-4000}:4000"
    environment:
      NODE_ENV: development
      MONGO_URL: mongodb://root:example@mongo:27017/
    volumes:
      - ./api:/usr/src/app
      - /usr/src/app/node_modules
    depends_on:
      - mongo
  mongo:
    image: mongo:8
    restart: always
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: example
    volumes:
      - mongo-data:/data/db
  mongo-express:
    image: mongo-express
    restart: always
    ports:
      - 8081:8081
    environment:
      ME_CONFIG_MONGODB_ADMINUSERNAME: root
      ME_CONFIG_MONGODB_ADMINPASSWORD: example
      ME_CONFIG_MONGODB_URL: mongodb://root:example@mongo:27017/
      ME_CONFIG_BASICAUTH: "false"
    depends_on:
      - mongo
volumes:
  mongo-data: {}
`,
    'api/Dockerfile.dev': 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n',
  },
};

export const elasticKibana: Stack = {
  name: 'elasticsearch + kibana',
  dir: '/home/learner/elk',
  files: {
    'compose.yaml': `services:
  es01:
    image: docker.elastic.co/elasticsearch/elasticsearch:\${STACK_VERSION}
    volumes:
      - esdata01:/usr/share/elasticsearch/data
    ports:
      - \${ES_PORT}:9200
    environment:
      - node.name=es01
      - cluster.name=\${CLUSTER_NAME}
      - discovery.type=single-node
      - ELASTIC_PASSWORD=\${ELASTIC_PASSWORD}
      - bootstrap.memory_lock=true
      - xpack.security.enabled=false
    mem_limit: \${MEM_LIMIT}
    ulimits:
      memlock:
        soft: -1
        hard: -1
    healthcheck:
      test: ["CMD-SHELL", "curl -s http://localhost:9200 | grep -q 'You Know, for Search'"]
      interval: 10s
      timeout: 10s
      retries: 120
  kibana:
    depends_on:
      es01:
        condition: service_healthy
    image: docker.elastic.co/kibana/kibana:\${STACK_VERSION}
    volumes:
      - kibanadata:/usr/share/kibana/data
    ports:
      - \${KIBANA_PORT}:5601
    environment:
      - SERVERNAME=kibana
      - ELASTICSEARCH_HOSTS=http://es01:9200
    mem_limit: \${MEM_LIMIT}
volumes:
  esdata01:
    driver: local
  kibanadata:
    driver: local
`,
    '.env': 'STACK_VERSION=9.0.2\nCLUSTER_NAME=docker-cluster\nELASTIC_PASSWORD=changeme\nES_PORT=9200\nKIBANA_PORT=5601\nMEM_LIMIT=1073741824\n',
  },
};

export const portainer: Stack = {
  name: 'portainer',
  dir: '/home/learner/portainer',
  files: {
    'compose.yml': `services:
  portainer:
    image: portainer/portainer-ce:lts
    container_name: portainer
    restart: always
    ports:
      - 9443:9443
      - 8000:8000
    volumes:
      - portainer_data:/data
      - /var/run/docker.sock:/var/run/docker.sock
volumes:
  portainer_data:
    name: portainer_data
`,
  },
};

export const pgadminProfiles: Stack = {
  name: 'postgres + pgadmin behind a profile',
  dir: '/home/learner/pg',
  files: {
    'compose.yaml': `name: pgstack
services:
  postgres:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: \${PGPASS-postgres}
    ports:
      - "127.0.0.1:5432:5432"
    volumes:
      - type: volume
        source: pg
        target: /var/lib/postgresql/data
  pgadmin:
    image: dpage/pgadmin4
    profiles: [tools]
    environment:
      PGADMIN_DEFAULT_EMAIL: admin@example.com
      PGADMIN_DEFAULT_PASSWORD: admin
    ports:
      - target: 80
        published: "5050"
        protocol: tcp
    depends_on:
      - postgres
volumes:
  pg:
`,
  },
};

export const nginxNetworks: Stack = {
  name: 'nginx front end, two networks, aliases, x- anchors',
  dir: '/home/learner/shop',
  files: {
    'compose.yaml': `x-defaults: &defaults
  restart: unless-stopped
  logging:
    driver: json-file
    options:
      max-size: "10m"

services:
  proxy:
    <<: *defaults
    image: nginx:1.27-alpine
    ports: ["443:443", "80:80"]
    volumes:
      - ./nginx.conf:/etc/nginx/nginx.conf:ro
      - type: tmpfs
        target: /var/cache/nginx
    networks:
      - front
  app:
    <<: *defaults
    image: example/shop:2.3
    hostname: shop-app
    user: "1000:1000"
    networks:
      front:
        aliases: [shop, shop.internal]
      back: {}
    healthcheck:
      test: wget -qO- http://localhost:3000/health || exit 1
      interval: 30s
      start_period: 1m
  cache:
    <<: *defaults
    image: redis:7-alpine
    networks: [back]

networks:
  front:
  back:
    internal: true
`,
    'nginx.conf': 'events {}\n',
  },
};

export const devOverride: Stack = {
  name: 'base file + compose.override.yaml',
  dir: '/home/learner/api',
  files: {
    'compose.yaml': `services:
  api:
    image: example/api:\${TAG:-latest}
    ports: ["3000:3000"]
    environment:
      LOG_LEVEL: info
    configs:
      - source: app_config
        target: /etc/api/config.json
configs:
  app_config:
    file: ./config.json
`,
    'compose.override.yaml': `services:
  api:
    build: .
    environment:
      LOG_LEVEL: debug
    volumes:
      - ./src:/app/src
`,
    'config.json': '{}\n',
    Dockerfile: 'FROM node:22\n',
  },
};
