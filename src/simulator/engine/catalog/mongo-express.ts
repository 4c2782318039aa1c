// mongo-express: the web-based MongoDB admin interface (official image). Steps and config from
// mongo-express-docker's Dockerfile (tini, mongo-express release/v1.0.2 cloned into /app, the
// ME_CONFIG_* defaults, /docker-entrypoint.sh). Its stored snapshot (2024-04) builds on node
// 18/20 alpine3.18/3.19; this 2026 build is assumed on the current node:22-alpine (Alpine 3.24).
// Not in shared/data/images.json: that variant, the date and the sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { asBase, image, alpineOs, server } from './build.ts';
import { node } from './node.ts';

const node22Alpine = node.images.find((im) => im.tags.includes('22-alpine'));
if (!node22Alpine) throw new Error('catalog: mongo-express needs node:22-alpine');

const startup = server({
  listensOn: ['8081/tcp'],
  logLines: ['Waiting for mongo:27017...', 'No custom config.js found, loading config.default.js', 'Welcome to mongo-express 1.0.2', '------------------------', '', '', 'Mongo Express server listening at http://0.0.0.0:8081', 'Server is open to allow connections from anyone (0.0.0.0)', 'basicAuth credentials are "admin:pass", it is recommended you change this in your config.js!'],
  logStream: 'mixed',
});

export const mongoExpress: CatalogRepo = {
  name: 'mongo-express',
  official: true,
  description: 'Web-based MongoDB admin interface, written with Node.js and express',
  stars: 1500,
  images: [
    image({
      tags: ['latest', '1.0.2', '1.0', '1', '1.0.2-22', '1.0-22', '1-22', '1.0.2-22-alpine3.24', '1.0-22-alpine3.24', '1-22-alpine3.24'],
      created: '2026-08-21T03:52:16Z',
      base: asBase(node22Alpine),
      seed: 'mongo-express:1.0.2-22-alpine3.24',
      layers: [1180000, 93, 24600000, 660],
      history: [
        'RUN /bin/sh -c set -eux;     apk add --no-cache         bash         tini # buildkit',
        'WORKDIR /app',
        'ARG MONGO_EXPRESS_REPOSITORY=mongo-express/mongo-express',
        'ARG MONGO_EXPRESS_VERSION=release/v1.0.2',
        'RUN |2 MONGO_EXPRESS_REPOSITORY=mongo-express/mongo-express MONGO_EXPRESS_VERSION=release/v1.0.2 /bin/sh -c set -eux;     apk add --no-cache --virtual .me-fetch-deps git;     git clone --depth 1 --branch "$MONGO_EXPRESS_VERSION" -c advice.detachedHead=false https://github.com/$MONGO_EXPRESS_REPOSITORY.git .; # buildkit',
        'ENV ME_CONFIG_MONGODB_URL=mongodb://mongo:27017 ME_CONFIG_MONGODB_ENABLE_ADMIN=true ME_CONFIG_SITE_SESSIONSECRET=secret ME_CONFIG_BASICAUTH=true VCAP_APP_HOST=0.0.0.0',
        'EXPOSE map[8081/tcp:{}]',
        'COPY docker-entrypoint.sh / # buildkit',
        'ENTRYPOINT ["/sbin/tini" "--" "/docker-entrypoint.sh"]',
        'CMD ["mongo-express"]',
      ],
      config: {
        Env: [...node22Alpine.config.Env, 'ME_CONFIG_MONGODB_URL=mongodb://mongo:27017', 'ME_CONFIG_MONGODB_ENABLE_ADMIN=true', 'ME_CONFIG_SITE_SESSIONSECRET=secret', 'ME_CONFIG_BASICAUTH=true', 'VCAP_APP_HOST=0.0.0.0'],
        Entrypoint: ['/sbin/tini', '--', '/docker-entrypoint.sh'],
        Cmd: ['mongo-express'],
        ExposedPorts: ['8081/tcp'],
        WorkingDir: '/app',
      },
      os: alpineOs('3.24.1', [...node22Alpine.osInfo.tools.filter((t) => !alpineOs('3.24.1').tools.includes(t)), 'bash']),
      startup,
    }),
  ],
};
