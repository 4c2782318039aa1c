// The other Debian and Ubuntu releases, as changes to the trixie rows (deb-trixie.ts): package
// names that differ (the 64-bit time_t "t64" renames, versioned toolchains), packages a release
// does not have, and the versions of this release. A dependency left without a row is one the
// release's base image already has. Versions not listed here keep trixie's (an approximation
// the README owns up to); every version a learner meets first (the package asked for, libc-bin,
// ca-certificates) is the release's own.

export interface DebOverlay {
  family: 'debian' | 'ubuntu';
  rename: Record<string, string>;
  drop: string[];
  versions: Record<string, string>;
  /** Text replacements in file paths (python3.13 -> python3.11). */
  paths: [string, string][];
  /** libc-bin's version (the trigger apt runs after installing libraries). */
  libc: string;
  /** Files and directories dpkg counts before any install ("Reading database ... N files"). */
  baseFiles: number;
  /** Certificates update-ca-certificates adds on a fresh install. */
  certs: number;
}

function same(names: string, version: string): Record<string, string> {
  return Object.fromEntries(names.split(' ').map((n) => [n, version]));
}

export const TRIXIE: DebOverlay = { family: 'debian', rename: {}, drop: [], versions: {}, paths: [], libc: '2.41-12', baseFiles: 5644, certs: 150 };

