// gitea/gitea: Gitea; the default image runs s6 (gitea + sshd) as root and drops to git, -rootless runs as uid 1000.
// Version, base and log lines are approximate (weak upstream source); sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, EMPTY_LAYER, image, alpineOs, server } from './build.ts';
import { ALPINE_3_22 } from './bases.ts';

const startup = server({ listensOn: ['3000/tcp', '22/tcp'], logLines: ['<YYYY/MM/DD HH:MM:SS> cmd/web.go:261:runWeb() [I] Starting Gitea on PID: 15', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:114:showWebStartupMessage() [I] Gitea version: 1.25.3 built with GNU Make 4.4.1, go1.25.9 : bindata, timetzdata, sqlite, sqlite_unlock_notify', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:115:showWebStartupMessage() [I] * RunMode: prod', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:116:showWebStartupMessage() [I] * AppPath: /usr/local/bin/gitea', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:117:showWebStartupMessage() [I] * WorkPath: /data/gitea', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:118:showWebStartupMessage() [I] * CustomPath: /data/gitea', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:119:showWebStartupMessage() [I] * ConfigFile: /data/gitea/conf/app.ini', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:323:listen() [I] Listen: http://0.0.0.0:3000', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:327:listen() [I] AppURL(ROOT_URL): http://localhost:3000/'], dataDir: '/data' });
const rootlessStartup = server({ listensOn: ['3000/tcp', '2222/tcp'], logLines: ['<YYYY/MM/DD HH:MM:SS> cmd/web.go:261:runWeb() [I] Starting Gitea on PID: 1', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:114:showWebStartupMessage() [I] Gitea version: 1.25.3 built with GNU Make 4.4.1, go1.25.9 : bindata, timetzdata, sqlite, sqlite_unlock_notify', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:119:showWebStartupMessage() [I] * ConfigFile: /etc/gitea/app.ini', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:323:listen() [I] Listen: http://0.0.0.0:3000', '<YYYY/MM/DD HH:MM:SS> cmd/web.go:327:listen() [I] AppURL(ROOT_URL): http://localhost:3000/'], dataDir: '/var/lib/gitea' });

export const gitea: CatalogRepo = {
  name: 'gitea/gitea',
  official: false,
  description: 'Git with a cup of tea - A painless self-hosted Git service',
  stars: 1000,
  images: [
    image({
      tags: ['latest', '1', '1.25', '1.25.3'],
      created: '2026-08-10T21:47:02Z',
      base: ALPINE_3_22,
      seed: 'gitea/gitea:latest',
      layers: [22900000, 1470, 9821, 53300000],
      history: [
        'LABEL maintainer=maintainers@gitea.io',
        'EXPOSE map[22/tcp:{} 3000/tcp:{}]',
        'RUN /bin/sh -c apk --no-cache add     bash     ca-certificates     curl     gettext     git     linux-pam     openssh     s6     sqlite     su-exec     gnupg     && rm -rf /var/cache/apk/* # buildkit',
        'RUN /bin/sh -c addgroup     -S -g 1000     git &&   adduser     -S -H -D     -h /data/git     -s /bin/bash     -u 1000     -G git     git &&   echo "git:*" | chpasswd -e # buildkit',
        'ENV USER=git',
        'ENV GITEA_CUSTOM=/data/gitea',
        'VOLUME [/data]',
        'ENTRYPOINT ["/usr/bin/entrypoint"]',
        'CMD ["/bin/s6-svscan" "/etc/s6"]',
        'COPY /tmp/local / # buildkit',
        'COPY /go/src/code.gitea.io/gitea/gitea /app/gitea/gitea # buildkit',
      ],
      config: { Env: [PATH, 'USER=git', 'GITEA_CUSTOM=/data/gitea'], Entrypoint: ['/usr/bin/entrypoint'], Cmd: ['/bin/s6-svscan', '/etc/s6'], ExposedPorts: ['22/tcp', '3000/tcp'], Volumes: ['/data'] },
      os: alpineOs('3.22.5', ['bash', 'curl', 'git', 'ssh', 'sshd', 'gitea', 's6-svscan', 'su-exec', 'sqlite3', 'gpg'], '/bin/bash'),
      startup: startup,
    }),
    image({
      tags: ['latest-rootless', '1-rootless', '1.25-rootless', '1.25.3-rootless'],
      created: '2026-08-10T21:48:36Z',
      base: ALPINE_3_22,
      seed: 'gitea/gitea:latest-rootless',
      layers: [21400000, 1432, 143, 141, 3344, 49800000, EMPTY_LAYER],
      history: [
        'LABEL maintainer=maintainers@gitea.io',
        'EXPOSE map[2222/tcp:{} 3000/tcp:{}]',
        'RUN /bin/sh -c apk --no-cache add     bash     ca-certificates     dumb-init     gettext     git     curl     gnupg # buildkit',
        'RUN /bin/sh -c addgroup     -S -g 1000     git &&   adduser     -S -H -D     -h /var/lib/gitea/git     -s /bin/bash     -u 1000     -G git     git # buildkit',
        'RUN /bin/sh -c mkdir -p /var/lib/gitea /etc/gitea # buildkit',
        'RUN /bin/sh -c chown git:git /var/lib/gitea /etc/gitea # buildkit',
        'COPY /tmp/local / # buildkit',
        'COPY --chown=root:root /go/src/code.gitea.io/gitea/gitea /app/gitea/gitea # buildkit',
        'USER 1000:1000',
        'ENV GITEA_WORK_DIR=/var/lib/gitea',
        'ENV GITEA_CUSTOM=/var/lib/gitea/custom',
        'ENV GITEA_TEMP=/tmp/gitea',
        'ENV TMPDIR=/tmp/gitea',
        'ENV GITEA_APP_INI=/etc/gitea/app.ini',
        'ENV HOME=/var/lib/gitea/git',
        'VOLUME [/var/lib/gitea /etc/gitea]',
        'WORKDIR /var/lib/gitea',
        'ENTRYPOINT ["/usr/bin/dumb-init" "--" "/usr/local/bin/docker-entrypoint.sh"]',
        'CMD []',
      ],
      config: { Env: [PATH, 'GITEA_WORK_DIR=/var/lib/gitea', 'GITEA_CUSTOM=/var/lib/gitea/custom', 'GITEA_TEMP=/tmp/gitea', 'TMPDIR=/tmp/gitea', 'GITEA_APP_INI=/etc/gitea/app.ini', 'HOME=/var/lib/gitea/git'], Entrypoint: ['/usr/bin/dumb-init', '--', '/usr/local/bin/docker-entrypoint.sh'], Cmd: [], ExposedPorts: ['2222/tcp', '3000/tcp'], Volumes: ['/var/lib/gitea', '/etc/gitea'], WorkingDir: '/var/lib/gitea', User: '1000:1000' },
      os: alpineOs('3.22.5', ['bash', 'curl', 'git', 'gitea', 'dumb-init', 'gpg'], '/bin/bash'),
      startup: rootlessStartup,
    }),
  ],
};
