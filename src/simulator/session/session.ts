// The learner's terminal session. At the bottom the host's bash (its files, `docker` as a
// program), which runs every line no program is reading; above it, a stack of processes in
// containers that have the terminal (`docker run -it`, `docker exec -it` shells, `start -ai`,
// `attach`). Whatever reads the terminal (a container's shell, psql, docker's [y/N] question)
// reads it through terminal.ts: its prompt is the prompt, the next line goes to it, and the
// `run` in progress resolves as soon as it waits (the host's line stays suspended inside it).
import type { HostServices } from '../cli/command.ts';
import { containerFs } from '../engine/containers/container-fs.ts';
import { execArgv } from '../engine/containers/processes.ts';
import { containerEnv } from '../engine/containers/start-process.ts';
import { resolveUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { TerminalInput } from '../shell/context.ts';
import type { RunIO, RunResult } from '../types.ts';
import { Collector } from './collector.ts';
import { ContainerFrame, type FrameDeps, type FrameSnapshot, type FrameSpec } from './container-frame.ts';
import { runDocker } from './docker-bridge.ts';
import { HostMachine, type HostState } from './host-machine.ts';
import { Terminal } from './terminal.ts';
import type { Waiter } from './waiter.ts';

export interface SessionState {
  host: HostState;
  /** The container shells above the host's, bottom first. */
  frames: FrameSnapshot[];
}

type Enter = NonNullable<HostServices['enterContainerShell']>;

export class Session {
  readonly engine: Engine;
  readonly waiter: Waiter;
  readonly runtime: Runtime;
  private readonly host: HostMachine;
  /** The processes in containers that have the terminal, bottom first. */
  private readonly frames: ContainerFrame[] = [];
  private readonly terminal: Terminal;
  private readonly deps: FrameDeps;
  private collector?: Collector;
  /** Resolves the `run` in progress when the host's line ends or something reads the terminal. */
  private resolveRun?: (code: number) => void;

  constructor(engine: Engine, waiter: Waiter, runtime: Runtime, state: SessionState) {
    this.engine = engine;
    this.waiter = waiter;
    this.runtime = runtime;
    this.terminal = new Terminal((status) => this.lineDone(status));
    const write = (text: string, stream: 'stdout' | 'stderr') => this.collector?.write(text, stream);
    const bridge = {
      engine,
      waiter,
      collector: () => this.collector,
      enterContainerShell: this.enter,
      settle: (changed?: boolean) => {
        if (changed) runtime.invalidate();
        return runtime.settle();
      },
    };
    this.host = new HostMachine(engine, waiter, state.host, write, (h, req) => runDocker({ ...bridge, hostFs: h.fs }, req), this.terminal);
    this.deps = { engine, runtime, waiter, terminal: this.terminal, onOutput: write };
    // The daemon's view of the host (bind-mount sources) must be there before container shells are restored.
    engine.hostFs = this.host.rootFs;
    const restored = state.frames.map((snap) => ContainerFrame.restore(this.deps, snap)).filter((f) => f !== undefined);
    if (restored.length) void this.resume(restored);
  }

  get state(): SessionState {
    return { host: this.host.state, frames: this.frames.map((f) => f.snapshot()).filter((s) => s !== undefined) };
  }

  /** The prompt of whatever reads the terminal (a container's shell reading a pipe shows none), else the host's. */
  get prompt(): string {
    return this.terminal.waiting?.prompt ?? this.host.shell.prompt;
  }

  /** The program reading the terminal turned echo off (a password prompt). */
  get inputHidden(): boolean {
    return this.terminal.waiting?.hidden ?? false;
  }

  /** Ctrl+C while a line runs: ends a wait, stops the running shell's command. */
  interrupt(): void {
    this.waiter.interrupt();
    const frame = this.frames[this.frames.length - 1];
    if (frame) frame.shell?.interrupt();
    else this.host.shell.interrupt();
  }

  run(line: string, io?: RunIO): Promise<RunResult> {
    return this.withCollector(io, () => (this.terminal.waiting ? this.give({ kind: 'line', text: line }) : this.runOnHost(line)));
  }

  /** Ctrl+D at the prompt: the program reading the terminal gets end of input; the host's bash ignores it. */
  endOfInput(io?: RunIO): Promise<RunResult> {
    return this.withCollector(io, async () => (this.terminal.waiting ? this.give({ kind: 'eof' }) : this.host.shell.state.lastExit));
  }

  /**
   * Ctrl+C at the prompt: the program reading the terminal answers as it does (psql drops its
   * query buffer, redis-cli exits, docker's question is cancelled); bash drops a half-typed
   * command and sets $? to 130. The terminal has shown "^C" and a new line already.
   */
  interruptInput(io?: RunIO): Promise<RunResult> {
    return this.withCollector(io, async () => {
      if (this.terminal.waiting) return this.give({ kind: 'interrupt' });
      this.host.shell.interrupt();
      this.host.shell.state.lastExit = 130;
      return 130;
    });
  }

  private async withCollector(io: RunIO | undefined, body: () => Promise<number>): Promise<RunResult> {
    this.waiter.reset();
    await this.runtime.settle();
    const out = new Collector(io);
    this.collector = out;
    this.waiter.onWait = io?.onWait;
    let exitCode: number;
    try {
      await this.dropEnded();
      exitCode = await body();
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      out.write(`dockyard: internal error: ${e.message}\n`, 'stderr');
      exitCode = 1;
    }
    await this.runtime.settle();
    if (this.collector === out) this.collector = undefined;
    return { stdout: out.stdout, stderr: out.stderr, exitCode };
  }

  private runOnHost(line: string): Promise<number> {
    return new Promise((resolve) => {
      this.resolveRun = resolve;
      this.host.shell.run(line, true).then(
        (r) => this.lineDone(r.exitCode),
        (e: Error) => {
          this.collector?.write(`dockyard: internal error: ${e.message}\n`, 'stderr');
          this.lineDone(1);
        },
      );
    });
  }

  /** Hand input to the reader; the run ends when something reads again or the host's line ends. */
  private give(input: TerminalInput): Promise<number> {
    return new Promise((resolve) => {
      this.resolveRun = resolve;
      this.terminal.give(input);
    });
  }

  private lineDone(code: number): void {
    const resolve = this.resolveRun;
    this.resolveRun = undefined;
    resolve?.(code);
  }

  /** A process whose container stopped meanwhile is gone: its read ends, its docker command returns. */
  private async dropEnded(): Promise<void> {
    for (;;) {
      const top = this.frames[this.frames.length - 1];
      if (!top || top.container(this.engine) || !this.terminal.waiting) return;
      await this.give({ kind: 'eof' });
      if (this.frames[this.frames.length - 1] === top) return;
    }
  }

  /** Run `frame` with the terminal until it ends; it is on the stack meanwhile. */
  private async attach(frame: ContainerFrame): Promise<number> {
    this.frames.push(frame);
    try {
      return await frame.run(this.deps);
    } finally {
      this.frames.splice(this.frames.lastIndexOf(frame), 1);
    }
  }

  /** Container shells from a snapshot: no docker command waits for them; the host's $? takes the last code. */
  private async resume(frames: ContainerFrame[]): Promise<void> {
    this.frames.push(...frames.slice(0, -1));
    let code = 0;
    for (let f: ContainerFrame | undefined = frames[frames.length - 1]; f; f = this.frames.pop()) {
      try {
        code = await this.attach(f);
      } catch (e) {
        this.collector?.write(`dockyard: internal error: ${(e as Error).message}\n`, 'stderr');
        code = 1;
      }
    }
    this.host.shell.state.lastExit = code;
    this.lineDone(code);
  }

  private mainSpec(c: ContainerRecord): FrameSpec {
    const user = resolveUser(containerFs(this.engine, c), c.config.User);
    return { argv: execArgv(c), user: c.config.User, env: containerEnv(c, user.home), workdir: c.config.WorkingDir || '/', tty: c.config.Tty, exec: false };
  }

  /** HostServices.enterContainerShell: the process has the terminal until it ends; the run that entered resolves once it reads. */
  private readonly enter: Enter = (id, opts) => {
    const c = this.engine.state.containers[id];
    const spec: FrameSpec = opts.exec ? { ...opts.exec, exec: true } : this.mainSpec(c);
    return this.attach(ContainerFrame.open(this.deps, c, spec));
  };
}
