// registry: the CNCF Distribution registry (Docker Registry HTTP API V2) on alpine. registry:2 (2.8.3) has left the
// library and is frozen: it reads /etc/docker/registry/config.yml; 3.x reads /etc/distribution/config.yml. Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, image, alpineOs, server } from './build.ts';
import { ALPINE_3_23, ALPINE_3_18 } from './bases.ts';

const startup = server({ listensOn: ['5000/tcp', '5001/tcp'], logLines: ['time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=warning msg="No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, set the REGISTRY_HTTP_SECRET environment variable." environment=development go.version=go1.25.9 instance.id=2f6b1c9e-3b1d-4f5e-9a7c-8d2e4b6f0a13 service=registry version=3.1.1', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="redis not configured" environment=development go.version=go1.25.9 instance.id=2f6b1c9e-3b1d-4f5e-9a7c-8d2e4b6f0a13 service=registry version=3.1.1', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="Starting upload purge in 29m0s" environment=development go.version=go1.25.9 instance.id=2f6b1c9e-3b1d-4f5e-9a7c-8d2e4b6f0a13 service=registry version=3.1.1', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="listening on [::]:5000" environment=development go.version=go1.25.9 instance.id=2f6b1c9e-3b1d-4f5e-9a7c-8d2e4b6f0a13 service=registry version=3.1.1'], dataDir: '/var/lib/registry', logStream: 'stderr' });
const startup2 = server({ listensOn: ['5000/tcp', '5001/tcp'], logLines: ['time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=warning msg="No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable." go.version=go1.20.8 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="redis not configured" go.version=go1.20.8 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="Starting upload purge in 20m0s" go.version=go1.20.8 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="using inmemory blob descriptor cache" go.version=go1.20.8 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3', 'time="<YYYY-MM-DDTHH:MM:SS.uuuuuuZ>" level=info msg="listening on [::]:5000" go.version=go1.20.8 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3'], dataDir: '/var/lib/registry', logStream: 'stderr' });

export const registry: CatalogRepo = {
  name: 'registry',
  official: true,
  description: 'Distribution implementation for storing and distributing of container images and artifacts',
  stars: 4200,
  images: [
    image({
      tags: ['latest', '3', '3.1', '3.1.1'],
      created: '2026-08-20T22:15:36Z',
      base: ALPINE_3_23,
      seed: 'registry:latest',
      layers: [430000, 5710000, 423, 386],
      history: [
        'RUN /bin/sh -c set -eux; \tapk add --no-cache ca-certificates # buildkit',
        'RUN /bin/sh -c set -eux; \tversion=\'3.1.1\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64)  arch=\'amd64\';   sha256=\'98f103f05d742d8e05906c7ca5ce1e823f1a41e85599cbac9fcc17216f96ec6b\' ;; # buildkit',
        'COPY ./config-example.yml /etc/distribution/config.yml # buildkit',
        'ENV OTEL_TRACES_EXPORTER=none',
        'VOLUME [/var/lib/registry]',
        'EXPOSE map[5000/tcp:{}]',
        'COPY docker-entrypoint.sh /entrypoint.sh # buildkit',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD ["/etc/distribution/config.yml"]',
      ],
      config: { Env: [PATH, 'OTEL_TRACES_EXPORTER=none'], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/distribution/config.yml'], ExposedPorts: ['5000/tcp'], Volumes: ['/var/lib/registry'] },
      os: alpineOs('3.23.5', ['registry']),
      startup: startup,
    }),
    image({
      tags: ['2', '2.8', '2.8.3'],
      created: '2025-02-14T18:50:21Z',
      base: ALPINE_3_18,
      seed: 'registry:2',
      layers: [454000, 6030000, 334, 386],
      history: [
        'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
        'RUN /bin/sh -c set -eux; \tversion=\'2.8.3\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64)  arch=\'amd64\';   sha256=\'22e98dd5834a21e793e124cca7ee593be7003af0d50bfbda74329961c28ceb5c\' ;; # buildkit',
        'COPY ./config-example.yml /etc/docker/registry/config.yml # buildkit',
        'VOLUME [/var/lib/registry]',
        'EXPOSE map[5000/tcp:{}]',
        'COPY docker-entrypoint.sh /entrypoint.sh # buildkit',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD ["/etc/docker/registry/config.yml"]',
      ],
      config: { Env: [PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], ExposedPorts: ['5000/tcp'], Volumes: ['/var/lib/registry'] },
      os: alpineOs('3.18.12', ['registry']),
      startup: startup2,
      frozen: true,
    }),
  ],
  content: {
    '/etc/distribution/config.yml': 'version: 0.1\nlog:\n  level: debug\n  fields:\n    service: registry\n    environment: development\nstorage:\n    delete:\n      enabled: true\n    cache:\n        blobdescriptor: inmemory\n    filesystem:\n        rootdirectory: /var/lib/registry\n    tag:\n      concurrencylimit: 5\nhttp:\n    addr: :5000\n    debug:\n        addr: :5001\n        prometheus:\n            enabled: true\n            path: /metrics\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n',
    '/etc/docker/registry/config.yml': 'version: 0.1\nlog:\n  fields:\n    service: registry\nstorage:\n  cache:\n    blobdescriptor: inmemory\n  filesystem:\n    rootdirectory: /var/lib/registry\nhttp:\n  addr: :5000\n  headers:\n    X-Content-Type-Options: [nosniff]\nhealth:\n  storagedriver:\n    enabled: true\n    interval: 10s\n    threshold: 3\n',
  },
};
