// The learner's machine: its files (host-fs.ts) seen by the learner and by the daemon (root, for
// bind mounts), its processes for `ps`, and the login shell the terminal starts in, with
// `docker` as an external program. Its state (the file tree, the shell's variables, directory
// and history) is plain JSON for snapshots.
import type { Engine } from '../engine/engine.ts';
import { createMemoryFs, type MemoryFs, type TreeDir } from '../fs/memory-fs.ts';
import { KERNEL } from '../runtime/container-host.ts';
import { hostNetProgram } from '../programs/net/index.ts';
import type { ExternalRequest, ProcessInfo, ShellHost, TerminalReader } from '../shell/context.ts';
import { Shell, type ShellSnapshot } from '../shell/shell.ts';
import { newState, startShell } from '../shell/state.ts';
import { startDaemon, daemonDown } from '../engine/daemon-service.ts';
import { hostAdmin } from './host-admin.ts';
import { HOME, HOST_NAME, HOST_USER, LEARNER, newHostTree } from './host-fs.ts';
import type { Waiter } from './waiter.ts';

export interface HostState {
  tree: TreeDir;
  /** The login shell; absent in a new session. */
  shell?: ShellSnapshot;
}

/** The login shell's PID ($$). */
const SHELL_PID = 1187;

/** Debian's environment for a login shell of an ordinary user. */
function loginEnv(): Record<string, string> {
  return {
    HOME,
    LANG: 'C.UTF-8',
    LOGNAME: HOST_USER,
    PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
    PWD: HOME,
    SHELL: '/bin/bash',
    TERM: 'xterm-256color',
    USER: HOST_USER,
  };
}

export function initialHost(now: number, files?: Record<string, string>): HostState {
  return { tree: newHostTree(now, files) };
}

/** docker.socket: a docker command while the service is stopped starts it first. */
function activated(engine: Engine, go: () => Promise<number>): Promise<number> {
  if (daemonDown(engine)) startDaemon(engine);
  return go();
}

type Docker = (host: HostMachine, req: ExternalRequest) => Promise<number>;

export class HostMachine {
  readonly tree: TreeDir;
  /** The files as the learner (uid 1000) sees them. */
  readonly fs: MemoryFs;
  /** The same files as root sees them: the daemon's view, for bind mounts. */
  readonly rootFs: MemoryFs;
  readonly shell: Shell;
  private readonly engine: Engine;

  constructor(engine: Engine, waiter: Waiter, state: HostState, onOutput: ShellHost['onOutput'], docker: Docker, terminal?: TerminalReader) {
    this.engine = engine;
    this.tree = state.tree;
    const now = () => engine.now();
    this.fs = createMemoryFs({ now, tree: this.tree, user: LEARNER });
    this.rootFs = createMemoryFs({ now, tree: this.tree });
    const wait = async (ms: number) => ((await waiter.wait(ms)) === 'interrupted' ? 'interrupted' as const : 'elapsed' as const);
    const net = hostNetProgram(engine, this.fs, wait);
    const run = (req: ExternalRequest) => (req.name === 'docker' ? activated(engine, () => docker(this, req)) : net(req));
    const host: ShellHost = {
      fs: this.fs,
      user: { name: HOST_USER, ...LEARNER, home: HOME },
      hostname: HOST_NAME,
      flavour: 'bash',
      pid: SHELL_PID,
      now,
      processes: () => this.processes(),
      signal: (pid) => this.processes().some((p) => p.pid === pid),
      wait,
      external: (req) => hostAdmin(engine, run, req) ?? run(req),
      kernel: KERNEL,
      onOutput,
    };
    if (terminal) host.terminal = terminal;
    const fresh = () => startShell(newState({ cwd: HOME, env: loginEnv(), name: 'bash', interactive: true }), true);
    this.shell = state.shell ? Shell.restore(host, state.shell) : new Shell(host, fresh());
  }

  get state(): HostState {
    return { tree: this.tree, shell: this.shell.snapshot() };
  }

  /** The host's processes as `ps` lists them: init, the container daemons, the login shell. */
  private processes(): ProcessInfo[] {
    const boot = Math.min(...Object.values(this.engine.state.networks).map((n) => n.created), this.engine.now());
    return [
      { pid: 1, ppid: 0, user: 'root', command: '/sbin/init', tty: '?', start: boot, stat: 'Ss' },
      { pid: 512, ppid: 1, user: 'root', command: '/usr/bin/containerd', tty: '?', start: boot, stat: 'Ssl' },
      { pid: 641, ppid: 1, user: 'root', command: '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock', tty: '?', start: boot, stat: 'Ssl' },
      { pid: SHELL_PID, ppid: 1160, user: HOST_USER, command: 'bash', tty: 'pts/0', start: boot, stat: 'Ss' },
    ];
  }
}
