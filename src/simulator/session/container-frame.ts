// A process in a container that has the learner's terminal: the container's main process
// (`docker run -it ubuntu bash`, `run -it postgres psql -h db`, `start -ai`, `attach`) or one
// that `docker exec -it` started. A shell reads its lines here, at its prompt (its state is kept
// for snapshots); any other program (psql, redis-cli, mysql ...) runs with the terminal as its
// stdin and reads it itself. When it ends, the main process's exit stops the container with its
// code; an exec'd one just ends.
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
import type { Flavour, TerminalInput, TerminalReader } from '../shell/context.ts';
import { DEFAULT_LIMITS } from '../shell/context.ts';
import { runArgv, Shell, type ShellSnapshot } from '../shell/shell.ts';
import { newState, startShell } from '../shell/state.ts';
import type { Terminal } from './terminal.ts';
import type { Waiter } from './waiter.ts';

export interface FrameDeps {
  engine: Engine;
  runtime: Runtime;
  waiter: Waiter;
  terminal: Terminal;
  onOutput(text: string, stream: 'stdout' | 'stderr'): void;
}

export interface FrameSpec {
  argv: string[];
  user: string;
  env: Record<string, string>;
  workdir: string;
  /** With a TTY the process prompts and is interactive; without one (-i alone) it just reads lines. */
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

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** A shell that reads commands from its terminal: no -c, no script. */
export function isInteractiveShell(argv: string[]): boolean {
  return SHELLS.has(basename(argv[0] ?? '')) && argv.slice(1).every((a) => a.startsWith('-') && !/^-[a-zA-Z]*c/.test(a));
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

/** The container stopped (or started anew) while its process waited for the terminal. */
class ProcessGone extends Error {}

export class ContainerFrame {
  readonly containerId: string;
  readonly startedAt: number;
  readonly exec: boolean;
  readonly tty: boolean;
  readonly user: ExecUser;
  readonly flavour: Flavour;
  readonly command: string;
  readonly pid: number;
  /** The interactive shell; absent for another program (which is not kept in snapshots). */
  shell?: Shell;
  private spec?: FrameSpec;

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
  private echo(engine: Engine, text: string): void {
    const c = this.container(engine);
    if (c && !this.exec && this.tty && text) writeLog(engine, c, [{ stream: 'stdout', text }]);
  }

  /** Wait for the learner's input at `prompt`, echoed as the TTY would; `status`: the run's code. */
  private async read(deps: FrameDeps, status: number, prompt: string, opts: { hidden?: boolean } = {}): Promise<TerminalInput> {
    this.echo(deps.engine, prompt);
    const input = await deps.terminal.readAfter(status, prompt, opts);
    if (!this.container(deps.engine)) throw new ProcessGone();
    if (input.kind === 'line' && !opts.hidden) this.echo(deps.engine, `${input.text}\n`);
    return input;
  }

  private host(deps: FrameDeps, c: ContainerRecord) {
    const terminal: TerminalReader = { read: (prompt, opts) => this.read(deps, 0, prompt, opts) };
    const host = containerShellHost(deps.engine, c, {
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
    host.terminal = terminal;
    return host;
  }

  /** Start `spec.argv` in `c` (its executable already found there): a shell, or another program. */
  static open(deps: FrameDeps, c: ContainerRecord, spec: FrameSpec): ContainerFrame {
    const fs = containerFs(deps.engine, c);
    const user = resolveUser(fs, spec.user);
    const found = lookPath(fs, spec.argv[0], spec.env.PATH, spec.workdir);
    const flavour = flavourOf(fs, 'path' in found ? found.path : spec.argv[0]);
    const frame = new ContainerFrame(deps, c, user, flavour, spec, spec.argv.join(' '));
    if (!isInteractiveShell(spec.argv)) {
      frame.spec = spec;
      return frame;
    }
    const name = flavour === 'bash' ? basename(spec.argv[0]) : spec.argv[0];
    const state = startShell(newState({ cwd: spec.workdir || '/', env: { ...spec.env }, name, interactive: spec.tty }), flavour === 'bash');
    frame.shell = new Shell(frame.host(deps, c), state);
    return frame;
  }

  /** A shell's frame from a snapshot, if its container still runs the same process. */
  static restore(deps: FrameDeps, snap: FrameSnapshot): ContainerFrame | undefined {
    const c = deps.engine.state.containers[snap.containerId];
    if (!c || c.state.startedAt !== snap.startedAt || c.state.status !== 'running') return undefined;
    const frame = new ContainerFrame(deps, c, snap.user, snap.flavour, snap, snap.command);
    frame.shell = Shell.restore(frame.host(deps, c), snap.shell);
    return frame;
  }

  /** Plain JSON for a snapshot; a program other than a shell has none (it cannot be resumed). */
  snapshot(): FrameSnapshot | undefined {
    const { containerId, startedAt, exec, tty, user, flavour, command, shell } = this;
    return shell && { containerId, startedAt, exec, tty, user, flavour, command, shell: shell.snapshot() };
  }

  /** The container still runs the process this frame belongs to. */
  container(engine: Engine): ContainerRecord | undefined {
    const c = engine.state.containers[this.containerId];
    const up = c && (c.state.status === 'running' || c.state.status === 'paused');
    return up && c.state.startedAt === this.startedAt ? c : undefined;
  }

  /** Run the process with the terminal until it ends; its exit code (the container's if it stopped meanwhile). */
  async run(deps: FrameDeps): Promise<number> {
    let code: number;
    try {
      code = this.shell ? await this.shellLoop(deps, this.shell) : await this.program(deps);
    } catch (e) {
      if (!(e instanceof ProcessGone)) throw e;
      return this.exec ? 137 : (deps.engine.state.containers[this.containerId]?.state.exitCode ?? 0);
    }
    this.finish(deps, code);
    return code;
  }

  /** The shell reads a line at its prompt and runs it, until it exits. */
  private async shellLoop(deps: FrameDeps, shell: Shell): Promise<number> {
    let status = shell.state.lastExit;
    for (;;) {
      const input = await this.read(deps, status, this.tty ? shell.prompt : '');
      if (input.kind === 'interrupt') {
        // The half-typed command is dropped; bash and sh then report 130 in $?.
        shell.interrupt();
        status = shell.state.lastExit = 130;
        continue;
      }
      const r = input.kind === 'eof' ? shell.endOfInput() : await shell.run(input.text, this.tty);
      if (input.kind === 'eof' && this.tty) deps.onOutput(r.stderr, 'stderr');
      const c = this.container(deps.engine);
      if (c) syncSizeRw(deps.engine, c);
      if (r.exited) return r.exitCode;
      status = r.exitCode;
    }
  }

  /** Any other program: it runs to its end, reading the terminal as its stdin. */
  private async program(deps: FrameDeps): Promise<number> {
    const c = this.container(deps.engine);
    const spec = this.spec;
    if (!c || !spec) return 0;
    const r = await runArgv(this.host(deps, c), spec.argv, { cwd: spec.workdir || '/', env: { ...spec.env } }, DEFAULT_LIMITS, spec.tty);
    return r?.exitCode ?? 127;
  }

  /** The process ended with `code`: the main process's end stops the container. */
  private finish(deps: FrameDeps, code: number): void {
    const c = this.container(deps.engine);
    if (!c) return;
    syncSizeRw(deps.engine, c);
    if (this.exec) deps.runtime.processes.remove(c, this.pid);
    else processExited(deps.engine, c, code);
  }
}
