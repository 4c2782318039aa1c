// Hosts for tests and examples: a container-like host over a generated image (debian, ubuntu,
// alpine) and the learner's host over a memory filesystem, with a fixed clock.
import { imageRootfs, type OsFamily } from '../fs/image-rootfs.ts';
import { createMemoryFs, emptyTree } from '../fs/memory-fs.ts';
import { createUnionFs } from '../fs/union-fs.ts';
import type { ProcessInfo, ShellHost } from './context.ts';
import { Shell } from './shell.ts';
import { newState, startShell } from './state.ts';

/** 2026-11-25 10:00:00 UTC. */
export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

const FLAVOUR = { debian: 'bash', ubuntu: 'bash', alpine: 'busybox', busybox: 'busybox', scratch: 'busybox' } as const;

export function containerHost(family: OsFamily = 'debian', extra: Partial<ShellHost> = {}): ShellHost {
  let t = T0;
  const fs = createUnionFs({ layers: [imageRootfs({ family, version: family === 'ubuntu' ? '24.04' : family === 'alpine' ? '3.24.1' : '13', created: Date.UTC(2026, 8, 15) })], now: () => t });
  const processes: ProcessInfo[] = [{ pid: 1, ppid: 0, user: 'root', command: family === 'alpine' || family === 'busybox' ? '/bin/sh' : 'bash', tty: 'pts/0', start: T0 }];
  return {
    fs,
    user: { name: 'root', uid: 0, gid: 0, home: '/root' },
    hostname: '4f5a9c2e1b3d',
    flavour: FLAVOUR[family],
    pid: 1,
    now: () => t,
    processes: () => processes,
    signal: (pid) => processes.some((p) => p.pid === pid),
    wait: async (ms) => {
      t += ms;
      return 'elapsed';
    },
    ...extra,
  };
}

export function containerShell(family: OsFamily = 'debian', extra: Partial<ShellHost> = {}): Shell {
  const host = containerHost(family, extra);
  const env = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: host.hostname, HOME: '/root' };
  if (host.flavour === 'bash') Object.assign(env, { TERM: 'xterm' });
  return new Shell(host, startShell(newState({ cwd: '/', env, name: host.flavour === 'bash' ? 'bash' : 'sh', interactive: true }), host.flavour === 'bash'));
}

/** The learner's machine: a home directory in a memory filesystem, `docker` via the host hook. */
export function learnerShell(extra: Partial<ShellHost> = {}): Shell {
  let t = T0;
  const tree = emptyTree(t);
  const root = createMemoryFs({ now: () => t, tree });
  root.mkdir('/home/learner', { recursive: true });
  root.chown('/home/learner', 1000, 1000);
  root.mkdir('/tmp', { mode: 0o1777 });
  const fs = createMemoryFs({ now: () => t, tree, user: { uid: 1000, gid: 1000 } });
  const programs = new Set(['docker', 'ls', 'cat', 'mkdir', 'rm', 'rmdir', 'touch', 'cp', 'mv', 'head', 'tail', 'wc', 'grep', 'sort', 'uniq', 'env', 'hostname', 'whoami', 'id', 'uname', 'date', 'sleep', 'which', 'ps', 'clear', 'bash', 'sh', 'echo', 'printf', 'true', 'false']);
  const host: ShellHost = {
    fs,
    user: { name: 'learner', uid: 1000, gid: 1000, home: '/home/learner' },
    hostname: 'dockyard',
    flavour: 'bash',
    pid: 4242,
    now: () => t,
    findProgram: (name) => (programs.has(name) ? `/usr/bin/${name}` : null),
    wait: async (ms) => {
      t += ms;
      return 'elapsed';
    },
    ...extra,
  };
  const env = { HOME: '/home/learner', USER: 'learner', PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8', PWD: '/home/learner' };
  return new Shell(host, newState({ cwd: '/home/learner', env, interactive: true }));
}
