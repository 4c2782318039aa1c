// The processes inside a running container, as the host's `ps` sees them for `docker top` and
// as `docker stats` counts and sizes them: PID 1 is the container's main process (an
// entrypoint script has exec'd its arguments by then); well-known servers add their workers
// (nginx one per CPU, httpd's prefork children, postgres' background processes). The main
// process's parent is the containerd shim. Memory figures are typical resident sizes.
import type { Engine } from '../engine.ts';
import { HOST } from '../daemon-version.ts';
import type { ContainerRecord } from '../state.ts';
import { loadedServiceModels } from '../programs/models.ts';
import { containerFs } from './container-fs.ts';
import { resolveUser } from './user.ts';

export interface ProcessInfo {
  uid: number;
  pid: number;
  ppid: number;
  /** ms since the epoch. */
  started: number;
  tty: string;
  cmd: string;
  /** Resident and virtual memory in KiB. */
  rss: number;
  vsz: number;
}

interface Profile {
  title?: (argv: string[]) => string;
  uid?: number;
  rss: number;
  vsz: number;
  children?: (cpus: number) => { cmd: string; uid: number; rss: number; vsz: number }[];
}

const PROFILES: Record<string, Profile> = {
  nginx: {
    title: (argv) => `nginx: master process ${argv.join(' ')}`,
    rss: 5_640,
    vsz: 11_404,
    children: (cpus) => Array.from({ length: cpus }, () => ({ cmd: 'nginx: worker process', uid: 101, rss: 2_828, vsz: 11_872 })),
  },
  httpd: {
    rss: 4_540,
    vsz: 5_976,
    children: () => Array.from({ length: 3 }, () => ({ cmd: 'httpd -DFOREGROUND', uid: 33, rss: 3_520, vsz: 1_996_580 })),
  },
  postgres: {
    uid: 999,
    rss: 28_600,
    vsz: 219_272,
    children: () =>
      ['checkpointer', 'background writer', 'walwriter', 'autovacuum launcher', 'logical replication launcher'].map((p) => ({
        cmd: `postgres: ${p} `,
        uid: 999,
        rss: 6_200,
        vsz: 219_400,
      })),
  },
  'redis-server': { uid: 999, rss: 11_480, vsz: 139_092 },
  mysqld: { uid: 999, rss: 402_112, vsz: 2_596_532 },
  mariadbd: { uid: 999, rss: 93_500, vsz: 1_136_208 },
  mongod: { uid: 999, rss: 171_240, vsz: 2_621_336 },
  registry: { rss: 18_400, vsz: 1_252_144 },
  node: { rss: 44_100, vsz: 1_020_544 },
  python3: { rss: 9_800, vsz: 17_240 },
};

const DEFAULT_PROFILE: Profile = { rss: 1_024, vsz: 1_640 };

function basename(p: string): string {
  return p.split('/').pop() ?? p;
}

/** What PID 1 runs: an entrypoint script has exec'd its arguments. */
export function execArgv(c: ContainerRecord): string[] {
  if (c.process?.argv) return c.process.argv;
  if (/entrypoint/.test(basename(c.path)) && c.args.length > 0 && !c.args[0].startsWith('-')) return c.args;
  return [c.path, ...c.args];
}

function profileOf(argv: string[]): Profile {
  return PROFILES[basename(argv[0])] ?? DEFAULT_PROFILE;
}

/**
 * PID 1's command line as ps shows it: a service model's (what the entrypoint exec'd, `registry
 * serve <yml>`, `mongod --bind_ip_all`, redis's `redis-server *:6379` title) or execArgv, with
 * the title a server gives itself (nginx's master process); `uid` when the server switched to
 * its own user (gosu, nginx's user).
 */
export function mainCommand(engine: Engine, c: ContainerRecord): { argv: string[]; cmd: string; uid?: number } {
  const argv = loadedServiceModels()?.argvOf(engine, c) ?? execArgv(c);
  const p = profileOf(argv);
  return { argv, cmd: p.title ? p.title(argv) : argv.join(' '), uid: p.uid };
}

/** The containerd shim's PID, started just before the container's process. */
/** The uid of the container's configured user (a name is looked up in its /etc/passwd). */
function configUid(engine: Engine, c: ContainerRecord): number {
  const name = c.config.User.split(':')[0];
  if (/^\d+$/.test(name)) return Number(name);
  if (name === '') return 0;
  try {
    return resolveUser(containerFs(engine, c), c.config.User).uid;
  } catch {
    return 0;
  }
}

function shimPid(c: ContainerRecord): number {
  return Math.max(2, c.state.pid - 19);
}

export function containerProcesses(engine: Engine, c: ContainerRecord): ProcessInfo[] {
  const { argv, cmd } = mainCommand(engine, c);
  const p = profileOf(argv);
  const tty = c.config.Tty ? 'pts/0' : '?';
  const uid = p.uid ?? configUid(engine, c);
  const started = c.state.startedAt;
  const main: ProcessInfo = { uid, pid: c.state.pid, ppid: shimPid(c), started, tty, cmd, rss: p.rss, vsz: p.vsz };
  const children = (p.children?.(HOST.cpus) ?? []).map((ch, i) => ({
    ...ch,
    pid: c.state.pid + 21 + i,
    ppid: c.state.pid,
    started,
    tty,
  }));
  return [main, ...children];
}
