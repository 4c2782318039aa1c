// golang: the Go toolchain in /usr/local/go, GOPATH /go, on buildpack-deps:trixie-scm or alpine.
// Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { EMPTY_LAYER, image, debianOs, alpineOs, oneShot } from './build.ts';
import { BUILDPACK_TRIXIE_SCM, ALPINE_3_24 } from './bases.ts';

const startup = oneShot('runs bash (or sh) and exits at once unless run with -it');

export const golang: CatalogRepo = {
  name: 'golang',
  official: true,
  description: 'Go (golang) is a general purpose, higher-level, imperative programming language.',
  stars: 5000,
  images: [
    image({
      tags: ['latest', '1', '1.27', '1.27.0', 'trixie', '1.27-trixie', '1.27.0-trixie'],
      created: '2026-08-25T02:44:19Z',
      base: BUILDPACK_TRIXIE_SCM,
      seed: 'golang:latest',
      layers: [78600000, 78600000, 126, EMPTY_LAYER],
      history: [
        'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \tapt-get dist-clean # buildkit',
        'ENV GOLANG_VERSION=1.27.0',
        'ENV GOTOOLCHAIN=local',
        'ENV GOPATH=/go',
        'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'COPY /target/ / # buildkit',
        'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
        'WORKDIR /go',
      ],
      config: { Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.27.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'], Cmd: ['bash'], WorkingDir: '/go' },
      os: debianOs('13', ['bash', 'curl', 'wget', 'ps', 'apt-get', 'apt', 'dpkg', 'git', 'ssh', 'gcc', 'g++', 'make', 'pkg-config', 'go', 'gofmt']),
      startup: startup,
    }),
    image({
      tags: ['alpine', '1-alpine', '1.27-alpine', '1.27.0-alpine', 'alpine3.24'],
      created: '2026-08-20T20:11:36Z',
      base: ALPINE_3_24,
      seed: 'golang:alpine',
      layers: [427000, 70700000, 126, EMPTY_LAYER],
      history: [
        'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
        'ENV GOLANG_VERSION=1.27.0',
        'ENV GOTOOLCHAIN=local',
        'ENV GOPATH=/go',
        'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'COPY /target/ / # buildkit',
        'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
        'WORKDIR /go',
      ],
      config: { Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.27.0', 'GOTOOLCHAIN=local', 'GOPATH=/go'], Cmd: ['/bin/sh'], WorkingDir: '/go' },
      os: alpineOs('3.24.1', ['go', 'gofmt']),
      startup: startup,
    }),
    image({
      tags: ['1.26', '1.26.7', '1.26-trixie', '1.26.7-trixie'],
      created: '2026-08-25T02:47:51Z',
      base: BUILDPACK_TRIXIE_SCM,
      seed: 'golang:1.26',
      layers: [76100000, 76100000, 126, EMPTY_LAYER],
      history: [
        'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \tapt-get dist-clean # buildkit',
        'ENV GOLANG_VERSION=1.26.7',
        'ENV GOTOOLCHAIN=local',
        'ENV GOPATH=/go',
        'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'COPY /target/ / # buildkit',
        'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
        'WORKDIR /go',
      ],
      config: { Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.26.7', 'GOTOOLCHAIN=local', 'GOPATH=/go'], Cmd: ['bash'], WorkingDir: '/go' },
      os: debianOs('13', ['bash', 'curl', 'wget', 'ps', 'apt-get', 'apt', 'dpkg', 'git', 'ssh', 'gcc', 'g++', 'make', 'pkg-config', 'go', 'gofmt']),
      startup: startup,
    }),
    image({
      tags: ['1.26-alpine', '1.26.7-alpine', '1.26-alpine3.24'],
      created: '2026-08-20T20:14:02Z',
      base: ALPINE_3_24,
      seed: 'golang:1.26-alpine',
      layers: [422000, 69800000, 126, EMPTY_LAYER],
      history: [
        'RUN /bin/sh -c apk add --no-cache ca-certificates # buildkit',
        'ENV GOLANG_VERSION=1.26.7',
        'ENV GOTOOLCHAIN=local',
        'ENV GOPATH=/go',
        'ENV PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        'COPY /target/ / # buildkit',
        'RUN /bin/sh -c mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH" # buildkit',
        'WORKDIR /go',
      ],
      config: { Env: ['PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GOLANG_VERSION=1.26.7', 'GOTOOLCHAIN=local', 'GOPATH=/go'], Cmd: ['/bin/sh'], WorkingDir: '/go' },
      os: alpineOs('3.24.1', ['go', 'gofmt']),
      startup: startup,
    }),
  ],
};
