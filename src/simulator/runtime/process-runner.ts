// The shell-backed ProcessRunner: a container's main process (ls, cat, sh -c '...') runs in the
// shell over the container's files as a coroutine on the simulated clock. What it prints goes to
// the container's log at its own time; a `sleep` suspends it until the clock gets there (a
// scheduled event, so `docker logs` of a `while ...; sleep 1; done` loop grows as time passes);
// its end is the container's exit, unless it exec'd the image's server (exec-handoff.ts), which
// then is the process. A process whose container stopped is cancelled at its next wait.
import { containerFs, syncSizeRw } from '../engine/containers/container-fs.ts';
import { processExited, writeLog } from '../engine/containers/lifecycle.ts';
import type { ProbeResult } from '../engine/containers/health.ts';
import type { ProcessRunner } from '../engine/containers/process-runner.ts';
import { containerEnv } from '../engine/containers/start-process.ts';
import { resolveUser } from '../engine/containers/user.ts';
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';
import { DEFAULT_LIMITS } from '../shell/context.ts';
import { runArgv } from '../shell/shell.ts';
import { containerShellHost } from './container-host.ts';
import { execHandoffPlan, handOver } from './exec-handoff.ts';
import { runProbe } from './health-probe.ts';
import type { ProcessTable } from './process-table.ts';

type WaitResult = 'elapsed' | 'interrupted';

interface Proc {
  containerId: string;
  pid: number;
  startedAt: number;
  /** The process's own time: its start, advanced by each wait. */
  t: number;
  wakeAt?: number;
  resume?: (r: WaitResult) => void;
  /** The shell exec'd the image's server, which is the container's process now (exec-handoff.ts). */
  handedOff?: boolean;
}

export class ShellProcessRunner implements ProcessRunner {
  private readonly procs = new Set<Proc>();
  /** Piped input waiting for a container's next main process (pipeStdin). */
  private readonly pendingStdin = new Map<string, string>();
  private readonly table: ProcessTable;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(table: ProcessTable) {
    this.table = table;
  }

  /** Some process is running (not waiting on the clock). */
  get isBusy(): boolean {
    return this.busy > 0;
  }

  /** Resolves once every process waits on the clock or has ended. */
  idle(): Promise<void> {
    return this.busy === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private setBusy(delta: number): void {
    this.busy += delta;
    if (this.busy !== 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  /** The container while this process is still its main process. */
  private live(engine: Engine, p: Proc): ContainerRecord | undefined {
    const c = engine.state.containers[p.containerId];
    const up = c && (c.state.status === 'running' || c.state.status === 'paused');
    return up && c.state.pid === p.pid && c.state.startedAt === p.startedAt ? c : undefined;
  }

  pipeStdin(containerId: string, data: string | undefined): void {
    if (data === undefined) this.pendingStdin.delete(containerId);
    else this.pendingStdin.set(containerId, data);
  }

  hasPipedStdin(containerId: string): boolean {
    return this.pendingStdin.has(containerId);
  }

  start(engine: Engine, c: ContainerRecord, argv: string[], now: number): void {
    const proc: Proc = { containerId: c.id, pid: c.state.pid, startedAt: now, t: now };
    const stdin = this.pendingStdin.get(c.id) ?? '';
    this.pendingStdin.delete(c.id);
    this.procs.add(proc);
    this.setBusy(1);
    void this.run(engine, proc, argv, stdin).finally(() => {
      this.procs.delete(proc);
      this.setBusy(-1);
    });
  }

  /** A health probe: runs like an exec, and counts as work until it ends (settle waits for it). */
  probe(engine: Engine, c: ContainerRecord, argv: string[], at: number, timeoutMs: number, done: (r: ProbeResult) => void): void {
    this.setBusy(1);
    void runProbe(engine, c, argv, at, timeoutMs)
      .catch((e: Error) => ({ exitCode: -1, output: e.message, end: at }))
      .then(done)
      .finally(() => this.setBusy(-1));
  }

  private async run(engine: Engine, proc: Proc, argv: string[], stdin: string): Promise<void> {
    const c = this.live(engine, proc);
    if (!c) return;
    const user = resolveUser(containerFs(engine, c), c.config.User);
    const host = containerShellHost(engine, c, {
      user,
      pid: 1,
      now: () => proc.t,
      wait: (ms) => this.sleep(engine, proc, ms),
      processes: () => this.table.list(engine, c),
      waitsSuspend: true,
      onOutput: (text, stream) => {
        const live = this.live(engine, proc);
        if (!live) return;
        writeLog(engine, live, [{ stream, text }], proc.t);
        engine.emit('container output');
      },
    });
    host.execHandoff = (argv, env, cwd) => this.handOff(engine, proc, argv, env, cwd);
    let code: number;
    try {
      const r = await runArgv(host, argv, { cwd: c.config.WorkingDir || '/', env: containerEnv(c, user.home) }, DEFAULT_LIMITS, c.config.Tty, stdin);
      code = r?.exitCode ?? 127;
    } catch (e) {
      writeLog(engine, c, [{ stream: 'stderr', text: `dockyard: internal error: ${(e as Error).message}\n` }], proc.t);
      code = 1;
    }
    const live = this.live(engine, proc);
    if (!live) return;
    syncSizeRw(engine, live);
    if (!proc.handedOff) processExited(engine, live, code, proc.t);
  }

  /** `exec SERVER` in the main process: the server model takes the container's process over. */
  private handOff(engine: Engine, proc: Proc, argv: string[], env: Record<string, string>, cwd: string): Promise<number> | undefined {
    const c = this.live(engine, proc);
    const plan = c ? execHandoffPlan(engine, c, argv, env, cwd, proc.t) : undefined;
    if (!c || !plan) return undefined;
    proc.handedOff = true;
    handOver(engine, c, plan, argv, proc.t);
    return Promise.resolve(0);
  }

  private sleep(engine: Engine, proc: Proc, ms: number): Promise<WaitResult> {
    if (!this.live(engine, proc)) return Promise.resolve('interrupted');
    if (ms <= 0) return Promise.resolve('elapsed');
    proc.wakeAt = ms === Infinity ? undefined : proc.t + ms;
    return new Promise((resolve) => {
      proc.resume = resolve;
      this.setBusy(-1);
    });
  }

  private wake(p: Proc, r: WaitResult): void {
    const resume = p.resume;
    p.resume = undefined;
    p.wakeAt = undefined;
    this.setBusy(1);
    resume?.(r);
  }

  /** Cancel the waits of processes whose container stopped or started anew. */
  private reap(engine: Engine): void {
    for (const p of this.procs) if (p.resume && !this.live(engine, p)) this.wake(p, 'interrupted');
  }

  nextEventAt(engine: Engine): number | undefined {
    this.reap(engine);
    let next: number | undefined;
    for (const p of this.procs) {
      if (!p.resume || p.wakeAt === undefined || this.live(engine, p)?.state.status !== 'running') continue;
      if (next === undefined || p.wakeAt < next) next = p.wakeAt;
    }
    return next;
  }

  runDue(engine: Engine, at: number): void {
    for (const p of this.procs) {
      if (p.resume && p.wakeAt === at && this.live(engine, p)?.state.status === 'running') {
        p.t = at;
        this.wake(p, 'elapsed');
      }
    }
  }
}
