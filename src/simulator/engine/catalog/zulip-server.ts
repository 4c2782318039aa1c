// ghcr.io/zulip/zulip-server: Zulip's own image (github.com/zulip/docker-zulip), published on
// GitHub's registry, not Docker Hub (no stars). Its Dockerfile builds on ubuntu:24.04, installs
// Zulip with scripts/setup/install (the zulip::profile::docker Puppet class: nginx, supervisor,
// the Django app; PostgreSQL, memcached, RabbitMQ and Redis are other containers), and starts
// with /sbin/entrypoint.sh app:run. Not in shared/data/images.json: the build date, the sizes
// and the cut RUN scripts are estimates; the config (ENTRYPOINT, CMD, EXPOSE 80 443, VOLUME
// /data, DATA_DIR, LANG) follows the Dockerfile. The start-up lines are the entrypoint's phase
// headers (trimmed); the model (programs/services/zulip.ts) writes them.
import type { CatalogRepo } from './types.ts';
import { PATH, image, server, ubuntuOs } from './build.ts';
import { UBUNTU_24_04 } from './bases.ts';

export const zulipServer: CatalogRepo = {
  name: 'ghcr.io/zulip/zulip-server',
  official: false,
  description: 'Zulip server: organized team chat (docker-zulip)',
  stars: 0,
  images: [
    image({
      tags: ['11.0-0', 'latest'],
      created: '2026-09-14T17:22:08Z',
      base: UBUNTU_24_04,
      seed: 'ghcr.io/zulip/zulip-server:11.0-0',
      layers: [96400000, 188000000, 1450000000, 24310, 2180],
      history: [
        'ENV LANG=C.UTF-8',
        'ARG UBUNTU_MIRROR',
        'RUN |1 UBUNTU_MIRROR= /bin/sh -c { [ ! "$UBUNTU_MIRROR" ] || sed -i "s|http://\\(\\w*\\.\\)*archive\\.ubuntu\\.com/ubuntu/\\? |$UBUNTU_MIRROR |" /etc/apt/sources.list; }     && apt-get -q update     && apt-get -q dist-upgrade -y     && DEBIAN_FRONTEND=noninteractive     apt-get -q install --no-install-recommends -y ca-certificates git locales python3 sudo tzdata     && rm -rf /var/lib/apt/lists/*     && touch /var/mail/ubuntu && chown ubuntu /var/mail/ubuntu && userdel -r ubuntu     && useradd -d /home/zulip -m zulip -u 1000 # buildkit',
        'ENV DATA_DIR=/data',
        'COPY /tmp/zulip-server.tar.gz /root/ # buildkit',
        'ARG CUSTOM_CA_CERTIFICATES',
        'RUN |2 UBUNTU_MIRROR= CUSTOM_CA_CERTIFICATES= /bin/sh -c apt-get -q update     && DEBIAN_FRONTEND=noninteractive apt-get -q install --no-install-recommends -y crudini curl     && export PUPPET_CLASSES="zulip::profile::docker"     && tar -xf /root/zulip-server.tar.gz -C /root/ && mv /root/zulip-server-* /root/zulip     && /root/zulip/scripts/setup/install --hostname="$(hostname)" --email="docker-zulip"       --puppet-classes="zulip::profile::docker" --postgresql-version=14 # buildkit',
        'COPY entrypoint.sh /sbin/entrypoint.sh # buildkit',
        'COPY certbot-deploy-hook /sbin/certbot-deploy-hook # buildkit',
        'VOLUME [/data]',
        'EXPOSE map[443/tcp:{} 80/tcp:{}]',
        'ENTRYPOINT ["/sbin/entrypoint.sh"]',
        'CMD ["app:run"]',
      ],
      config: { Env: [PATH, 'LANG=C.UTF-8', 'DATA_DIR=/data'], Entrypoint: ['/sbin/entrypoint.sh'], Cmd: ['app:run'], ExposedPorts: ['80/tcp', '443/tcp'], Volumes: ['/data'] },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', ['bash', 'apt-get', 'apt', 'dpkg', 'git', 'curl', 'sudo']),
      startup: server({
        listensOn: ['80/tcp', '443/tcp'],
        requiredEnv: ['SETTING_EXTERNAL_HOST'],
        logLines: ['=== Begin Initial Configuration Phase ===', 'Setting Zulip settings ...', '=== End Initial Configuration Phase ===', '=== Begin Bootstrap Phase ===', 'Waiting for database server to allow connections ...', '=== End Bootstrap Phase ===', 'Starting zulip using supervisor ...'],
        dataDir: '/data',
      }),
    }),
  ],
};
