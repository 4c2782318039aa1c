// Where an image's own programs live, as the official images install them: runtimes built from
// source under /usr/local (node, python, redis, php), toolchains in their own trees (/usr/local/go,
// /usr/local/cargo, $JAVA_HOME), distribution packages in /usr/bin and /usr/sbin. Facts for the
// app layer (app-layer.ts); the base OS programs come from fs/image-rootfs.ts.

/** Programs in a directory of their own, by name. */
const FIXED: Record<string, string> = {
  go: '/usr/local/go/bin', gofmt: '/usr/local/go/bin',
  cargo: '/usr/local/cargo/bin', rustc: '/usr/local/cargo/bin', rustup: '/usr/local/cargo/bin',
  nginx: '/usr/sbin', 'nginx-debug': '/usr/sbin',
  httpd: '/usr/local/apache2/bin', apachectl: '/usr/local/apache2/bin',
  mysqld: '/usr/sbin', mariadbd: '/usr/sbin',
  mongod: '/usr/bin', mongosh: '/usr/bin',
  grafana: '/usr/share/grafana/bin', 'grafana-cli': '/usr/share/grafana/bin',
  prometheus: '/bin', promtool: '/bin', registry: '/bin',
  'elasticsearch-keystore': '/usr/share/elasticsearch/bin', 'elasticsearch-users': '/usr/share/elasticsearch/bin',
  rabbitmqctl: '/opt/rabbitmq/sbin', 'rabbitmq-plugins': '/opt/rabbitmq/sbin', 'rabbitmq-diagnostics': '/opt/rabbitmq/sbin', 'rabbitmq-server': '/opt/rabbitmq/sbin',
  tini: '/usr/bin',
};

/** Programs the official images build from source into /usr/local/bin. */
const LOCAL = new Set([
  'node', 'npm', 'npx', 'yarn', 'yarnpkg', 'corepack',
  'python', 'python3', 'pip', 'pip3', 'pydoc3', 'idle3',
  'redis-server', 'redis-cli', 'redis-benchmark', 'redis-check-aof', 'redis-check-rdb', 'redis-sentinel',
  'php', 'pecl', 'pear', 'phpize', 'php-config', 'docker-php-ext-install', 'docker-php-ext-enable', 'docker-php-ext-configure',
  'gosu', 'memcached', 'traefik', 'wp', 'mvn', 'gunicorn', 'healthcheck.sh', 'httpd-foreground', 'su-exec',
]);

const JAVA = new Set(['java', 'javac', 'jshell', 'keytool', 'jar', 'javadoc']);
const POSTGRES = new Set(['postgres', 'psql', 'pg_ctl', 'initdb', 'pg_dump', 'pg_restore', 'createdb', 'dropdb', 'pg_isready']);

/** The runtimes each repository adds beyond its config and OS tools (npm with node ...). */
export const RUNTIMES: Record<string, string[]> = {
  node: ['node', 'npm', 'npx', 'corepack', 'yarn'],
  python: ['python', 'python3', 'pip', 'pip3', 'pydoc3'],
  postgres: ['postgres', 'psql', 'pg_ctl', 'initdb', 'pg_dump', 'createdb', 'pg_isready', 'gosu'],
  mysql: ['mysqld', 'mysql', 'mysqladmin', 'mysqldump', 'gosu'],
  mariadb: ['mariadbd', 'mariadb', 'gosu'],
  redis: ['redis-server', 'redis-cli', 'redis-benchmark'],
  mongo: ['mongod', 'mongosh', 'gosu'],
  nginx: ['nginx', 'nginx-debug', 'envsubst'],
  httpd: ['httpd', 'apachectl'],
  golang: ['go', 'gofmt'],
  rust: ['cargo', 'rustc', 'rustup'],
  php: ['php', 'pecl', 'docker-php-ext-install'],
};

function envValue(env: string[], key: string): string | undefined {
  const kv = env.find((e) => e.startsWith(`${key}=`));
  return kv?.slice(key.length + 1);
}

/** Absolute path of the program `name` in an image with this environment and OS family. */
export function programPath(name: string, env: string[], family: string): string {
  if (name.startsWith('/')) return name;
  if (FIXED[name]) return `${FIXED[name]}/${name}`;
  if (JAVA.has(name)) return `${envValue(env, 'JAVA_HOME') ?? '/usr/lib/jvm/default-java'}/bin/${name}`;
  if (POSTGRES.has(name) && family !== 'alpine') {
    const major = envValue(env, 'PG_MAJOR');
    if (major) return `/usr/lib/postgresql/${major}/bin/${name}`;
  }
  if (LOCAL.has(name) || name.endsWith('.sh') || POSTGRES.has(name)) return `/usr/local/bin/${name}`;
  if (name === 'dotnet') return '/usr/share/dotnet/dotnet';
  return family === 'busybox' ? `/bin/${name}` : `/usr/bin/${name}`;
}

/** Executables that are shell scripts in the real images (entrypoints, wrappers). */
export function isScriptName(path: string): boolean {
  const base = path.split('/').pop() ?? '';
  return base.endsWith('.sh') || base.endsWith('.envsh') || /entrypoint/.test(base) || base === 'httpd-foreground';
}
