// Which executables an image has and where, derived from its OS family, its tool facts and its
// own entrypoint and command. (The filesystem issue replaces this with lookups in real layers.)
import type { CatalogImage, CatalogRepo } from '../catalog/types.ts';
import type { ImageRecord } from '../state.ts';

const COREUTILS = [
  'cat', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'echo', 'env', 'false', 'head', 'hostname', 'id',
  'kill', 'ln', 'ls', 'mkdir', 'mv', 'printenv', 'printf', 'pwd', 'rm', 'rmdir', 'sleep', 'sort', 'tail',
  'touch', 'true', 'uname', 'uniq', 'wc', 'whoami', 'grep', 'sed', 'tr', 'cut', 'find', 'xargs', 'tee',
  'which', 'test', 'mount', 'stat', 'du', 'yes', 'seq', 'basename', 'dirname', 'gzip', 'tar',
];

/** Programs that images with these repositories ship beyond their entrypoint. */
const EXTRA: Record<string, string[]> = {
  node: ['node', 'npm', 'npx', 'yarn', 'corepack'],
  python: ['python', 'python3', 'pip', 'pip3'],
  postgres: ['postgres', 'psql', 'pg_ctl', 'initdb', 'docker-entrypoint.sh'],
  mysql: ['mysqld', 'mysql', 'mysqladmin', 'docker-entrypoint.sh'],
  mariadb: ['mariadbd', 'mariadb', 'mysql', 'docker-entrypoint.sh'],
  redis: ['redis-server', 'redis-cli', 'docker-entrypoint.sh'],
  mongo: ['mongod', 'mongosh', 'docker-entrypoint.sh'],
  nginx: ['nginx', 'nginx-debug', 'envsubst'],
  httpd: ['httpd', 'httpd-foreground', 'apachectl'],
  golang: ['go', 'gofmt'],
  rust: ['cargo', 'rustc', 'rustup'],
};

const DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

function pathOf(name: string, family: string): string {
  if (name.startsWith('/')) return name;
  if (name.endsWith('.sh')) return `/usr/local/bin/${name}`;
  if (family === 'busybox' || family === 'alpine') return `/bin/${name}`;
  if (['sh', 'bash', 'dash'].includes(name)) return `/usr/bin/${name}`;
  return `/usr/bin/${name}`;
}

/** All executables of an image as a map from name (and absolute path) to absolute path. */
export function imageExecutables(image: ImageRecord, repo?: CatalogRepo, cat?: CatalogImage): Map<string, string> {
  const os = cat?.osInfo;
  const family = os?.family ?? 'scratch';
  const names = new Set<string>();
  if (family !== 'scratch' && family !== 'distroless') {
    for (const n of COREUTILS) names.add(n);
    names.add('sh');
  }
  if (family === 'busybox' || family === 'alpine') names.add('ash');
  for (const t of os?.tools ?? []) names.add(t);
  if (os?.shell) names.add(os.shell.split('/').pop() ?? 'sh');
  for (const n of EXTRA[repo?.name ?? ''] ?? []) names.add(n);
  for (const argv of [image.config.Entrypoint, image.config.Cmd]) {
    const first = argv?.[0];
    if (first && !first.includes(' ')) names.add(first.startsWith('/') ? first : first);
  }
  const map = new Map<string, string>();
  for (const n of names) {
    const p = pathOf(n, family);
    if (!n.startsWith('/')) map.set(n, p);
    map.set(p, p);
  }
  return map;
}

/** Resolve argv[0] as exec would (PATH search for bare names), or undefined when missing. */
export function resolveExecutable(execs: Map<string, string>, name: string): string | undefined {
  if (name.includes('/')) {
    if (execs.has(name)) return name;
    const base = name.split('/').pop() ?? '';
    const found = execs.get(base);
    return found && DIRS.some((d) => `${d}/${base}` === name) ? name : found === name ? name : undefined;
  }
  return execs.get(name);
}
