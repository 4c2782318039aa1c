// Base images that many catalog images are built FROM. Images built on the same base share
// its layers (same digests and sizes), as on Docker Hub: nginx, httpd, postgres and redis all
// start with the same debian:trixie-slim layer. Real digests from docker-library/repo-info where
// known (trixie, trixie-slim, buildpack-deps:trixie, alpine 3.24, ubuntu 26.04, oraclelinux 9).
import { L, SCRATCH, derive } from './build.ts';
import type { Base } from './build.ts';

export const TRIXIE: Base = derive(SCRATCH, [L('27ee9a8250487842a26b1ffa1215982ba9ae27010bce1997d52f9f8628578d17', 49337828, 119920128)], [
  "# debian.sh --arch 'amd64' out/ 'trixie' '@1787529600'",
]);
export const TRIXIE_SLIM: Base = derive(SCRATCH, [L('6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8', 29830418, 78612480)], [
  "# debian.sh --arch 'amd64' out/ 'trixie' '@1789689600'",
]);
export const BOOKWORM: Base = derive(SCRATCH, [L('base:bookworm', 48213760, 116547584)], [
  "# debian.sh --arch 'amd64' out/ 'bookworm' '@1785715200'",
]);
export const BOOKWORM_SLIM: Base = derive(SCRATCH, [L('base:bookworm-slim', 28227012, 74834944)], [
  "# debian.sh --arch 'amd64' out/ 'bookworm' '@1785715200'",
]);
export const BULLSEYE: Base = derive(SCRATCH, [L('base:bullseye', 53719302, 124289024)], [
  "# debian.sh --arch 'amd64' out/ 'bullseye' '@1783296000'",
]);
export const BULLSEYE_SLIM: Base = derive(SCRATCH, [L('base:bullseye-slim', 30256012, 80617472)], [
  "# debian.sh --arch 'amd64' out/ 'bullseye' '@1783296000'",
]);
export const BULLSEYE_SLIM_2022: Base = derive(SCRATCH, [L('base:bullseye-slim-2022', 31366757, 80474112)], [
  '/bin/sh -c #(nop) ADD file:966d3669b40f5fbaecee1ecbeb58debe19001076da5d94717080d55efbc25971 in / ',
  '/bin/sh -c #(nop)  CMD ["bash"]',
]);
export const BUILDPACK_TRIXIE_CURL: Base = derive(TRIXIE, [L('00f78834a2fef03250be89a7741ff39d0e6bbd860298ea129a84ce5eadda1f6d', 25639590)], [
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \tapt-get dist-clean # buildkit',
]);
export const BUILDPACK_TRIXIE_SCM: Base = derive(BUILDPACK_TRIXIE_CURL, [L('cbc19164244e861d91ebd80a17e2c78c5be43a8059a32ab6fc459a92002b22f2', 67800074)], [
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \tapt-get dist-clean # buildkit',
]);
export const BUILDPACK_TRIXIE: Base = derive(BUILDPACK_TRIXIE_SCM, [L('44fed46b68cf907ddf6afb6bc4211842f016a0876b02fc27912582de4c2fed3b', 236338551)], [
  'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \tapt-get dist-clean # buildkit',
]);
export const BUILDPACK_BOOKWORM_CURL: Base = derive(BOOKWORM, [L('base:buildpack-bookworm-curl', 24068010)], [
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit',
]);
export const BUILDPACK_BOOKWORM_SCM: Base = derive(BUILDPACK_BOOKWORM_CURL, [L('base:buildpack-bookworm-scm', 64389114)], [
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit',
]);
export const BUILDPACK_BOOKWORM: Base = derive(BUILDPACK_BOOKWORM_SCM, [L('base:buildpack-bookworm', 211320087)], [
  'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
]);
export const ALPINE_3_24: Base = derive(SCRATCH, [L('e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5', 3849738, 8312832)], [
  'ADD alpine-minirootfs-3.24.1-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_23: Base = derive(SCRATCH, [L('base:alpine-3.23.5', 3861250, 8287232)], [
  'ADD alpine-minirootfs-3.23.5-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_22: Base = derive(SCRATCH, [L('base:alpine-3.22.5', 3799871, 8249344)], [
  'ADD alpine-minirootfs-3.22.5-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
/** Alpine 3.22.0 (2025-05-30): the base of images built in mid-2025 that are still pulled by version (gitea 1.24.2). Size estimated. */
export const ALPINE_3_22_0: Base = derive(SCRATCH, [L('base:alpine-3.22.0', 3802452, 8232960)], [
  'ADD alpine-minirootfs-3.22.0-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_21: Base = derive(SCRATCH, [L('base:alpine-3.21.6', 3644143, 7836672)], [
  'ADD alpine-minirootfs-3.21.6-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_20: Base = derive(SCRATCH, [L('base:alpine-3.20.8', 3626898, 7800832)], [
  'ADD alpine-minirootfs-3.20.8-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_19: Base = derive(SCRATCH, [L('base:alpine-3.19.9', 3420394, 7384064)], [
  'ADD alpine-minirootfs-3.19.9-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_18: Base = derive(SCRATCH, [L('base:alpine-3.18.12', 3413497, 7330816)], [
  'ADD alpine-minirootfs-3.18.12-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_EDGE: Base = derive(SCRATCH, [L('base:alpine-20260805', 3902210, 8419328)], [
  'ADD alpine-minirootfs-20260805-x86_64.tar.gz / # buildkit',
  'CMD ["/bin/sh"]',
]);
export const ALPINE_3_9: Base = derive(SCRATCH, [L('base:alpine-3.9', 2757034, 5529600)], [
  '/bin/sh -c #(nop) ADD file:a86aea1f3a7d68f6ae03397b99ea77f2e9ee901c5c59e59f76f93adbb4035913 in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
]);
export const UBUNTU_26_04: Base = derive(SCRATCH, [L('617772c7d19b9f9c4141bc73b37e6f4c5e4e69729f6881a73d0dc23676dbbd60', 41568275, 108412928), L('a7fb98a8eddd1a70f99f205cb4b66e830a3e8ef4798f5636ece054a567b650de', 389, 2048)], [
  'umoci raw add-layer --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:rockcraft-base /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/.temp_layer.9094.tar --tag 26.04',
  'umoci config --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 --clear=config.entrypoint --clear=config.cmd',
  'umoci config --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 --clear=config.cmd --config.cmd /bin/bash',
  'umoci config --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  "umoci config --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 --clear=config.labels --config.label org.opencontainers.image.version=26.04 --config.label org.opencontainers.image.title=ubuntu --config.label org.opencontainers.image.created=2026-07-24T12:48:28.650696+00:00 --config.label org.opencontainers.image.description=The Ubuntu container image maintained by Canonical\n\nUbuntu is a Debian-based Linux operating system that runs from the desktop to the cloud, to all your internet connected things.\nIt is the world's most popular operating system across public clouds and OpenStack clouds.\nIt is the number one platform for containers;",
  "umoci config --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 --clear=manifest.annotations --manifest.annotation org.opencontainers.image.version=26.04 --manifest.annotation org.opencontainers.image.title=ubuntu --manifest.annotation org.opencontainers.image.created=2026-07-24T12:48:28.650696+00:00 --manifest.annotation org.opencontainers.image.description=The Ubuntu container image maintained by Canonical\n\nUbuntu is a Debian-based Linux operating system that runs from the desktop to the cloud, to all your internet connected things.\nIt is the world's most popular operating system across public clouds and OpenStack clouds.\nIt is the number one platform for containers;",
  'umoci raw add-layer --image /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/ubuntu:26.04 /home/buildd/rockcraft-ubuntu-cb40fbba9124333e0158d7876ea798fa/images/.temp_layer.control_data.9094.tar',
]);
export const UBUNTU_24_04: Base = derive(SCRATCH, [L('base:noble-20260810', 29764116, 78118912)], [
  '/bin/sh -c #(nop)  ARG RELEASE',
  '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04',
  '/bin/sh -c #(nop) ADD file:ca001606bc381c9dae283d5a086706c9c1644fddc9ce58cdad40816b5fdd1bff in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
]);
export const UBUNTU_22_04: Base = derive(SCRATCH, [L('base:jammy-20260810', 29537882, 77863936)], [
  '/bin/sh -c #(nop)  ARG RELEASE',
  '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=22.04',
  '/bin/sh -c #(nop) ADD file:32c38db9fb8e7fdea4078fc01d8ebb8ca847c373396e0af700fccc9acedb24f8 in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
]);
export const UBUNTU_20_04: Base = derive(SCRATCH, [L('base:focal-20250404', 27514365, 72812544)], [
  '/bin/sh -c #(nop)  ARG RELEASE',
  '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=20.04',
  '/bin/sh -c #(nop) ADD file:43bfaab49141873f57ade0e4bbfc57302bbe0e89f3e833632229c3608473cd65 in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
]);
export const UBUNTU_18_04: Base = derive(SCRATCH, [L('base:bionic-20230530', 25691246, 63152128)], [
  '/bin/sh -c #(nop)  ARG RELEASE',
  '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu',
  '/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=18.04',
  '/bin/sh -c #(nop) ADD file:b6bf202fd2b0cdf3de9b743c69143dfae96a539caf782aed202db48a1c83ed2a in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
]);
export const ORACLELINUX_9_SLIM: Base = derive(SCRATCH, [L('13c85306055eb6ecca743420c9a29fec0936e01bea1df866947ecc554f9b7235', 47931319, 118611968)], [
  'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit',
  'CMD ["/bin/bash"]',
]);
export const ORACLELINUX_10_SLIM: Base = derive(SCRATCH, [L('base:oraclelinux-10-slim', 46305112, 117379072)], [
  'ADD oraclelinux-10-slim-amd64-rootfs.tar.xz / # buildkit',
  'CMD ["/bin/bash"]',
]);
export const ORACLELINUX_7_SLIM: Base = derive(SCRATCH, [L('base:oraclelinux-7-slim', 49236418, 133169152)], [
  '/bin/sh -c #(nop) ADD file:8b7b7578e4e309322659fc856c7069dc705426a362e635a8aba9da23357d885c in / ',
  '/bin/sh -c #(nop)  CMD ["/bin/bash"]',
]);
export const UBI9_MINIMAL: Base = derive(SCRATCH, [L('base:ubi9-minimal', 39120554, 101244928)], [
  '/bin/sh -c #(nop) ADD file:8c0e9c5a75b9666859d9624c5d162af099e857d0b36a83770d9e21b06a74b104 in / ',
  '/bin/sh -c #(nop) LABEL "name"="ubi9-minimal" "vendor"="Red Hat, Inc." "version"="9.7" "com.redhat.component"="ubi9-minimal-container"',
  '/bin/sh -c #(nop) CMD ["/bin/bash"]',
]);
/** UBI 9.6 minimal (2025): the base of the Elastic 9.0.x images. Size estimated. */
export const UBI9_MINIMAL_9_6: Base = derive(SCRATCH, [L('base:ubi9-minimal-9.6', 38962107, 100835328)], [
  '/bin/sh -c #(nop) ADD file:3b1f4ad3a8ea1b96c4e0a1f34a0b4e0a5c2fd2e4c1a1e9b6f1a43b0cd2c18b7e in / ',
  '/bin/sh -c #(nop) LABEL "name"="ubi9-minimal" "vendor"="Red Hat, Inc." "version"="9.6" "com.redhat.component"="ubi9-minimal-container"',
  '/bin/sh -c #(nop) CMD ["/bin/bash"]',
]);
export const DISTROLESS_STATIC: Base = derive(SCRATCH, [L('base:distroless-1', 103743), L('base:distroless-2', 21202), L('base:distroless-3', 638892), L('base:distroless-4', 1290287)], [
  'bazel build @debian13_base_files//:data',
  'bazel build @debian13_netbase//:data',
  'bazel build @debian13_tzdata//:data',
  'bazel build @debian13_ca-certificates//:data',
]);
export const BUSYBOX_GLIBC: Base = derive(SCRATCH, [L('base:busybox-1.38.0-glibc', 2226327, 4445814)], [
  'BusyBox 1.38.0 (glibc), Debian 13',
]);
export const BUSYBOX_GLIBC_1_37: Base = derive(SCRATCH, [L('base:busybox-1.37.0-glibc', 2211507, 4439552)], [
  'BusyBox 1.37.0 (glibc), Debian 13',
]);
