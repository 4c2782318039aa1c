// Debian 13 "trixie" packages the apt model knows (amd64), as compact rows parsed by deb-table.ts:
//   name version [flags] download-kB installed-kB [: depends] [; recommends] [| files]
// flags: m = Multi-Arch: same (dpkg shows name:amd64), a = Architecture: all.
// Dependencies that every trixie image already has (libc6, zlib1g, libssl3t64, libgnutls30t64,
// libzstd1, libncursesw6 ...) are left out: the rows list what an install adds. Versions and
// sizes follow trixie's archive as of its 13.2 point release; sizes are rounded.
export const TRIXIE_ROWS = `
ca-certificates 20250419 a 162 395 : openssl | /etc/ssl/certs/ca-certificates.crt /usr/sbin/update-ca-certificates
openssl 3.5.1-1+deb13u1 1494 2377 : openssl-provider-legacy | /usr/bin/openssl
openssl-provider-legacy 3.5.1-1+deb13u1 m 308 640
krb5-locales 1.21.3-5 a 101 1200
libbrotli1 1.1.0-2+b7 m 307 785
libcurl4t64 8.14.1-2+deb13u2 m 391 929 : libbrotli1 libgssapi-krb5-2 libldap2 libnghttp2-14 libnghttp3-9 libngtcp2-16 libngtcp2-crypto-ossl0 libpsl5t64 librtmp1 libssh2-1t64 ; ca-certificates
libcurl3t64-gnutls 8.14.1-2+deb13u2 m 385 924 : libbrotli1 libgssapi-krb5-2 libldap2 libnghttp2-14 libnghttp3-9 libngtcp2-16 libngtcp2-crypto-gnutls8 libpsl5t64 librtmp1 libssh2-1t64 ; ca-certificates
libgssapi-krb5-2 1.21.3-5 m 138 430 : libk5crypto3 libkrb5-3 libkrb5support0 ; krb5-locales
libk5crypto3 1.21.3-5 m 81 225
libkeyutils1 1.6.3-6 m 9 48
libkrb5-3 1.21.3-5 m 326 1090 : libkeyutils1
libkrb5support0 1.21.3-5 m 33 136
libldap-common 2.6.10+dfsg-1 a 35 170
libldap2 2.6.10+dfsg-1 m 194 524 : libsasl2-2 ; libldap-common
libnghttp2-14 1.64.0-1.1 m 76 225
libnghttp3-9 1.8.0-1 m 67 196
libngtcp2-16 1.11.0-1 m 131 375
libngtcp2-crypto-ossl0 1.11.0-1 m 29 88
libngtcp2-crypto-gnutls8 1.11.0-1 m 29 88
libpsl5t64 0.21.2-1.1+b1 m 57 82 ; publicsuffix
librtmp1 2.4+20151223.gitfa8646d.1-2+b5 m 58 150
libsasl2-2 2.1.28+dfsg1-9 m 58 166 : libsasl2-modules-db ; libsasl2-modules
libsasl2-modules 2.1.28+dfsg1-9 m 66 295
libsasl2-modules-db 2.1.28+dfsg1-9 m 20 110
libssh2-1t64 1.11.1-1 m 245 577
publicsuffix 20250328.1952-0.1 a 296 318
curl 8.14.1-2+deb13u2 270 521 : libcurl4t64 | /usr/bin/curl
wget 1.25.0-2 984 3700 : libpsl5t64 ; ca-certificates | /usr/bin/wget
less 668-1 158 505 | /usr/bin/less /usr/bin/lesspipe
patch 2.8-2 134 240 | /usr/bin/patch
xxd 2:9.1.1230-2 85 232 | /usr/bin/xxd
vim-common 2:9.1.1230-2 a 372 1440 ; xxd
vim-runtime 2:9.1.1230-2 a 7400 42110
libgpm2 1.20.7-11+b2 m 14 62
libsodium23 1.0.18-1+b2 m 162 351
vim 2:9.1.1230-2 1852 4125 : vim-common vim-runtime libgpm2 libsodium23 | /usr/bin/vim /usr/bin/vim.basic
nano 8.4-1 716 2900 | /usr/bin/nano /usr/bin/rnano
git-man 1:2.47.3-0+deb13u1 a 2188 2473
liberror-perl 0.17030-1 a 26 44 : perl
libexpat1 2.7.1-2 m 104 286
perl-modules-5.40 5.40.1-6 a 3168 18640
libgdbm6t64 1.24-2 m 75 193
libgdbm-compat4t64 1.24-2 m 50 75 : libgdbm6t64
libperl5.40 5.40.1-6 m 4364 27520 : perl-modules-5.40 libgdbm6t64 libgdbm-compat4t64
perl 5.40.1-6 267 681 : perl-modules-5.40 libperl5.40 | /usr/bin/perl5.40.1
libcbor0.10 0.10.2-2 m 27 93
libedit2 3.1-20250104-1 m 94 260
libfido2-1 1.15.0-1+b1 m 77 238 : libcbor0.10
libxau6 1:1.0.11-1 m 20 44
libxdmcp6 1:1.1.5-1 m 27 65
libxcb1 1.17.0-2+b1 m 144 384 : libxau6 libxdmcp6
libx11-data 2:1.8.12-1 a 343 1599
libx11-6 2:1.8.12-1 m 816 1400 : libx11-data libxcb1
libxext6 2:1.3.4-1+b3 m 50 114 : libx11-6
libice6 2:1.1.1-1 m 65 171
libsm6 2:1.2.6-1 m 35 99 : libice6
libxt6t64 1:1.2.1-1.2+b2 m 190 517 : libsm6 libx11-6
libxmu6 2:1.1.3-3+b4 m 58 144 : libxt6t64 libxext6
xauth 1:1.1.2-1.1 36 89 : libxmu6 libx11-6 libxau6 libxext6 | /usr/bin/xauth
openssh-client 1:10.0p1-7 1035 6104 : libcbor0.10 libedit2 libfido2-1 libgssapi-krb5-2 ; xauth | /usr/bin/ssh /usr/bin/scp /usr/bin/ssh-keygen /usr/bin/ssh-agent
git 1:2.47.3-0+deb13u1 8862 48263 : git-man liberror-perl libcurl3t64-gnutls libexpat1 perl ; ca-certificates patch less openssh-client | /usr/bin/git
libcap2-bin 1:2.75-10+b1 35 130 | /usr/sbin/capsh /usr/sbin/setcap /usr/sbin/getcap
iputils-ping 3:20240905-3 48 116 ; libcap2-bin | /usr/bin/ping
libproc2-0 2:4.0.4-9 m 65 169
psmisc 23.7-2 259 903 | /usr/bin/killall /usr/bin/pstree /usr/bin/fuser
procps 2:4.0.4-9 880 2327 : libproc2-0 ; psmisc | /usr/bin/ps /usr/bin/top /usr/bin/free /usr/bin/pgrep /usr/bin/pkill /usr/bin/uptime /usr/bin/vmstat /usr/bin/w /usr/bin/watch /usr/bin/pmap
net-tools 2.10-1.3 245 972 | /usr/sbin/ifconfig /usr/bin/netstat /usr/sbin/route /usr/sbin/arp
libmnl0 1.0.5-3 m 12 44
libbpf1 1:1.5.0-3 m 178 514 : libelf1t64
libelf1t64 0.192-4 m 189 1106
libxtables12 1.8.11-2 m 31 95
iproute2 6.15.0-1 1081 3470 : libbpf1 libelf1t64 libmnl0 libxtables12 libcap2-bin | /usr/sbin/ip /usr/bin/ss /usr/sbin/bridge
libuv1t64 1.50.0-2 m 148 576
liburcu8t64 0.15.2-2 m 65 237
libjemalloc2 5.3.0-3 m 259 716
liblmdb0 0.9.31-1+b2 m 45 107
libmaxminddb0 1.12.2-1 m 30 81
bind9-libs 1:9.20.15-1~deb13u1 m 1540 4805 : libuv1t64 liburcu8t64 libjemalloc2 liblmdb0 libmaxminddb0 libnghttp2-14
bind9-host 1:9.20.15-1~deb13u1 306 376 : bind9-libs | /usr/bin/host
bind9-dnsutils 1:9.20.15-1~deb13u1 697 927 : bind9-host bind9-libs | /usr/bin/dig /usr/bin/nslookup /usr/bin/nsupdate
dnsutils 1:9.20.15-1~deb13u1 a 260 271 : bind9-dnsutils
unzip 6.0-29 167 397 | /usr/bin/unzip /usr/bin/funzip
zip 3.0-15 231 625 | /usr/bin/zip
libonig5 6.9.9-1+b1 m 187 669
libjq1 1.7.1-6+deb13u1 m 158 427 : libonig5
jq 1.7.1-6+deb13u1 76 102 : libjq1 | /usr/bin/jq
media-types 13.0.0 a 29 113
tzdata 2025b-4+deb13u1 a 260 1416
netbase 6.5 a 12 44
libffi8 3.4.8-2 m 23 68
libsqlite3-0 3.46.1-7 m 875 1776
readline-common 8.2-6 a 69 199
libreadline8t64 8.2-6 m 169 470 : readline-common
libpython3.13-minimal 3.13.5-2 m 858 5126
python3.13-minimal 3.13.5-2 2221 6344 : libpython3.13-minimal libexpat1 | /usr/bin/python3.13
python3-minimal 3.13.5-1 27 102 : python3.13-minimal
libpython3.13-stdlib 3.13.5-2 m 1954 8834 : libpython3.13-minimal libffi8 libsqlite3-0 libreadline8t64 media-types netbase tzdata | /usr/lib/python3.13/EXTERNALLY-MANAGED
python3.13 3.13.5-2 757 721 : python3.13-minimal libpython3.13-stdlib
libpython3-stdlib 3.13.5-1 m 9 37 : libpython3.13-stdlib
python3 3.13.5-1 28 152 : python3-minimal python3.13 libpython3-stdlib | /usr/bin/python3
python-is-python3 3.13.3-1 a 3 13 : python3 | /usr/bin/python
python3-setuptools 78.1.1-0.1 a 736 3694 : python3
python3-wheel 0.46.1-2 a 59 288 : python3
python3-pip-whl 25.1.1+dfsg-1 a 1351 1491
python3-setuptools-whl 78.1.1-0.1 a 1084 1193
python3.13-venv 3.13.5-2 6 29 : python3.13 python3-pip-whl python3-setuptools-whl
python3-venv 3.13.5-1 1 10 : python3.13-venv python3
python3-pip 25.1.1+dfsg-1 a 1316 8012 : python3 python3-setuptools python3-wheel ; build-essential | /usr/bin/pip /usr/bin/pip3 /usr/bin/pip3.13
binutils-common 2.44-3 m 2509 15080
libsframe1 2.44-3 m 78 145
libbinutils 2.44-3 m 534 2550 : binutils-common libsframe1
libctf-nobfd0 2.44-3 m 156 425
libctf0 2.44-3 m 88 205 : libbinutils
libjansson4 2.14-2+b3 m 40 98
libgprofng0 2.44-3 m 808 3780 : libbinutils libjansson4
binutils-x86-64-linux-gnu 2.44-3 1014 10660 : binutils-common libbinutils libctf0 libctf-nobfd0 libgprofng0
binutils 2.44-3 265 3020 : binutils-common binutils-x86-64-linux-gnu libbinutils | /usr/bin/ld /usr/bin/as /usr/bin/ar /usr/bin/objdump /usr/bin/strip
libc-dev-bin 2.41-12 58 119
linux-libc-dev 6.12.48-1 a 2671 16300
libcrypt-dev 1:4.4.38-1 m 119 323
rpcsvc-proto 1.4.3-1 63 269
libc6-dev 2.41-12 m 1991 12890 : libc-dev-bin linux-libc-dev libcrypt-dev rpcsvc-proto
libisl23 0.27-1 m 659 3765
libmpfr6 4.2.2-1 m 729 1389
libmpc3 1.3.1-1+b3 m 52 120 : libmpfr6
cpp-14-x86-64-linux-gnu 14.2.0-19 11160 34380 : libisl23 libmpc3 libmpfr6
cpp-14 14.2.0-19 1280 6 : cpp-14-x86-64-linux-gnu | /usr/bin/cpp-14
cpp 4:14.2.0-1 1568 5 : cpp-14 | /usr/bin/cpp
libcc1-0 14.2.0-19 m 42 136
libgomp1 14.2.0-19 m 137 485
libitm1 14.2.0-19 m 26 101
libatomic1 14.2.0-19 m 9 43
libasan8 14.2.0-19 m 2725 9485
liblsan0 14.2.0-19 m 1204 3226
libtsan2 14.2.0-19 m 2460 8493
libubsan1 14.2.0-19 m 1059 3192
libhwasan0 14.2.0-19 m 1474 4484
libquadmath0 14.2.0-19 m 145 306
libgcc-14-dev 14.2.0-19 m 2672 17700 : libasan8 libatomic1 libgomp1 libitm1 liblsan0 libquadmath0 libtsan2 libubsan1 libhwasan0 libcc1-0
gcc-14-x86-64-linux-gnu 14.2.0-19 21540 74200 : binutils-x86-64-linux-gnu cpp-14-x86-64-linux-gnu libgcc-14-dev
gcc-14 14.2.0-19 540 1530 : cpp-14 gcc-14-x86-64-linux-gnu binutils libcc1-0 | /usr/bin/gcc-14
gcc 4:14.2.0-1 5132 42 : cpp gcc-14 | /usr/bin/gcc /usr/bin/cc
libstdc++-14-dev 14.2.0-19 m 2358 22160 : libgcc-14-dev
g++-14-x86-64-linux-gnu 14.2.0-19 12960 39050 : gcc-14-x86-64-linux-gnu libstdc++-14-dev
g++-14 14.2.0-19 21 15 : gcc-14 g++-14-x86-64-linux-gnu | /usr/bin/g++-14
g++ 4:14.2.0-1 1332 15 : cpp gcc g++-14 | /usr/bin/g++ /usr/bin/c++
make 4.4.1-2 463 1772 | /usr/bin/make
bzip2 1.0.8-6 40 124 | /usr/bin/bzip2
xz-utils 5.8.1-1 660 1810 | /usr/bin/xz
libdpkg-perl 1.22.21 a 650 2290 : perl
dpkg-dev 1.22.21 a 1338 3100 : binutils bzip2 libdpkg-perl make patch perl xz-utils | /usr/bin/dpkg-buildpackage
libfakeroot 1.37.1.1-1 m 29 165
fakeroot 1.37.1.1-1 75 266 : libfakeroot | /usr/bin/fakeroot
build-essential 12.12 5 21 : libc6-dev gcc g++ make dpkg-dev ; fakeroot
libicu76 76.1-4 m 9722 36930
libcares2 1.34.5-1 m 97 218
libnode115 20.19.2+dfsg-1 m 12010 53820 : libuv1t64 libcares2 libbrotli1 libnghttp2-14 libicu76
nodejs 20.19.2+dfsg-1 345 902 : libnode115 ; ca-certificates | /usr/bin/node /usr/bin/nodejs
libpq5 17.6-0+deb13u1 m 227 950 : libgssapi-krb5-2 libldap2
postgresql-client-common 278 a 47 203 | /usr/bin/pg_wrapper
postgresql-client-17 17.6-0+deb13u1 2030 8740 : libpq5 postgresql-client-common | /usr/bin/psql /usr/lib/postgresql/17/bin/psql
postgresql-client 17+278 a 13 22 : postgresql-client-17
sqlite3 3.46.1-7 1164 3136 : libsqlite3-0 | /usr/bin/sqlite3
libnl-3-200 3.7.0-2 m 63 186
libnl-genl-3-200 3.7.0-2 m 21 56 : libnl-3-200
htop 3.4.1-5 175 464 : libnl-3-200 libnl-genl-3-200 | /usr/bin/htop
tini 0.19.0-3+b3 267 824 | /usr/bin/tini /usr/bin/tini-static
libmagic-mgc 1:5.46-5 a 338 9580
libmagic1t64 1:5.46-5 m 109 275 : libmagic-mgc
file 1:5.46-5 43 94 : libmagic1t64 | /usr/bin/file
locales 2.41-12 a 3856 17800 | /usr/sbin/locale-gen
`;

/** Suggested packages apt lists (not installed), by the package that suggests them. */
export const TRIXIE_SUGGESTS: Record<string, string> = {
  'libsasl2-modules': 'libsasl2-modules-gssapi-mit | libsasl2-modules-gssapi-heimdal libsasl2-modules-ldap libsasl2-modules-otp libsasl2-modules-sql',
  'libgssapi-krb5-2': 'krb5-doc krb5-user',
  'vim': 'ctags vim-doc vim-scripts',
  'git': 'gettext-base git-doc git-email git-gui gitk gitweb git-cvs git-mediawiki git-svn',
  'openssh-client': 'keychain libpam-ssh monkeysphere ssh-askpass',
  'python3.13': 'python3.13-venv python3.13-doc binutils binfmt-support',
  'perl': 'perl-doc libterm-readline-gnu-perl | libterm-readline-perl-perl make libtap-harness-archive-perl',
  'gcc-14': 'gcc-14-multilib gcc-14-doc gcc-14-locales',
  'nano': 'hunspell',
  'zip': 'unzip',
};
