// traefik/whoami: Traefik's tiny Go web server that prints the request it got (Hostname, IP lines,
// RemoteAddr, the request line and headers). v1.11.0 (2025-02-17, github.com/traefik/whoami):
// FROM scratch with the zoneinfo, the CA bundle and the binary goreleaser built (buildx.Dockerfile),
// ENTRYPOINT ["/whoami"], EXPOSE 80. Not in shared/data/images.json: layer sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { image, os, server, SCRATCH } from './build.ts';

const startup = server({
  listensOn: ['80/tcp'],
  logLines: ['<YYYY/MM/DD HH:MM:SS> Starting up on port 80'],
  logStream: 'stderr',
});

export const whoami: CatalogRepo = {
  name: 'traefik/whoami',
  official: false,
  description: 'Tiny Go webserver that prints OS information and HTTP request to output',
  stars: 290,
  images: [
    image({
      tags: ['latest', 'v1.11.0', 'v1.11'],
      created: '2025-02-17T14:20:41Z',
      base: SCRATCH,
      seed: 'traefik/whoami:v1.11.0',
      layers: [251000, 127000, 3410000],
      history: [
        'COPY /usr/share/zoneinfo /usr/share/zoneinfo # buildkit',
        'COPY /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ # buildkit',
        'COPY whoami / # buildkit',
        'ENTRYPOINT ["/whoami"]',
        'EXPOSE map[80/tcp:{}]',
      ],
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: ['/whoami'], ExposedPorts: ['80/tcp'] },
      os: os('scratch', null, null, null, []),
      startup,
      // the current release, built once in 2025 and not rebuilt since
      frozen: true,
    }),
  ],
};
