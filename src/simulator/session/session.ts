// The learner's terminal session: a stack of shells. At the bottom the host's bash (its files,
// `docker` as a program); above it the interactive shells of containers (`docker run -it`,
// `docker exec -it`, `start -ai`, `attach`). A line goes to the top shell; the prompt is the top
// shell's. The docker command that entered a container shell waits, in the host's line, until
// that shell exits; the `run` that typed it resolves as soon as the shell is ready.
import type { HostServices } from '../cli/command.ts';
import { containerFs, syncSizeRw } from '../engine/containers/container-fs.ts';
import { execArgv } from '../engine/containers/processes.ts';
import { containerEnv } from '../engine/containers/start-process.ts';
import { resolveUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Shell } from '../shell/shell.ts';
import type { RunIO, RunResult } from '../types.ts';
import { Collector } from './collector.ts';
import { ContainerFrame, type FrameDeps, type FrameSnapshot, type FrameSpec } from './container-frame.ts';
import { runDocker } from './docker-bridge.ts';
import { HostMachine, type HostState } from './host-machine.ts';
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
  private readonly frames: ContainerFrame[] = [];
  private readonly deps: FrameDeps;
  private collector?: Collector;
  /** Resolves the `run` in progress when the host's line ends or enters a container shell. */
  private resolveRun?: (code: number) => void;

  constructor(engine: Engine, waiter: Waiter, runtime: Runtime, state: SessionState) {
    this.engine = engine;
    this.waiter = waiter;
    this.runtime = runtime;
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
    this.host = new HostMachine(engine, waiter, state.host, (text, stream) => this.collector?.write(text, stream), (h, req) => runDocker({ ...bridge, hostFs: h.fs }, req));
    this.deps = { engine, runtime, waiter, onOutput: (text, stream) => this.collector?.write(text, stream) };
    // The daemon's view of the host (bind-mount sources) must be there before container shells are restored.
    engine.hostFs = this.host.rootFs;
    for (const snap of state.frames) {
      const frame = ContainerFrame.restore(this.deps, snap);
      if (frame) this.frames.push(frame);
    }
  }

  get state(): SessionState {
    return { host: this.host.state, frames: this.frames.map((f) => f.snapshot()) };
  }

  private get top(): Shell {
    return this.frames.length ? this.frames[this.frames.length - 1].shell : this.host.shell;
  }

  /** The top shell's prompt; a shell reading a pipe (`docker run -i` without -t) shows none. */
  get prompt(): string {
    const frame = this.frames[this.frames.length - 1];
    return frame && !frame.tty ? '' : this.top.prompt;
  }

  /** Ctrl+C: ends a wait, stops the top shell's command or drops its half-typed line. */
  interrupt(): void {
    this.waiter.interrupt();
    this.top.interrupt();
  }

  run(line: string, io?: RunIO): Promise<RunResult> {
    return this.withCollector(io, () => (this.frames.length ? this.runInContainer(line) : this.runOnHost(line)));
  }

  /** Ctrl+D at the prompt: a container's shell ends as with `exit`; the host's ignores it. */
  endOfInput(io?: RunIO): Promise<RunResult> {
    return this.withCollector(io, async () => {
      const frame = this.frames[this.frames.length - 1];
      if (!frame) return this.host.shell.state.lastExit;
      const r = frame.shell.endOfInput();
      if (frame.tty) this.collector?.write(r.stderr, 'stderr');
      return r.exited ? this.leave(frame, r.exitCode) : r.exitCode;
    });
  }

  private async withCollector(io: RunIO | undefined, body: () => Promise<number>): Promise<RunResult> {
    this.waiter.reset();
    await this.runtime.settle();
    const out = new Collector(io);
    this.collector = out;
    let exitCode: number;
    try {
      await this.dropEndedFrames();
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

  private lineDone(code: number): void {
    const resolve = this.resolveRun;
    this.resolveRun = undefined;
    resolve?.(code);
  }

  private async runInContainer(line: string): Promise<number> {
    const frame = this.frames[this.frames.length - 1];
    frame.echo(this.engine, `${line}\n`);
    const r = await frame.shell.run(line, frame.tty);
    const c = frame.container(this.engine);
    if (c) syncSizeRw(this.engine, c);
    if (r.exited) return this.leave(frame, r.exitCode);
    frame.echo(this.engine, frame.shell.prompt);
    return r.exitCode;
  }

  /** The top shell ended: hand its code to the docker command that entered it, and wait for the line. */
  private leave(frame: ContainerFrame, code: number, finish = true): Promise<number> {
    this.frames.pop();
    if (finish) frame.finish(this.deps, code);
    const done = frame.done;
    frame.done = undefined;
    if (!done) {
      // A shell restored from a snapshot: no docker command waits for it; the host's $? takes its code.
      if (this.frames.length === 0) this.host.shell.state.lastExit = code;
      return Promise.resolve(code);
    }
    return new Promise((resolve) => {
      this.resolveRun = resolve;
      done(code);
    });
  }

  /** Shells whose container stopped meanwhile are gone; their docker command returns. */
  private async dropEndedFrames(): Promise<void> {
    for (let top = this.frames[this.frames.length - 1]; top && !top.container(this.engine); top = this.frames[this.frames.length - 1]) {
      const c = this.engine.state.containers[top.containerId];
      await this.leave(top, top.exec ? 137 : (c?.state.exitCode ?? 0), false);
    }
  }

  private mainSpec(c: ContainerRecord): FrameSpec {
    const user = resolveUser(containerFs(this.engine, c), c.config.User);
    return { argv: execArgv(c), user: c.config.User, env: containerEnv(c, user.home), workdir: c.config.WorkingDir || '/', tty: c.config.Tty, exec: false };
  }

  /** HostServices.enterContainerShell: push the shell; the run that entered it resolves now. */
  private readonly enter: Enter = (id, opts) => {
    const c = this.engine.state.containers[id];
    const spec: FrameSpec = opts.exec ? { ...opts.exec, exec: true } : this.mainSpec(c);
    const frame = ContainerFrame.open(this.deps, c, spec);
    this.frames.push(frame);
    frame.echo(this.engine, frame.shell.prompt);
    return new Promise<number>((resolve) => {
      frame.done = resolve;
      this.lineDone(0);
    });
  };
}
