// rust: rustup-installed toolchains on buildpack-deps:trixie, debian slim and alpine. Sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { image, debianOs, alpineOs, oneShot } from './build.ts';
import { TRIXIE_SLIM, BUILDPACK_TRIXIE, ALPINE_3_24 } from './bases.ts';

const startup = oneShot('runs bash (or sh) and exits at once unless run with -it');

export const rust: CatalogRepo = {
  name: 'rust',
  official: true,
  description: 'Rust is a systems programming language focused on safety, speed, and concurrency.',
  stars: 1100,
  images: [
    image({
      tags: ['latest', '1', '1.98', '1.98.0', 'trixie', '1-trixie', '1.98.0-trixie'],
      created: '2026-08-25T03:02:40Z',
      base: BUILDPACK_TRIXIE,
      seed: 'rust:latest',
      layers: [241000000],
      history: [
        'LABEL org.opencontainers.image.source=https://github.com/rust-lang/docker-rust',
        'ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=1.98.0',
        'RUN /bin/sh -c set -eux;     arch="$(dpkg --print-architecture)";     case "$arch" in         \'amd64\') rustArch=\'x86_64-unknown-linux-gnu\'; # buildkit',
      ],
      config: { Env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.98.0'], Cmd: ['bash'], Labels: { 'org.opencontainers.image.source': 'https://github.com/rust-lang/docker-rust' } },
      os: debianOs('13', ['bash', 'curl', 'wget', 'ps', 'apt-get', 'apt', 'dpkg', 'git', 'ssh', 'gcc', 'make', 'svn', 'hg', 'cargo', 'rustc', 'rustup']),
      startup: startup,
    }),
    image({
      tags: ['slim', '1-slim', '1.98-slim', '1.98.0-slim', 'slim-trixie'],
      created: '2026-09-19T01:22:05Z',
      base: TRIXIE_SLIM,
      seed: 'rust:slim',
      layers: [250000000],
      history: [
        'LABEL org.opencontainers.image.source=https://github.com/rust-lang/docker-rust',
        'ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=1.98.0',
        'RUN /bin/sh -c set -eux;     apt-get update;     apt-get install -y --no-install-recommends         ca-certificates         gcc         libc6-dev         wget         ; # buildkit',
      ],
      config: { Env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.98.0'], Cmd: ['bash'], Labels: { 'org.opencontainers.image.source': 'https://github.com/rust-lang/docker-rust' } },
      os: debianOs('13', ['bash', 'apt-get', 'apt', 'dpkg', 'gcc', 'cargo', 'rustc', 'rustup']),
      startup: startup,
    }),
    image({
      tags: ['alpine', '1-alpine', '1.98-alpine', '1.98.0-alpine', 'alpine3.24'],
      created: '2026-08-20T20:33:47Z',
      base: ALPINE_3_24,
      seed: 'rust:alpine',
      layers: [26600000, 240000000],
      history: [
        'LABEL org.opencontainers.image.source=https://github.com/rust-lang/docker-rust',
        'RUN /bin/sh -c apk add --no-cache         ca-certificates         gcc         musl-dev # buildkit',
        'ENV RUSTUP_HOME=/usr/local/rustup CARGO_HOME=/usr/local/cargo PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin RUST_VERSION=1.98.0',
        'RUN /bin/sh -c set -eux;     arch="$(apk --print-arch)";     case "$arch" in         x86_64) rustArch=\'x86_64-unknown-linux-musl\'; # buildkit',
      ],
      config: { Env: ['RUSTUP_HOME=/usr/local/rustup', 'CARGO_HOME=/usr/local/cargo', 'PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'RUST_VERSION=1.98.0'], Cmd: ['/bin/sh'], Labels: { 'org.opencontainers.image.source': 'https://github.com/rust-lang/docker-rust' } },
      os: alpineOs('3.24.1', ['gcc', 'cargo', 'rustc', 'rustup']),
      startup: startup,
    }),
  ],
};
