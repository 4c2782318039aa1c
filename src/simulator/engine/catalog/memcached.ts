// memcached: memcached compiled from source, running as user memcache. Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, image, debianOs, alpineOs, server } from './build.ts';
import { TRIXIE_SLIM, ALPINE_3_24 } from './bases.ts';

const startup = server({ listensOn: ['11211/tcp'], logLines: [], exitBehaviour: 'runs in the foreground until stopped; prints nothing unless run with -v' });

export const memcached: CatalogRepo = {
  name: 'memcached',
  official: true,
  description: 'Free & open source, high-performance, distributed memory object caching system.',
  stars: 2300,
  images: [
    image({
      tags: ['latest', '1', '1.6', '1.6.45', 'trixie', '1.6.45-trixie'],
      created: '2026-09-19T00:29:44Z',
      base: TRIXIE_SLIM,
      seed: 'memcached:latest',
      layers: [1198, 260000, 1910000, 306, 121],
      history: [
        'RUN /bin/sh -c groupadd --system --gid 11211 memcache && useradd --system --gid memcache --uid 11211 memcache # buildkit',
        'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibsasl2-modules \t; \trm -rf /var/lib/apt/lists/* # buildkit',
        'ENV MEMCACHED_VERSION=1.6.45',
        'ENV MEMCACHED_URL=https://memcached.org/files/memcached-1.6.45.tar.gz',
        'ENV MEMCACHED_SHA1=45038980ea7045a548b9b5b5125ef7116312a768',
        'RUN /bin/sh -c set -x \t\t&& savedAptMark="$(apt-mark showmanual)" \t&& apt-get update \t&& apt-get install -y --no-install-recommends \t\tca-certificates \t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibevent-dev \t\tlibio-socket-ssl-perl \t\tlibsasl2-dev \t\tlibssl-dev \t\tmake \t\tperl \t\twget \t&& rm -rf /var/lib/apt/lists/* \t\t&& wget -O memcached.tar.gz "$MEMCACHED_URL" \t&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \t&& mkdir -p /usr/src/memcached \t&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \t&& rm memcached.tar.gz \t\t&& cd /usr/src/memcached \t\t&& ./configure \t\t--build="$gnuArch" \t\t--enable-extstore \t\t--enable-proxy \t\t--enable-sasl \t\t--enable-sasl-pwdb \t\t--enable-tls \t\t&& make -j "$(nproc)" \t\t&& make install \t\t&& cd / # buildkit',
        'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
        'RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit',
        'ENTRYPOINT ["docker-entrypoint.sh"]',
        'USER memcache',
        'EXPOSE map[11211/tcp:{}]',
        'CMD ["memcached"]',
      ],
      config: { Env: [PATH, 'MEMCACHED_VERSION=1.6.45', 'MEMCACHED_URL=https://memcached.org/files/memcached-1.6.45.tar.gz', 'MEMCACHED_SHA1=45038980ea7045a548b9b5b5125ef7116312a768'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['memcached'], ExposedPorts: ['11211/tcp'], User: 'memcache' },
      os: debianOs('13', ['bash', 'apt-get', 'apt', 'dpkg', 'memcached']),
      startup: startup,
    }),
    image({
      tags: ['alpine', '1-alpine', '1.6-alpine', '1.6.45-alpine', 'alpine3.24'],
      created: '2026-08-20T21:58:06Z',
      base: ALPINE_3_24,
      seed: 'memcached:alpine',
      layers: [1198, 115000, 1030000, 306, 121],
      history: [
        'RUN /bin/sh -c addgroup -g 11211 memcache && adduser -D -u 11211 -G memcache memcache # buildkit',
        'RUN /bin/sh -c apk add --no-cache libsasl # buildkit',
        'ENV MEMCACHED_VERSION=1.6.45',
        'ENV MEMCACHED_URL=https://memcached.org/files/memcached-1.6.45.tar.gz',
        'ENV MEMCACHED_SHA1=45038980ea7045a548b9b5b5125ef7116312a768',
        'RUN /bin/sh -c set -x \t\t&& apk add --no-cache --virtual .build-deps \t\tca-certificates \t\tcoreutils \t\tcyrus-sasl-dev \t\tgcc \t\tlibc-dev \t\tlibevent-dev \t\tlinux-headers \t\tmake \t\topenssl \t\topenssl-dev \t\tperl \t\tperl-io-socket-ssl \t\tperl-utils \t\twget \t\t&& wget -O memcached.tar.gz "$MEMCACHED_URL" \t&& echo "$MEMCACHED_SHA1  memcached.tar.gz" | sha1sum -c - \t&& mkdir -p /usr/src/memcached \t&& tar -xzf memcached.tar.gz -C /usr/src/memcached --strip-components=1 \t&& rm memcached.tar.gz \t\t&& cd /usr/src/memcached \t\t&& ./configure \t\t--build="$gnuArch" \t\t--enable-extstore \t\t--enable-proxy \t\t--enable-sasl \t\t--enable-sasl-pwdb \t\t--enable-tls \t\t&& make -j "$(nproc)" \t\t&& make install \t\t&& cd / # buildkit',
        'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
        'RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit',
        'ENTRYPOINT ["docker-entrypoint.sh"]',
        'USER memcache',
        'EXPOSE map[11211/tcp:{}]',
        'CMD ["memcached"]',
      ],
      config: { Env: [PATH, 'MEMCACHED_VERSION=1.6.45', 'MEMCACHED_URL=https://memcached.org/files/memcached-1.6.45.tar.gz', 'MEMCACHED_SHA1=45038980ea7045a548b9b5b5125ef7116312a768'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['memcached'], ExposedPorts: ['11211/tcp'], User: 'memcache' },
      os: alpineOs('3.24.1', ['memcached']),
      startup: startup,
    }),
  ],
};
