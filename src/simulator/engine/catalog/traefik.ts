// traefik: the Traefik reverse proxy, a single static binary on alpine. Log lines approximate; sizes are estimates.
// The v3.4-v3.6 lines have left the library but stay pullable (frozen): their last patch releases
// (3.4.5, 3.5.6, 3.6.9), dates and base Alpine releases are estimates, the steps are v3.7's.
import type { CatalogImage, CatalogRepo } from './types.ts';
import { PATH, image, alpineOs, server, olderRelease } from './build.ts';
import type { Base } from './build.ts';
import { ALPINE_3_22_0, ALPINE_3_23, ALPINE_3_24 } from './bases.ts';

function startupOf(version: string, built: string) {
  return server({ listensOn: ['80/tcp'], logLines: [`<ts> INF Traefik version ${version} built on ${built} version=${version}`, '<ts> INF Stats collection is disabled.', 'Help us improve Traefik by turning this feature on :)', 'More details on: https://doc.traefik.io/traefik/contributing/data-collection/', '<ts> INF Starting provider aggregator *aggregator.ProviderAggregator', '<ts> INF Starting provider *traefik.Provider', '<ts> INF Starting provider *acme.ChallengeTLSALPN'], logStream: 'stdout' });
}
const startup3 = startupOf('3.7.11', '2026-08-06T14:21:09Z');
const startup2 = startupOf('2.11.55', '2026-08-06T14:21:09Z');

const latest = image({
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
});

/** An older v3 line's last release: v3.7's steps with its version, on the Alpine of its day. */
function v3(minor: string, patch: string, codename: string, created: string, base: Base, alpine: string, sizes: number[]): CatalogImage {
  const version = `${minor}.${patch}`;
  const im = olderRelease({ from: latest, baseSteps: ALPINE_3_24.history.length, was: '3.7.11', version, tags: [`v${minor}`, minor, `v${version}`, version, codename], created, base, seed: `traefik:v${minor}`, layers: sizes, os: alpineOs(alpine, ['traefik']) });
  return { ...im, startup: startupOf(version, created) };
}

export const traefik: CatalogRepo = {
  name: 'traefik',
  official: true,
  description: 'Traefik, The Cloud Native Edge Router',
  stars: 3400,
  images: [
    latest,
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
    v3('3.6', '9', 'ramequin', '2026-07-30T09:12:44Z', ALPINE_3_23, '3.23.5', [1610000, 44100000, 379]),
    v3('3.5', '6', 'chabichou', '2025-11-12T16:40:27Z', ALPINE_3_22_0, '3.22.0', [1590000, 43200000, 379]),
    v3('3.4', '5', 'chaource', '2025-07-29T15:02:11Z', ALPINE_3_22_0, '3.22.0', [1580000, 42800000, 379]),
  ],
};
