// Texts of the official images' own files that the app layer adds over the base OS: the
// service accounts their Dockerfiles create, and their entrypoint scripts (node's verbatim
// from docker-library/node, nginx's shortened to its dispatch logic, the rest the common
// "first argument is an option" pattern of docker-library entrypoints).

/** A service account: its passwd and group lines and the home directory the image creates. */
export interface ServiceUser {
  uid: number;
  passwd: string;
  group: string;
  home?: string;
}

const U = (uid: number, passwd: string, group: string, home?: string): ServiceUser => ({ uid, passwd, group, home });

/** Accounts by repository; the alpine variants' lines follow busybox adduser's layout. */
export const SERVICE_USERS: Record<string, { debian: ServiceUser; alpine: ServiceUser }> = {
  nginx: {
    debian: U(101, 'nginx:x:101:101:nginx user:/nonexistent:/bin/false', 'nginx:x:101:'),
    alpine: U(101, 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin', 'nginx:x:101:nginx'),
  },
  postgres: {
    debian: U(999, 'postgres:x:999:999::/var/lib/postgresql:/bin/bash', 'postgres:x:999:'),
    alpine: U(70, 'postgres:x:70:70::/var/lib/postgresql:/bin/sh', 'postgres:x:70:'),
  },
  // built FROM postgres: the same account
  'zulip/zulip-postgresql': {
    debian: U(999, 'postgres:x:999:999::/var/lib/postgresql:/bin/bash', 'postgres:x:999:'),
    alpine: U(70, 'postgres:x:70:70::/var/lib/postgresql:/bin/sh', 'postgres:x:70:'),
  },
  redis: {
    debian: U(999, 'redis:x:999:999::/home/redis:/usr/sbin/nologin', 'redis:x:999:'),
    alpine: U(999, 'redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin', 'redis:x:1000:redis'),
  },
  mysql: {
    debian: U(999, 'mysql:x:999:999::/var/lib/mysql:/bin/bash', 'mysql:x:999:'),
    alpine: U(999, 'mysql:x:999:999::/var/lib/mysql:/bin/sh', 'mysql:x:999:'),
  },
  mariadb: {
    debian: U(999, 'mysql:x:999:999::/home/mysql:/bin/sh', 'mysql:x:999:'),
    alpine: U(999, 'mysql:x:999:999::/home/mysql:/bin/sh', 'mysql:x:999:'),
  },
  mongo: {
    debian: U(999, 'mongodb:x:999:999::/data/db:/bin/sh', 'mongodb:x:999:'),
    alpine: U(999, 'mongodb:x:999:999::/data/db:/bin/sh', 'mongodb:x:999:'),
  },
  node: {
    debian: U(1000, 'node:x:1000:1000::/home/node:/bin/bash', 'node:x:1000:', '/home/node'),
    alpine: U(1000, 'node:x:1000:1000::/home/node:/bin/sh', 'node:x:1000:', '/home/node'),
  },
  // adminer's `addgroup -S adminer && adduser -S -G adminer adminer` (busybox: first free system ids)
  adminer: {
    debian: U(100, 'adminer:x:100:101:Linux User,,,:/home/adminer:/sbin/nologin', 'adminer:x:101:adminer', '/home/adminer'),
    alpine: U(100, 'adminer:x:100:101:Linux User,,,:/home/adminer:/sbin/nologin', 'adminer:x:101:adminer', '/home/adminer'),
  },
  memcached: {
    debian: U(11211, 'memcache:x:11211:11211:memcache:/home/memcache:/usr/sbin/nologin', 'memcache:x:11211:', '/home/memcache'),
    alpine: U(11211, 'memcache:x:11211:11211:memcache:/home/memcache:/sbin/nologin', 'memcache:x:11211:', '/home/memcache'),
  },
};

/** Data directories that the entrypoints expect world-writable with the sticky bit (chmod 1777). */
export const STICKY_DATA = new Set(['postgres', 'mysql']);

const NODE_ENTRYPOINT = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;

const NGINX_ENTRYPOINT = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if /usr/bin/find "/docker-entrypoint.d/" -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read v; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"

        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find "/docker-entrypoint.d/" -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
                *.envsh) . "$f" ;;
                *.sh) "$f" ;;
                *) entrypoint_log "$0: Ignoring $f";;
            esac
        done

        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

const NGINX_LOG_FN = `entrypoint_log() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}
`;

/**
 * The nginx images' /docker-entrypoint.d scripts, which the entrypoint runs before `nginx`
 * (docker-nginx's mainline/debian files, cut after the steps a default container takes: the
 * IPv6 listen in default.conf, and no resolvers, templates or worker tuning unless asked for).
 */
export const NGINX_ENTRYPOINT_D: Record<string, string> = {
  '10-listen-on-ipv6-by-default.sh': `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

${NGINX_LOG_FN}
ME=$(basename "$0")
DEFAULT_CONF_FILE="etc/nginx/conf.d/default.conf"

# check if the file is already modified, e.g. on a container restart
grep -q "listen  \\[::\\]:80;" /$DEFAULT_CONF_FILE && { entrypoint_log "$ME: info: IPv6 listen already enabled"; exit 0; }

entrypoint_log "$ME: info: Getting the checksum of /$DEFAULT_CONF_FILE"

entrypoint_log "$ME: info: Enabled listen on IPv6 in /$DEFAULT_CONF_FILE"

exit 0
`,
  '15-local-resolvers.envsh': `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

[ "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ] || return 0
`,
  '20-envsubst-on-templates.sh': `#!/bin/sh

set -e

ME=$(basename "$0")

${NGINX_LOG_FN}
auto_envsubst() {
  local template_dir="\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"

  [ -d "$template_dir" ] || return 0
}

auto_envsubst

exit 0
`,
  '30-tune-worker-processes.sh': `#!/bin/sh
# vim:sw=2:ts=2:sts=2:et

set -eu

LC_ALL=C
ME=$(basename "$0")
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

[ "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0
`,
};

/** nextcloud's /cron.sh (the cron sidecar's entrypoint) and the crontab its Dockerfile writes. */
export const NEXTCLOUD_CRON: Record<string, string> = {
  '/cron.sh': '#!/bin/sh\nset -eu\n\nexec busybox crond -f -L /dev/stdout\n',
  '/var/spool/cron/crontabs/www-data': '*/5 * * * * php -f /var/www/html/cron.php\n',
};

/** The entrypoint script at `path` of an image whose default command starts with `cmd0`. */
export function entrypointScript(repo: string, path: string, cmd0: string | undefined): string {
  if (repo === 'node' && path.endsWith('docker-entrypoint.sh')) return NODE_ENTRYPOINT;
  if (repo === 'nginx' && path === '/docker-entrypoint.sh') return NGINX_ENTRYPOINT;
  const program = cmd0 && !cmd0.startsWith('-') ? cmd0.split('/').pop() : undefined;
  const dispatch = program
    ? `# first arg is \`-f\` or \`--some-option\`\nif [ "\${1#-}" != "$1" ]; then\n\tset -- ${program} "$@"\nfi\n\n`
    : '';
  return `#!/bin/sh\nset -e\n\n${dispatch}exec "$@"\n`;
}
