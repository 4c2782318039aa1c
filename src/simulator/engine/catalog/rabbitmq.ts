// rabbitmq: RabbitMQ 4.3 on a source-built Erlang/OTP and OpenSSL (Ubuntu 24.04 and alpine); the -management
// tags are built FROM the plain ones and add the web UI. Sizes are estimates. 4.1 has left the
// library but stays pullable (frozen): its last release (4.1.8), build dates and sizes are
// estimates, the steps are 4.3's with its version.
import type { CatalogImage, CatalogRepo } from './types.ts';
import { image, asBase, ubuntuOs, alpineOs, server, olderRelease } from './build.ts';
import { ALPINE_3_24, UBUNTU_24_04 } from './bases.ts';

const startup = server({ listensOn: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp'], logLines: ['<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0> Server startup complete; 1 plugins started.', '<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0>  * rabbitmq_prometheus', ' completed with 1 plugins.'], dataDir: '/var/lib/rabbitmq' });
const managementStartup = server({ listensOn: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp', '15671/tcp', '15672/tcp'], logLines: ['<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0> Server startup complete; 4 plugins started.', '<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0>  * rabbitmq_prometheus', '<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0>  * rabbitmq_management', '<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0>  * rabbitmq_management_agent', '<YYYY-MM-DD HH:MM:SS.uuuuuu+00:00> [info] <0.NNN.0>  * rabbitmq_web_dispatch', ' completed with 4 plugins.'], dataDir: '/var/lib/rabbitmq' });
const tools = ['bash', 'apt-get', 'apt', 'dpkg', 'rabbitmqctl', 'rabbitmq-plugins', 'rabbitmq-diagnostics', 'gosu'];

const plain = image({
  tags: ['latest', '4', '4.3', '4.3.5'],
  created: '2026-08-13T04:22:16Z',
  base: UBUNTU_24_04,
  seed: 'rabbitmq:latest',
  layers: [29800000, 4260000, 17002, 2386, 2840000, 33300000, 385, 446, 3937],
  history: [
    'ENV ERLANG_INSTALL_PATH_PREFIX=/opt/erlang',
    'ENV OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl',
    'COPY /opt/erlang /opt/erlang # buildkit',
    'COPY /opt/openssl /opt/openssl # buildkit',
    'RUN /bin/sh -c set -eux; \techo "$OPENSSL_INSTALL_PATH_PREFIX/lib64" > /etc/ld.so.conf.d/openssl.conf; \tldconfig; \topenssl version; # buildkit',
    'ENV PATH=/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'ENV RABBITMQ_DATA_DIR=/var/lib/rabbitmq',
    'RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system rabbitmq; \tuseradd --uid 999 --system --home-dir "$RABBITMQ_DATA_DIR" --gid rabbitmq rabbitmq; # buildkit',
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install --yes --no-install-recommends \t\tca-certificates \t\tgosu \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*; \tgosu nobody true # buildkit',
    'ENV RABBITMQ_VERSION=4.3.5',
    'ENV RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA',
    'ENV RABBITMQ_HOME=/opt/rabbitmq',
    'ENV PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'RUN /bin/sh -c set -eux; \tRABBITMQ_SOURCE_URL="https://github.com/rabbitmq/rabbitmq-server/releases/download/v$RABBITMQ_VERSION/rabbitmq-server-generic-unix-latest-toolchain-$RABBITMQ_VERSION.tar.xz"; # buildkit',
    'RUN /bin/sh -c gosu rabbitmq rabbitmq-plugins enable --offline rabbitmq_prometheus # buildkit',
    'ENV HOME=/var/lib/rabbitmq',
    'VOLUME [/var/lib/rabbitmq]',
    'ENV LANG=C.UTF-8 LANGUAGE=C.UTF-8 LC_ALL=C.UTF-8',
    'COPY --chown=rabbitmq:rabbitmq 10-defaults.conf 20-management_agent.disable_metrics_collector.conf /etc/rabbitmq/conf.d/ # buildkit',
    'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
    'ENTRYPOINT ["docker-entrypoint.sh"]',
    'ENV RUNNING_UNDER_SYSTEMD=true',
    'EXPOSE map[15691/tcp:{} 15692/tcp:{} 25672/tcp:{} 4369/tcp:{} 5671/tcp:{} 5672/tcp:{}]',
    'CMD ["rabbitmq-server"]',
  ],
  config: { Env: ['PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang', 'OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl', 'RABBITMQ_DATA_DIR=/var/lib/rabbitmq', 'RABBITMQ_VERSION=4.3.5', 'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8', 'LANGUAGE=C.UTF-8', 'LC_ALL=C.UTF-8', 'RUNNING_UNDER_SYSTEMD=true'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['rabbitmq-server'], ExposedPorts: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp'], Volumes: ['/var/lib/rabbitmq'] },
  os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', tools),
  startup: startup,
});

const plainAlpine = image({
  tags: ['alpine', '4-alpine', '4.3-alpine', '4.3.5-alpine'],
  created: '2026-08-20T22:31:07Z',
  base: ALPINE_3_24,
  seed: 'rabbitmq:alpine',
  layers: [28100000, 4010000, 17002, 2386, 2670000, 31400000, 385, 446, 3937],
  history: [
    'ENV ERLANG_INSTALL_PATH_PREFIX=/opt/erlang',
    'ENV OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl',
    'COPY /opt/erlang /opt/erlang # buildkit',
    'COPY /opt/openssl /opt/openssl # buildkit',
    'RUN /bin/sh -c set -eux; \techo "$OPENSSL_INSTALL_PATH_PREFIX/lib64" > /etc/ld.so.conf.d/openssl.conf; \tldconfig; \topenssl version; # buildkit',
    'ENV PATH=/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'ENV RABBITMQ_DATA_DIR=/var/lib/rabbitmq',
    'RUN /bin/sh -c set -eux; \tgroupadd --gid 999 --system rabbitmq; \tuseradd --uid 999 --system --home-dir "$RABBITMQ_DATA_DIR" --gid rabbitmq rabbitmq; # buildkit',
    'RUN /bin/sh -c apk add --no-cache \t\tbash \t\tprocps \t\tsu-exec \t\ttzdata # buildkit',
    'ENV RABBITMQ_VERSION=4.3.5',
    'ENV RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA',
    'ENV RABBITMQ_HOME=/opt/rabbitmq',
    'ENV PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    'RUN /bin/sh -c set -eux; \tRABBITMQ_SOURCE_URL="https://github.com/rabbitmq/rabbitmq-server/releases/download/v$RABBITMQ_VERSION/rabbitmq-server-generic-unix-latest-toolchain-$RABBITMQ_VERSION.tar.xz"; # buildkit',
    'RUN /bin/sh -c su-exec rabbitmq rabbitmq-plugins enable --offline rabbitmq_prometheus # buildkit',
    'ENV HOME=/var/lib/rabbitmq',
    'VOLUME [/var/lib/rabbitmq]',
    'ENV LANG=C.UTF-8 LANGUAGE=C.UTF-8 LC_ALL=C.UTF-8',
    'COPY --chown=rabbitmq:rabbitmq 10-defaults.conf 20-management_agent.disable_metrics_collector.conf /etc/rabbitmq/conf.d/ # buildkit',
    'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
    'ENTRYPOINT ["docker-entrypoint.sh"]',
    'ENV RUNNING_UNDER_SYSTEMD=true',
    'EXPOSE map[15691/tcp:{} 15692/tcp:{} 25672/tcp:{} 4369/tcp:{} 5671/tcp:{} 5672/tcp:{}]',
    'CMD ["rabbitmq-server"]',
  ],
  config: { Env: ['PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang', 'OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl', 'RABBITMQ_DATA_DIR=/var/lib/rabbitmq', 'RABBITMQ_VERSION=4.3.5', 'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8', 'LANGUAGE=C.UTF-8', 'LC_ALL=C.UTF-8', 'RUNNING_UNDER_SYSTEMD=true'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['rabbitmq-server'], ExposedPorts: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp'], Volumes: ['/var/lib/rabbitmq'] },
  os: alpineOs('3.24.1', ['bash', 'rabbitmqctl', 'rabbitmq-plugins', 'rabbitmq-diagnostics', 'su-exec']),
  startup: startup,
});

/** The current images followed by 4.1's: each built as its 4.3 peer was, with 4.1.8 (management FROM plain). */
function withRelease41(current: CatalogImage[]): CatalogImage[] {
  const [plain43, mgmt43, alpine43, mgmtAlpine43] = current;
  const older = (from: CatalogImage, suffix: string, base: CatalogImage | null, created: string, layers: number[]) =>
    olderRelease({
      from,
      baseSteps: base ? base.history.length : from === plain43 ? UBUNTU_24_04.history.length : ALPINE_3_24.history.length,
      was: '4.3.5',
      version: '4.1.8',
      tags: [`4.1${suffix}`, `4.1.8${suffix}`],
      created,
      base: base ? asBase(base) : from === plain43 ? UBUNTU_24_04 : ALPINE_3_24,
      seed: `rabbitmq:4.1${suffix}`,
      layers,
      os: from.osInfo,
    });
  const p = older(plain43, '', null, '2026-07-24T03:11:52Z', [29700000, 4250000, 17002, 2386, 2830000, 32100000, 385, 446, 3937]);
  const a = older(alpine43, '-alpine', null, '2026-07-30T22:08:41Z', [28000000, 4000000, 17002, 2386, 2660000, 30300000, 385, 446, 3937]);
  const pm = older(mgmt43, '-management', p, '2026-07-24T03:15:06Z', [19400000]);
  const am = older(mgmtAlpine43, '-management-alpine', a, '2026-07-30T22:11:58Z', [19300000]);
  return [...current, p, pm, a, am];
}

export const rabbitmq: CatalogRepo = {
  name: 'rabbitmq',
  official: true,
  description: 'RabbitMQ is an open source multi-protocol messaging broker.',
  stars: 5200,
  images: withRelease41([
    plain,
    image({
      tags: ['management', '4-management', '4.3-management', '4.3.5-management'],
      created: '2026-08-13T04:25:40Z',
      base: asBase(plain),
      seed: 'rabbitmq:management',
      layers: [20000000],
      history: [
        'RUN /bin/sh -c set -eux; \tgosu rabbitmq rabbitmq-plugins enable --offline rabbitmq_management; \trm -f /etc/rabbitmq/conf.d/20-management_agent.disable_metrics_collector.conf; # buildkit',
        'EXPOSE map[15671/tcp:{} 15672/tcp:{}]',
      ],
      config: { Env: ['PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang', 'OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl', 'RABBITMQ_DATA_DIR=/var/lib/rabbitmq', 'RABBITMQ_VERSION=4.3.5', 'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8', 'LANGUAGE=C.UTF-8', 'LC_ALL=C.UTF-8', 'RUNNING_UNDER_SYSTEMD=true'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['rabbitmq-server'], ExposedPorts: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp', '15671/tcp', '15672/tcp'], Volumes: ['/var/lib/rabbitmq'] },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', [...tools, 'rabbitmqadmin', 'python3']),
      startup: managementStartup,
    }),
    plainAlpine,
    image({
      tags: ['management-alpine', '4-management-alpine', '4.3-management-alpine', '4.3.5-management-alpine'],
      created: '2026-08-20T22:34:29Z',
      base: asBase(plainAlpine),
      seed: 'rabbitmq:management-alpine',
      layers: [19900000],
      history: [
        'RUN /bin/sh -c set -eux; \tsu-exec rabbitmq rabbitmq-plugins enable --offline rabbitmq_management; \trm -f /etc/rabbitmq/conf.d/20-management_agent.disable_metrics_collector.conf; # buildkit',
        'EXPOSE map[15671/tcp:{} 15672/tcp:{}]',
      ],
      config: { Env: ['PATH=/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ERLANG_INSTALL_PATH_PREFIX=/opt/erlang', 'OPENSSL_INSTALL_PATH_PREFIX=/opt/openssl', 'RABBITMQ_DATA_DIR=/var/lib/rabbitmq', 'RABBITMQ_VERSION=4.3.5', 'RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA', 'RABBITMQ_HOME=/opt/rabbitmq', 'HOME=/var/lib/rabbitmq', 'LANG=C.UTF-8', 'LANGUAGE=C.UTF-8', 'LC_ALL=C.UTF-8', 'RUNNING_UNDER_SYSTEMD=true'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['rabbitmq-server'], ExposedPorts: ['4369/tcp', '5671/tcp', '5672/tcp', '15691/tcp', '15692/tcp', '25672/tcp', '15671/tcp', '15672/tcp'], Volumes: ['/var/lib/rabbitmq'] },
      os: alpineOs('3.24.1', ['bash', 'rabbitmqctl', 'rabbitmq-plugins', 'rabbitmq-diagnostics', 'rabbitmqadmin', 'python3', 'su-exec']),
      startup: managementStartup,
    }),
  ]),
};
