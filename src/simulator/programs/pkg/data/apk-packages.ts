// Alpine packages the apk model knows (x86_64, Alpine 3.24), as rows parsed by apk.ts:
//   name version installed-kB [: depends] [| files]
// Dependencies are listed in the order apk resolves them (its shared-library names sort that
// way), so `apk add` installs them in its real order. Packages the base image has (musl,
// busybox, zlib, libcrypto3, libssl3, ca-certificates-bundle ...) are left out of depends.
export const APK_ROWS = `
brotli-libs 1.2.0-r0 728
c-ares 1.34.5-r0 270
libunistring 1.4.1-r0 1850
libidn2 2.3.8-r0 300 : libunistring
nghttp2-libs 1.68.0-r0 176
nghttp3 1.12.0-r0 180
libpsl 0.21.5-r3 76
zstd-libs 1.5.7-r2 740
libcurl 8.17.0-r1 932 : brotli-libs c-ares libidn2 nghttp2-libs nghttp3 libpsl zstd-libs
curl 8.17.0-r1 260 : libcurl | /usr/bin/curl
ca-certificates 20250911-r0 680 | /etc/ssl/certs/ca-certificates.crt /usr/sbin/update-ca-certificates
pcre2 10.46-r0 800
wget 1.25.0-r2 476 : libidn2 pcre2 | /usr/bin/wget
libexpat 2.7.3-r0 192
git 2.52.0-r0 15600 : libcurl libexpat pcre2 | /usr/bin/git
ncurses-terminfo-base 6.5_p20251123-r0 300
libncursesw 6.5_p20251123-r0 540 : ncurses-terminfo-base
readline 8.3.1-r0 300 : libncursesw
bash 5.3.3-r1 1300 : readline | /bin/bash
xxd 9.1.1918-r0 40 | /usr/bin/xxd
vim 9.1.1918-r0 32100 : xxd libncursesw | /usr/bin/vim /usr/bin/vimdiff
nano 8.7-r0 620 : libncursesw | /usr/bin/nano
oniguruma 6.9.10-r0 580
jq 1.8.1-r0 320 : oniguruma | /usr/bin/jq
tini 0.19.0-r3 40 | /sbin/tini
su-exec 0.2-r3 16 | /sbin/su-exec
tzdata 2025c-r0 3200
openssl 3.5.4-r0 780 | /usr/bin/openssl
libedit 20250104.3.1-r1 200 : libncursesw
openssh-keygen 10.2_p1-r0 560 | /usr/bin/ssh-keygen
openssh-client-common 10.2_p1-r0 1700 : libedit
openssh-client-default 10.2_p1-r0 1200 : openssh-client-common openssh-keygen | /usr/bin/ssh /usr/bin/scp
openssh-client 10.2_p1-r0 0 : openssh-client-default
libproc2 4.0.5-r0 140
procps-ng 4.0.5-r0 720 : libproc2 libncursesw | /bin/ps /usr/bin/top /usr/bin/free /usr/bin/pgrep /usr/bin/pkill /usr/bin/uptime /usr/bin/vmstat /usr/bin/watch
libbz2 1.0.8-r6 76
libffi 3.5.2-r0 48
gdbm 1.26-r0 240
xz-libs 5.8.1-r0 248
mpdecimal 4.0.1-r0 276
libpanelw 6.5_p20251123-r0 16 : libncursesw
sqlite-libs 3.51.1-r0 1700
python3 3.12.12-r0 45800 : libbz2 libffi gdbm xz-libs mpdecimal libpanelw readline sqlite-libs | /usr/bin/python3 /usr/bin/python3.12
py3-parsing 3.2.5-r0 1100 : python3
py3-packaging 25.0-r0 540 : py3-parsing
py3-setuptools 80.9.0-r0 7600 : py3-packaging
py3-pip 25.1.1-r1 12300 : py3-setuptools | /usr/bin/pip /usr/bin/pip3 /usr/bin/pip3.12
libgcc 15.2.0-r2 160
libstdc++ 15.2.0-r2 2600 : libgcc
icu-data-en 76.1-r1 900
icu-libs 76.1-r1 2400 : icu-data-en
ada-libs 3.3.0-r0 530 : libstdc++
simdjson 4.2.2-r0 1000 : libstdc++
simdutf 7.7.0-r0 1300 : libstdc++
nodejs 24.11.1-r0 44700 : ada-libs brotli-libs c-ares icu-libs libgcc nghttp2-libs simdjson simdutf sqlite-libs libstdc++ | /usr/bin/node
npm 11.6.2-r0 9800 : nodejs | /usr/bin/npm /usr/bin/npx
jansson 2.14.1-r0 88
binutils 2.45.1-r0 8600 : jansson zstd-libs | /usr/bin/ld /usr/bin/as /usr/bin/ar /usr/bin/strip
gmp 6.3.0-r4 440
mpfr4 4.2.2-r0 2600 : gmp
mpc1 1.3.1-r1 120 : gmp mpfr4
isl26 0.26-r1 2400 : gmp
libatomic 15.2.0-r2 40
libgomp 15.2.0-r2 300
gcc 15.2.0-r2 118000 : binutils gmp isl26 libatomic libgcc libgomp libstdc++ mpc1 mpfr4 | /usr/bin/gcc /usr/bin/cc
libstdc++-dev 15.2.0-r2 23000 : libstdc++
g++ 15.2.0-r2 48000 : gcc libstdc++-dev | /usr/bin/g++ /usr/bin/c++
make 4.4.1-r3 280 | /usr/bin/make
musl-dev 1.2.5-r21 2200
libc-dev 0.7.2-r6 4 : musl-dev
fortify-headers 1.1-r5 100
patch 2.8-r0 120 | /usr/bin/patch
build-base 0.5-r3 4 : binutils gcc g++ make libc-dev fortify-headers patch
lz4-libs 1.10.0-r0 140
libpq 17.7-r0 360
postgresql-common 1.2-r1 24
postgresql17-client 17.7-r0 1900 : libpq lz4-libs readline postgresql-common | /usr/bin/psql /usr/libexec/postgresql17/psql
sqlite 3.51.1-r0 1400 : sqlite-libs | /usr/bin/sqlite3
shadow 4.18.0-r0 1300 | /usr/sbin/useradd /usr/sbin/groupadd /usr/sbin/usermod
`;

/** Names that another package provides (apk resolves them to it). */
export const APK_PROVIDES: Record<string, string> = {
  'postgresql-client': 'postgresql17-client',
  'openssh': 'openssh-client',
  'procps': 'procps-ng',
  'python': 'python3',
};

/** What the base image has installed: its package count and bytes (alpine-minirootfs). */
export const APK_BASE = { packages: 16, bytes: 8312000, busybox: '1.37.0-r30' };
