// The container runtime beside the daemon: the shell-backed process runner and the table of
// exec'd processes, installed on an engine by the composition root. `settle` brings the world up
// to now with the processes in it: due events run in time order, and after each one the
// processes it woke run until they wait again or end.
import { containerScheduler } from '../engine/containers/schedule.ts';
import type { Engine, Scheduler } from '../engine/engine.ts';
import { ShellProcessRunner } from './process-runner.ts';
import { ProcessTable } from './process-table.ts';

/** Events of two schedulers, in time order. */
function both(a: Scheduler, b: Scheduler): Scheduler {
  const min = (x?: number, y?: number) => (x === undefined ? y : y === undefined ? x : Math.min(x, y));
  return {
    nextEventAt: (engine) => min(a.nextEventAt(engine), b.nextEventAt(engine)),
    // Each runs only what is due at `at`, so both can be asked.
    runDue(engine, at) {
      a.runDue(engine, at);
      b.runDue(engine, at);
    },
  };
}

/** Bound on the events one settle runs (a tight `sleep 0.001` loop catching up on hours). */
const MAX_EVENTS = 20_000;

export class Runtime {
  readonly engine: Engine;
  readonly processes = new ProcessTable();
  readonly runner: ShellProcessRunner;
  /**
   * The next event as last computed (finding it walks every container): valid until the world
   * changes (every change emits), a process waits anew, or a docker command ran (invalidate).
   */
  private known?: { at: number | undefined };

  constructor(engine: Engine) {
    this.engine = engine;
    this.runner = new ShellProcessRunner(this.processes);
    engine.subscribe(() => this.invalidate());
  }

  invalidate(): void {
    this.known = undefined;
  }

  private nextEventAt(): number | undefined {
    this.known ??= { at: this.engine.nextEventAt() };
    return this.known.at;
  }

  async settle(): Promise<void> {
    const engine = this.engine;
    for (let i = 0; i < MAX_EVENTS; i++) {
      if (this.runner.isBusy) {
        await this.runner.idle();
        this.invalidate();
        continue;
      }
      const at = this.nextEventAt();
      if (at === undefined || at > engine.now() || !engine.scheduler) return;
      engine.scheduler.runDue(engine, at);
      this.invalidate();
    }
  }
}

const runtimes = new WeakMap<Engine, Runtime>();

/** Install the runtime on an engine: its runner and the combined event scheduler. */
export function installRuntime(engine: Engine): Runtime {
  const rt = new Runtime(engine);
  engine.processRunner = rt.runner;
  engine.scheduler = both(containerScheduler, rt.runner);
  runtimes.set(engine, rt);
  return rt;
}

/** The runtime of an engine (installed on first use). */
export function runtimeOf(engine: Engine): Runtime {
  return runtimes.get(engine) ?? installRuntime(engine);
}
