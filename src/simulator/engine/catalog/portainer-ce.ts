// portainer/portainer-ce: the Portainer CE UI. latest is built on portainer/base (no shell); the -alpine variant on
// alpine. Version, log lines and sizes are approximate (weak upstream source).
import type { CatalogRepo } from './types.ts';
import { PATH, L, EMPTY_LAYER, SCRATCH, derive, image, alpineOs, os, server } from './build.ts';
import { ALPINE_3_24 } from './bases.ts';

const startup = server({ listensOn: ['9443/tcp', '9000/tcp', '8000/tcp'], logLines: ['<ts> INF github.com/portainer/portainer/api/cmd/portainer/main.go:370 > encryption key file not present | filename=/run/secrets/portainer', '<ts> INF github.com/portainer/portainer/api/cmd/portainer/main.go:409 > proceeding without encryption key |', '<ts> INF github.com/portainer/portainer/api/database/boltdb/db.go:137 > loading PortainerDB | filename=portainer.db', '<ts> INF github.com/portainer/portainer/api/cmd/portainer/main.go:630 > starting Portainer | build_number=1442 go_version=go1.25.9 image_tag=2.33.5-linux-amd64 nodejs_version=22.22.1 version=2.33.5 webpack_version=5.101.3 yarn_version=1.22.22', '<ts> INF github.com/portainer/portainer/api/http/server.go:370 > starting HTTPS server | bind_address=:9443', '<ts> INF github.com/portainer/portainer/api/http/server.go:354 > starting HTTP server | bind_address=:9000'], dataDir: '/data' });

const PORTAINER_BASE = derive(SCRATCH, [L('portainer-base', 9618093, 24043520)], ['COPY / / # buildkit']);

export const portainerCe: CatalogRepo = {
  name: 'portainer/portainer-ce',
  official: false,
  description: 'Portainer CE - a lightweight service delivery platform for containerized applications',
  stars: 2400,
  images: [
    image({
      tags: ['latest', '2.33.5', 'lts', '2.33.5-linux-amd64'],
      created: '2026-08-18T04:12:53Z',
      base: PORTAINER_BASE,
      seed: 'portainer/portainer-ce:latest',
      layers: [80400000, EMPTY_LAYER],
      history: [
        'LABEL org.opencontainers.image.title=Portainer org.opencontainers.image.description=Docker container management made simple, with the world’s most popular GUI-based container management platform. org.opencontainers.image.vendor=Portainer.io com.docker.desktop.extension.api.version=>= 0.2.2 io.portainer.server=true',
        'COPY dist / # buildkit',
        'VOLUME [/data]',
        'WORKDIR /',
        'EXPOSE map[8000/tcp:{} 9000/tcp:{} 9443/tcp:{}]',
        'ENTRYPOINT ["/portainer"]',
      ],
      config: { Env: [PATH], Entrypoint: ['/portainer'], ExposedPorts: ['8000/tcp', '9000/tcp', '9443/tcp'], Volumes: ['/data'], WorkingDir: '/', Labels: { 'io.portainer.server': 'true', 'org.opencontainers.image.title': 'Portainer', 'org.opencontainers.image.vendor': 'Portainer.io' } },
      os: os('scratch', null, null, null, ['docker', 'docker-compose', 'helm', 'kubectl']),
      startup: startup,
    }),
    image({
      tags: ['2.33.5-alpine', 'alpine', 'lts-alpine'],
      created: '2026-08-18T04:14:20Z',
      base: ALPINE_3_24,
      seed: 'portainer/portainer-ce:2.33.5-alpine',
      layers: [91200000, EMPTY_LAYER],
      history: [
        'LABEL org.opencontainers.image.title=Portainer org.opencontainers.image.description=Docker container management made simple, with the world’s most popular GUI-based container management platform. org.opencontainers.image.vendor=Portainer.io com.docker.desktop.extension.api.version=>= 0.2.2 io.portainer.server=true',
        'COPY dist / # buildkit',
        'VOLUME [/data]',
        'WORKDIR /',
        'EXPOSE map[8000/tcp:{} 9000/tcp:{} 9443/tcp:{}]',
        'ENTRYPOINT ["/portainer"]',
      ],
      config: { Env: [PATH], Entrypoint: ['/portainer'], ExposedPorts: ['8000/tcp', '9000/tcp', '9443/tcp'], Volumes: ['/data'], WorkingDir: '/', Labels: { 'io.portainer.server': 'true', 'org.opencontainers.image.title': 'Portainer', 'org.opencontainers.image.vendor': 'Portainer.io' } },
      os: alpineOs('3.24.1', ['docker', 'docker-compose', 'helm', 'kubectl']),
      startup: startup,
    }),
  ],
};
