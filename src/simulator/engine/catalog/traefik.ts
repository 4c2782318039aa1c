// traefik: the Traefik reverse proxy, a single static binary on alpine. Log lines approximate; sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, image, alpineOs, server } from './build.ts';
import { ALPINE_3_24 } from './bases.ts';

const startup3 = server({ listensOn: ['80/tcp'], logLines: ['<ts> INF Traefik version 3.7.11 built on 2026-08-06T14:21:09Z version=3.7.11', '<ts> INF Stats collection is disabled.', 'Help us improve Traefik by turning this feature on :)', 'More details on: https://doc.traefik.io/traefik/contributing/data-collection/', '<ts> INF Starting provider aggregator *aggregator.ProviderAggregator', '<ts> INF Starting provider *traefik.Provider', '<ts> INF Starting provider *acme.ChallengeTLSALPN'], logStream: 'stdout' });
const startup2 = server({ listensOn: ['80/tcp'], logLines: ['<ts> INF Traefik version 2.11.55 built on 2026-08-06T14:21:09Z version=2.11.55', '<ts> INF Stats collection is disabled.', 'Help us improve Traefik by turning this feature on :)', 'More details on: https://doc.traefik.io/traefik/contributing/data-collection/', '<ts> INF Starting provider aggregator *aggregator.ProviderAggregator', '<ts> INF Starting provider *traefik.Provider', '<ts> INF Starting provider *acme.ChallengeTLSALPN'], logStream: 'stdout' });

export const traefik: CatalogRepo = {
  name: 'traefik',
  official: true,
  description: 'Traefik, The Cloud Native Edge Router',
  stars: 3400,
  images: [
    image({
      tags: ['latest', 'v3', '3', 'v3.7', '3.7', 'v3.7.11', '3.7.11', 'langres'],
      created: '2026-08-20T21:33:52Z',
      base: ALPINE_3_24,
      seed: 'traefik:latest',
      layers: [1620000, 44500000, 379],
      history: [
        'RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit',
        'RUN /bin/sh -c set -ex; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tarmhf) arch=\'armv6\' ;; \t\taarch64) arch=\'arm64\' ;; \t\tx86_64) arch=\'amd64\' ;; \t\ts390x) arch=\'s390x\' ;; # buildkit',
        'COPY entrypoint.sh / # buildkit',
        'EXPOSE map[80/tcp:{}]',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD ["traefik"]',
        'LABEL org.opencontainers.image.vendor=Traefik Labs org.opencontainers.image.url=https://traefik.io org.opencontainers.image.source=https://github.com/traefik/traefik org.opencontainers.image.title=Traefik org.opencontainers.image.description=A modern reverse-proxy org.opencontainers.image.version=v3.7.11 org.opencontainers.image.documentation=https://docs.traefik.io',
      ],
      config: { Env: [PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['traefik'], ExposedPorts: ['80/tcp'], Labels: { 'org.opencontainers.image.vendor': 'Traefik Labs', 'org.opencontainers.image.url': 'https://traefik.io', 'org.opencontainers.image.source': 'https://github.com/traefik/traefik', 'org.opencontainers.image.title': 'Traefik', 'org.opencontainers.image.description': 'A modern reverse-proxy', 'org.opencontainers.image.version': 'v3.7.11', 'org.opencontainers.image.documentation': 'https://docs.traefik.io' } },
      os: alpineOs('3.24.1', ['traefik']),
      startup: startup3,
    }),
    image({
      tags: ['v2.11', '2.11', 'v2', '2', 'v2.11.55', '2.11.55', 'mimolette'],
      created: '2026-08-20T21:30:14Z',
      base: ALPINE_3_24,
      seed: 'traefik:v2.11',
      layers: [1520000, 41900000, 379],
      history: [
        'RUN /bin/sh -c apk --no-cache add ca-certificates tzdata # buildkit',
        'RUN /bin/sh -c set -ex; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tarmhf) arch=\'armv6\' ;; \t\taarch64) arch=\'arm64\' ;; \t\tx86_64) arch=\'amd64\' ;; \t\ts390x) arch=\'s390x\' ;; # buildkit',
        'COPY entrypoint.sh / # buildkit',
        'EXPOSE map[80/tcp:{}]',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD ["traefik"]',
        'LABEL org.opencontainers.image.vendor=Traefik Labs org.opencontainers.image.url=https://traefik.io org.opencontainers.image.source=https://github.com/traefik/traefik org.opencontainers.image.title=Traefik org.opencontainers.image.description=A modern reverse-proxy org.opencontainers.image.version=v2.11.55 org.opencontainers.image.documentation=https://docs.traefik.io',
      ],
      config: { Env: [PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['traefik'], ExposedPorts: ['80/tcp'], Labels: { 'org.opencontainers.image.vendor': 'Traefik Labs', 'org.opencontainers.image.url': 'https://traefik.io', 'org.opencontainers.image.source': 'https://github.com/traefik/traefik', 'org.opencontainers.image.title': 'Traefik', 'org.opencontainers.image.description': 'A modern reverse-proxy', 'org.opencontainers.image.version': 'v2.11.55', 'org.opencontainers.image.documentation': 'https://docs.traefik.io' } },
      os: alpineOs('3.24.1', ['traefik']),
      startup: startup2,
    }),
  ],
};
