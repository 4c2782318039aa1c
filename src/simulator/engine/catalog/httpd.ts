// httpd: Apache HTTP Server 2.4 built from source into /usr/local/apache2 (no PHP). latest layers from
// repo-info (2.4.68 build of 2026-09-19); alpine is an estimate.
import type { CatalogRepo } from './types.ts';
import { L, EMPTY_LAYER, image, debianOs, alpineOs, server } from './build.ts';
import { TRIXIE_SLIM, ALPINE_3_24 } from './bases.ts';

const startup = server({ listensOn: ['80/tcp'], logLines: ["AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using <container IP>. Set the 'ServerName' directive globally to suppress this message", "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using <container IP>. Set the 'ServerName' directive globally to suppress this message", '[<Www Mon DD HH:MM:SS.uuuuuu YYYY>] [mpm_event:notice] [pid 1:tid <thread id>] AH00489: Apache/2.4.68 (Unix) configured -- resuming normal operations', "[<Www Mon DD HH:MM:SS.uuuuuu YYYY>] [core:notice] [pid 1:tid <thread id>] AH00094: Command line: 'httpd -D FOREGROUND'"], dataDir: '/usr/local/apache2/htdocs', logStream: 'stderr' });

export const httpd: CatalogRepo = {
  name: 'httpd',
  official: true,
  description: 'The Apache HTTP Server Project',
  stars: 4900,
  images: [
    image({
      tags: ['latest', '2.4.68', '2.4', '2', 'trixie', '2.4.68-trixie', '2.4-trixie', '2-trixie'],
      created: '2026-09-19T00:20:50Z',
      base: TRIXIE_SLIM,
      layers: [L('6db0cf540580aa8f0b3a277f0a3be3a69e25eed5d29d42fb70945a96435077be', 145), EMPTY_LAYER, L('2f4636dca22684179caab4ba0e071a0171aef880645944cc045ec9491c2f4451', 2008639), L('1320c4426edffd04bccd36632e7ae850afbcd5197edb8c82bfa336e147dbd435', 13453247), L('7a3bdd751d957324fe93e08b540c88e6d1f69f221b6740aa55d7aa80e61fb9fa', 292)],
      history: [
        'ENV HTTPD_PREFIX=/usr/local/apache2',
        'ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
        'WORKDIR /usr/local/apache2',
        'RUN /bin/sh -c set -eux; \tapt-get install --update -y --no-install-recommends \t\tca-certificates \t\tlibaprutil1-ldap \t\tlibldap-common \t; \tapt-get dist-clean # buildkit',
        'ENV HTTPD_VERSION=2.4.68',
        'ENV HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06',
        'ENV HTTPD_PATCHES=',
        'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; # buildkit',
        'STOPSIGNAL SIGWINCH',
        'COPY httpd-foreground /usr/local/bin/ # buildkit',
        'EXPOSE map[80/tcp:{}]',
        'CMD ["httpd-foreground"]',
      ],
      config: { Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.68', 'HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06', 'HTTPD_PATCHES='], Cmd: ['httpd-foreground'], ExposedPorts: ['80/tcp'], WorkingDir: '/usr/local/apache2', StopSignal: 'SIGWINCH' },
      os: debianOs('13', ['bash', 'apt-get', 'apt', 'dpkg']),
      startup: startup,
    }),
    image({
      tags: ['alpine', '2.4.68-alpine', '2.4-alpine', '2-alpine', 'alpine3.24', '2.4.68-alpine3.24'],
      created: '2026-08-21T01:12:36Z',
      base: ALPINE_3_24,
      seed: 'httpd:alpine',
      layers: [1121, 128, EMPTY_LAYER, 10500000, 7620000, 293],
      history: [
        'ENV HTTPD_PREFIX=/usr/local/apache2',
        'ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'RUN /bin/sh -c set -x \t&& adduser -u 82 -D -S -G www-data www-data # buildkit',
        'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
        'WORKDIR /usr/local/apache2',
        'RUN /bin/sh -c set -eux; \tapk add --no-cache \t\tapr \t\tapr-util \t\tapr-util-ldap \t\tca-certificates \t\tperl \t; # buildkit',
        'ENV HTTPD_VERSION=2.4.68',
        'ENV HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06',
        'ENV HTTPD_PATCHES=',
        'RUN /bin/sh -c set -eux; \t\tapk add --no-cache --virtual .build-deps \t\tapr-dev \t\tapr-util-dev \t\tbrotli-dev \t\tcoreutils \t\tcurl-dev \t\tdpkg-dev dpkg \t\tgcc \t\tgnupg \t\tjansson-dev \t\tlibc-dev \t\tlibxml2-dev \t\tlua5.4-dev \t\tmake \t\tnghttp2-dev \t\tpcre2-dev \t\tpatch \t\tperl \t\ttar \t\twget \t\tzlib-dev \t; # buildkit',
        'STOPSIGNAL SIGWINCH',
        'COPY httpd-foreground /usr/local/bin/ # buildkit',
        'EXPOSE map[80/tcp:{}]',
        'CMD ["httpd-foreground"]',
      ],
      config: { Env: ['PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HTTPD_PREFIX=/usr/local/apache2', 'HTTPD_VERSION=2.4.68', 'HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06', 'HTTPD_PATCHES='], Cmd: ['httpd-foreground'], ExposedPorts: ['80/tcp'], WorkingDir: '/usr/local/apache2', StopSignal: 'SIGWINCH' },
      os: alpineOs('3.24.1'),
      startup: startup,
    }),
  ],
  content: {
    '/usr/local/apache2/htdocs/index.html': '<html><body><h1>It works!</h1></body></html>\n',
  },
};