export const BOOKWORM: DebOverlay = {
  family: 'debian',
  rename: {
    libcurl4t64: 'libcurl4', 'libcurl3t64-gnutls': 'libcurl3-gnutls', libpsl5t64: 'libpsl5', 'libssh2-1t64': 'libssh2-1', libldap2: 'libldap-2.5-0',
    libgdbm6t64: 'libgdbm6', 'libgdbm-compat4t64': 'libgdbm-compat4', 'perl-modules-5.40': 'perl-modules-5.36', 'libperl5.40': 'libperl5.36',
    libreadline8t64: 'libreadline8', libelf1t64: 'libelf1', libuv1t64: 'libuv1', liburcu8t64: 'liburcu8', libxt6t64: 'libxt6', libmagic1t64: 'libmagic1',
    'libpython3.13-minimal': 'libpython3.11-minimal', 'python3.13-minimal': 'python3.11-minimal', 'libpython3.13-stdlib': 'libpython3.11-stdlib',
    'python3.13': 'python3.11', 'python3.13-venv': 'python3.11-venv', 'cpp-14': 'cpp-12', 'gcc-14': 'gcc-12', 'g++-14': 'g++-12',
    'libgcc-14-dev': 'libgcc-12-dev', 'libstdc++-14-dev': 'libstdc++-12-dev', libicu76: 'libicu72', libnode115: 'libnode108',
    'postgresql-client-17': 'postgresql-client-15', 'libcbor0.10': 'libcbor0.8',
  },
  drop: ['libnghttp3-9', 'libngtcp2-16', 'libngtcp2-crypto-ossl0', 'libngtcp2-crypto-gnutls8', 'openssl-provider-legacy', 'libsframe1', 'libhwasan0', 'cpp-14-x86-64-linux-gnu', 'gcc-14-x86-64-linux-gnu', 'g++-14-x86-64-linux-gnu'],
  versions: {
    ...same('krb5-locales libgssapi-krb5-2 libk5crypto3 libkrb5-3 libkrb5support0', '1.20.1-2+deb12u4'),
    ...same('libcurl4 libcurl3-gnutls curl', '7.88.1-10+deb12u14'),
    ...same('libsasl2-2 libsasl2-modules libsasl2-modules-db', '2.1.28+dfsg-10'),
    ...same('libldap-common libldap-2.5-0', '2.5.13+dfsg-5'),
    ...same('xxd vim-common vim-runtime vim', '2:9.0.1378-2+deb12u2'),
    ...same('git-man git', '1:2.39.5-0+deb12u2'),
    ...same('perl-modules-5.36 libperl5.36 perl', '5.36.0-7+deb12u3'),
    ...same('libgdbm6 libgdbm-compat4', '1.23-3'),
    ...same('libx11-data libx11-6', '2:1.8.4-2+deb12u2'),
    ...same('libproc2-0 procps', '2:4.0.2-3'),
    ...same('bind9-libs bind9-host bind9-dnsutils dnsutils', '1:9.18.41-1~deb12u1'),
    ...same('libjq1 jq', '1.6-2.1'),
    ...same('readline-common libreadline8', '8.2-1.3'),
    ...same('libpython3.11-minimal python3.11-minimal libpython3.11-stdlib python3.11 python3.11-venv', '3.11.2-6+deb12u6'),
    ...same('python3-minimal libpython3-stdlib python3 python3-venv', '3.11.2-1+b1'),
    ...same('python3-setuptools python3-setuptools-whl', '66.1.1-1+deb12u1'),
    ...same('python3-pip python3-pip-whl', '23.0.1+dfsg-1'),
    ...same('binutils-common libbinutils libctf-nobfd0 libctf0 libgprofng0 binutils-x86-64-linux-gnu binutils', '2.40-2'),
    ...same('libc-dev-bin libc6-dev locales', '2.36-9+deb12u13'),
    ...same('cpp-12 libcc1-0 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libquadmath0 libgcc-12-dev gcc-12 libstdc++-12-dev g++-12', '12.2.0-14+deb12u1'),
    ...same('cpp gcc g++', '4:12.2.0-3'),
    ...same('libdpkg-perl dpkg-dev', '1.21.22'),
    ...same('libfakeroot fakeroot', '1.31-1.2'),
    ...same('libnode108 nodejs', '18.20.4+dfsg-1~deb12u1'),
    ...same('libpq5 postgresql-client-15', '15.14-0+deb12u1'),
    ...same('libnl-3-200 libnl-genl-3-200', '3.7.0-0.2+b1'),
    ...same('libmagic-mgc libmagic1 file', '1:5.44-3'),
    ...same('libsqlite3-0 sqlite3', '3.40.1-2+deb12u2'),
    'ca-certificates': '20230311+deb12u1', openssl: '3.0.17-1~deb12u2', libbrotli1: '1.0.9-2+b6', libkeyutils1: '1.6.3-2', 'libnghttp2-14': '1.52.0-1+deb12u2',
    libpsl5: '0.21.2-1', librtmp1: '2.4+20151223.gitfa8646d.1-2+b2', 'libssh2-1': '1.10.0-3+b1', publicsuffix: '20230209.2326-1', wget: '1.21.3-1+deb12u1',
    less: '590-2.1~deb12u2', patch: '2.7.6-7', libgpm2: '1.20.7-10+b1', libsodium23: '1.0.18-1', nano: '7.2-1+deb12u1', 'liberror-perl': '0.17029-2',
    libexpat1: '2.5.0-1+deb12u2', 'libcbor0.8': '0.8.0-2+b1', libedit2: '3.1-20221030-2', 'libfido2-1': '1.12.0-2+b1', libxau6: '1:1.0.9-1',
    libxdmcp6: '1:1.1.2-3', libxcb1: '1.15-1', libxext6: '2:1.3.4-1+b1', libice6: '2:1.0.10-1', libsm6: '2:1.2.3-1', libxt6: '1:1.2.1-1.1',
    libxmu6: '2:1.1.3-3', xauth: '1:1.1.2-1', 'openssh-client': '1:9.2p1-2+deb12u7', 'libcap2-bin': '1:2.66-4+deb12u1', 'iputils-ping': '3:20221126-1+deb12u1',
    psmisc: '23.6-1', 'net-tools': '2.10-0.1', libmnl0: '1.0.4-3', libbpf1: '1:1.1.0-1', libelf1: '0.188-2.1', libxtables12: '1.8.9-2',
    iproute2: '6.1.0-3', libuv1: '1.44.2-1+deb12u1', liburcu8: '0.13.2-1', libjemalloc2: '5.3.0-1', liblmdb0: '0.9.24-1', libmaxminddb0: '1.7.1-1',
    unzip: '6.0-28', zip: '3.0-13', libonig5: '6.9.8-1', 'media-types': '10.0.0', tzdata: '2025b-0+deb12u2', netbase: '6.4', libffi8: '3.4.4-1',
    'python-is-python3': '3.11.2-1+deb12u1', 'python3-wheel': '0.38.4-2', libjansson4: '2.14-2', 'linux-libc-dev': '6.1.158-1',
    'libcrypt-dev': '1:4.4.33-2', libisl23: '0.25-1.1', libmpfr6: '4.2.0-1', libmpc3: '1.3.1-1', make: '4.3-4.1', bzip2: '1.0.8-5+b1',
    'xz-utils': '5.4.1-1', 'build-essential': '12.9', libicu72: '72.1-3+deb12u1', libcares2: '1.18.1-3', 'postgresql-client-common': '248+deb12u1',
    'postgresql-client': '15+248+deb12u1', htop: '3.2.2-2', tini: '0.19.0-1',
  },
  paths: [['3.13', '3.11'], ['postgresql/17', 'postgresql/15'], ['gcc-14', 'gcc-12'], ['g++-14', 'g++-12'], ['cpp-14', 'cpp-12']],
  libc: '2.36-9+deb12u13',
  baseFiles: 6090,
  certs: 140,
};

