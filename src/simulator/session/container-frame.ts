// An interactive shell inside a container that the terminal talks to: the container's main
// process (`docker run -it ubuntu bash`, `start -ai`, `attach`) or a process `docker exec -it`
// started. It lives as long as the shell does; when it exits, the main process's exit stops the
// container with its code, an exec'd one just ends.
import { containerFs, syncSizeRw } from '../engine/containers/container-fs.ts';
import { lookPath } from '../engine/containers/exec-path.ts';
import { processExited, writeLog } from '../engine/containers/lifecycle.ts';
import { resolveUser, type ExecUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { basename } from '../fs/path.ts';
import type { Vfs } from '../fs/types.ts';
import { containerShellHost } from '../runtime/container-host.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Flavour } from '../shell/context.ts';
import { Shell, type ShellSnapshot } from '../shell/shell.ts';
import { newState, startShell } from '../shell/state.ts';
import type { Waiter } from './waiter.ts';

export interface FrameDeps {
  engine: Engine;
  runtime: Runtime;
  waiter: Waiter;
  onOutput(text: string, stream: 'stdout' | 'stderr'): void;
}

export interface FrameSpec {
  argv: string[];
  user: string;
  env: Record<string, string>;
  workdir: string;
  /** With a TTY the shell prompts and is interactive; without one (-i alone) it just reads lines. */
  tty: boolean;
  exec: boolean;
}

export interface FrameSnapshot {
  containerId: string;
  startedAt: number;
  exec: boolean;
  tty: boolean;
  user: ExecUser;
  flavour: Flavour;
  command: string;
  shell: ShellSnapshot;
}

/** Which shell a program is: bash, dash, or busybox ash (what `sh` links to decides). */
function flavourOf(fs: Vfs, path: string): Flavour {
  let real = path;
  try {
    real = fs.realpath(path);
  } catch {
    // keep the name
  }
  const base = basename(real);
  return base === 'bash' ? 'bash' : base === 'dash' ? 'dash' : 'busybox';
}

export class ContainerFrame {
  readonly containerId: string;
  readonly startedAt: number;
  readonly exec: boolean;
  readonly tty: boolean;
  readonly user: ExecUser;
  readonly flavour: Flavour;
  readonly command: string;
  readonly pid: number;
  shell!: Shell;
  /** Resolves the docker command that entered the shell, with the shell's exit code. */
  done?: (code: number) => void;

  private constructor(deps: FrameDeps, c: ContainerRecord, user: ExecUser, flavour: Flavour, kind: { exec: boolean; tty: boolean }, command: string) {
    this.containerId = c.id;
    this.startedAt = c.state.startedAt;
    this.exec = kind.exec;
    this.tty = kind.tty;
    this.user = user;
    this.flavour = flavour;
    this.command = command;
    this.pid = kind.exec ? deps.runtime.processes.add(c, command, user.name ?? String(user.uid), kind.tty, deps.engine.now()) : 1;
  }

  /** What the terminal echoes (the prompt, the typed line) reaches the log of a TTY main process. */
  echo(engine: Engine, text: string): void {
    const c = this.container(engine);
    if (c && !this.exec && this.tty && text) writeLog(engine, c, [{ stream: 'stdout', text }]);
  }

  private host(deps: FrameDeps, c: ContainerRecord) {
    return containerShellHost(deps.engine, c, {
      user: this.user,
      pid: this.pid,
      flavour: this.flavour,
      now: () => deps.engine.now(),
      wait: async (ms) => ((await deps.waiter.wait(ms)) === 'interrupted' ? 'interrupted' : 'elapsed'),
      processes: () => deps.runtime.processes.list(deps.engine, c),
      onOutput: (text, stream) => {
        deps.onOutput(text, stream);
        // The main process's terminal is the container's log: what it shows goes there too.
        if (!this.exec) writeLog(deps.engine, c, [{ stream, text }]);
      },
    });
  }

  /** Start the shell `spec.argv` in `c` (its executable already found there). */
  static open(deps: FrameDeps, c: ContainerRecord, spec: FrameSpec): ContainerFrame {
    const fs = containerFs(deps.engine, c);
    const user = resolveUser(fs, spec.user);
    const found = lookPath(fs, spec.argv[0], spec.env.PATH, spec.workdir);
    const flavour = flavourOf(fs, 'path' in found ? found.path : spec.argv[0]);
    const frame = new ContainerFrame(deps, c, user, flavour, spec, spec.argv.join(' '));
    const name = flavour === 'bash' ? basename(spec.argv[0]) : spec.argv[0];
    const state = startShell(newState({ cwd: spec.workdir || '/', env: { ...spec.env }, name, interactive: spec.tty }), flavour === 'bash');
    frame.shell = new Shell(frame.host(deps, c), state);
    return frame;
  }

  /** A frame from a snapshot, if its container still runs the same process. */
  static restore(deps: FrameDeps, snap: FrameSnapshot): ContainerFrame | undefined {
    const c = deps.engine.state.containers[snap.containerId];
    if (!c || c.state.startedAt !== snap.startedAt || c.state.status !== 'running') return undefined;
    const frame = new ContainerFrame(deps, c, snap.user, snap.flavour, snap, snap.command);
    frame.shell = Shell.restore(frame.host(deps, c), snap.shell);
    return frame;
  }

  snapshot(): FrameSnapshot {
    const { containerId, startedAt, exec, tty, user, flavour, command } = this;
    return { containerId, startedAt, exec, tty, user, flavour, command, shell: this.shell.snapshot() };
  }

  /** The container still runs the process this shell belongs to. */
  container(engine: Engine): ContainerRecord | undefined {
    const c = engine.state.containers[this.containerId];
    const up = c && (c.state.status === 'running' || c.state.status === 'paused');
    return up && c.state.startedAt === this.startedAt ? c : undefined;
  }

  /** The shell ended with `code`: the main process's end stops the container. */
  finish(deps: FrameDeps, code: number): void {
    const c = this.container(deps.engine);
    if (!c) return;
    syncSizeRw(deps.engine, c);
    if (this.exec) deps.runtime.processes.remove(c, this.pid);
    else processExited(deps.engine, c, code);
  }
}