export const NOBLE: DebOverlay = {
  family: 'ubuntu',
  rename: {
    'libssh2-1t64': 'libssh-4', 'perl-modules-5.40': 'perl-modules-5.38', 'libperl5.40': 'libperl5.38',
    'libpython3.13-minimal': 'libpython3.12-minimal', 'python3.13-minimal': 'python3.12-minimal', 'libpython3.13-stdlib': 'libpython3.12-stdlib',
    'python3.13': 'python3.12', 'python3.13-venv': 'python3.12-venv', 'cpp-14': 'cpp-13', 'gcc-14': 'gcc-13', 'g++-14': 'g++-13',
    'cpp-14-x86-64-linux-gnu': 'cpp-13-x86-64-linux-gnu', 'gcc-14-x86-64-linux-gnu': 'gcc-13-x86-64-linux-gnu', 'g++-14-x86-64-linux-gnu': 'g++-13-x86-64-linux-gnu',
    'libgcc-14-dev': 'libgcc-13-dev', 'libstdc++-14-dev': 'libstdc++-13-dev', libicu76: 'libicu74', libnode115: 'libnode109', 'postgresql-client-17': 'postgresql-client-16',
  },
  drop: ['libnghttp3-9', 'libngtcp2-16', 'libngtcp2-crypto-ossl0', 'libngtcp2-crypto-gnutls8', 'openssl-provider-legacy'],
  versions: {
    ...same('libcurl4t64 libcurl3t64-gnutls curl', '8.5.0-2ubuntu10.6'),
    ...same('krb5-locales libgssapi-krb5-2 libk5crypto3 libkrb5-3 libkrb5support0', '1.20.1-6ubuntu2.6'),
    ...same('libldap-common libldap2', '2.6.7+dfsg-1~exp1ubuntu8.2'),
    ...same('libsasl2-2 libsasl2-modules libsasl2-modules-db', '2.1.28+dfsg1-5ubuntu3.1'),
    ...same('xxd vim-common vim-runtime vim', '2:9.1.0016-1ubuntu7.9'),
    ...same('git-man git', '1:2.43.0-1ubuntu7.3'),
    ...same('perl-modules-5.38 libperl5.38 perl', '5.38.2-3.2ubuntu0.2'),
    ...same('libgdbm6t64 libgdbm-compat4t64', '1.23-5.1build1'),
    ...same('libx11-data libx11-6', '2:1.8.7-1build1'),
    ...same('libproc2-0 procps', '2:4.0.4-4ubuntu3.2'),
    ...same('bind9-libs bind9-host bind9-dnsutils dnsutils', '1:9.18.39-0ubuntu0.24.04.2'),
    ...same('libjq1 jq', '1.7.1-3ubuntu0.24.04.1'),
    ...same('readline-common libreadline8t64', '8.2-4build1'),
    ...same('libpython3.12-minimal python3.12-minimal libpython3.12-stdlib python3.12 python3.12-venv', '3.12.3-1ubuntu0.8'),
    ...same('python3-minimal libpython3-stdlib python3 python3-venv', '3.12.3-0ubuntu2'),
    ...same('python3-setuptools python3-setuptools-whl', '68.1.2-2ubuntu1.2'),
    ...same('python3-pip python3-pip-whl', '24.0+dfsg-1ubuntu1.3'),
    ...same('binutils-common libsframe1 libbinutils libctf-nobfd0 libctf0 libgprofng0 binutils-x86-64-linux-gnu binutils', '2.42-4ubuntu2.6'),
    ...same('libc-dev-bin libc6-dev locales', '2.39-0ubuntu8.6'),
    ...same('cpp-13 cpp-13-x86-64-linux-gnu gcc-13 gcc-13-x86-64-linux-gnu libgcc-13-dev libstdc++-13-dev g++-13 g++-13-x86-64-linux-gnu', '13.3.0-6ubuntu2~24.04'),
    ...same('libcc1-0 libgomp1 libitm1 libatomic1 libasan8 liblsan0 libtsan2 libubsan1 libhwasan0 libquadmath0', '14.2.0-4ubuntu2~24.04'),
    ...same('cpp gcc g++', '4:13.2.0-7ubuntu1'),
    ...same('libdpkg-perl dpkg-dev', '1.22.6ubuntu6.5'),
    ...same('libfakeroot fakeroot', '1.33-1'),
    ...same('libnode109 nodejs', '18.19.1+dfsg-6ubuntu5'),
    ...same('libpq5 postgresql-client-16', '16.10-0ubuntu0.24.04.1'),
    ...same('libnl-3-200 libnl-genl-3-200', '3.7.0-0.3build1.1'),
    ...same('libmagic-mgc libmagic1t64 file', '1:5.45-3build1'),
    ...same('libsqlite3-0 sqlite3', '3.45.1-1ubuntu2.5'),
    'ca-certificates': '20240203', openssl: '3.0.13-0ubuntu3.6', libbrotli1: '1.1.0-2build2', libkeyutils1: '1.6.3-3build1', 'libnghttp2-14': '1.59.0-1ubuntu0.2',
    libpsl5t64: '0.21.2-1.1build1', librtmp1: '2.4+20151223.gitfa8646d.1-2build7', 'libssh-4': '0.10.6-2ubuntu0.2', publicsuffix: '20231001.0357-0.1',
    wget: '1.21.4-1ubuntu4.1', less: '590-2ubuntu2.1', patch: '2.7.6-7build3', libgpm2: '1.20.7-11', libsodium23: '1.0.18-1build3', nano: '7.2-2ubuntu0.1',
    'liberror-perl': '0.17029-2', libexpat1: '2.6.1-2ubuntu0.3', 'libcbor0.10': '0.10.2-1.2ubuntu2', libedit2: '3.1-20230828-1build1', 'libfido2-1': '1.14.0-1build3',
    libxau6: '1:1.0.9-1build6', libxdmcp6: '1:1.1.3-0ubuntu6', libxcb1: '1.15-1ubuntu2', libxext6: '2:1.3.4-1build2', libice6: '2:1.0.10-1build3',
    libsm6: '2:1.2.3-1build3', libxt6t64: '1:1.2.1-1.2build1', libxmu6: '2:1.1.3-3build2', xauth: '1:1.1.2-1build1', 'openssh-client': '1:9.6p1-3ubuntu13.14',
    'libcap2-bin': '1:2.66-5ubuntu2.2', 'iputils-ping': '3:20240117-1ubuntu0.1', psmisc: '23.7-1build1', 'net-tools': '2.10-0.1ubuntu4.4', libmnl0: '1.0.5-2build1',
    libbpf1: '1:1.3.0-2build2', libelf1t64: '0.190-1.1ubuntu0.1', libxtables12: '1.8.10-3ubuntu2', iproute2: '6.1.0-1ubuntu6.2', libuv1t64: '1.48.0-1.1build1',
    liburcu8t64: '0.14.0-3.1build1', libjemalloc2: '5.3.0-2build1', liblmdb0: '0.9.31-1build1', libmaxminddb0: '1.9.1-1build1', unzip: '6.0-28ubuntu4.1',
    zip: '3.0-13ubuntu0.2', libonig5: '6.9.9-1build1', 'media-types': '10.1.0', tzdata: '2025b-0ubuntu0.24.04.1', netbase: '6.4', libffi8: '3.4.6-1build1',
    'python-is-python3': '3.11.4-1', 'python3-wheel': '0.42.0-2', libjansson4: '2.14-2build2', 'linux-libc-dev': '6.8.0-87.88', 'libcrypt-dev': '1:4.4.36-4build1',
    'rpcsvc-proto': '1.4.2-0ubuntu7', libisl23: '0.26-3build1.1', libmpfr6: '4.2.1-1build1.1', libmpc3: '1.3.1-1build1.1', make: '4.3-4.1build2',
    bzip2: '1.0.8-5.1build0.1', 'xz-utils': '5.6.1+really5.4.5-1ubuntu0.2', 'build-essential': '12.10ubuntu1', libicu74: '74.2-1ubuntu3.1',
    libcares2: '1.27.0-1.0ubuntu1', 'postgresql-client-common': '257build1.1', 'postgresql-client': '16+257build1.1', htop: '3.3.0-4build1', tini: '0.19.0-1build3',
  },
  paths: [['3.13', '3.12'], ['postgresql/17', 'postgresql/16'], ['gcc-14', 'gcc-13'], ['g++-14', 'g++-13'], ['cpp-14', 'cpp-13']],
  libc: '2.39-0ubuntu8.6',
  baseFiles: 4381,
  certs: 146,
};

/** Ubuntu packages in universe rather than main (the archive path in apt's Get: lines). */
export const UBUNTU_UNIVERSE = new Set(['tini', 'libjemalloc2', 'libmaxminddb0', 'htop', 'python-is-python3', 'libnl-genl-3-200']);
