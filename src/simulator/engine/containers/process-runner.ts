// The interface through which the daemon runs a container's main process in the shell over the
// container's files (ls, cat, sh -c '...'): the engine declares it, the composition root
// supplies the shell-backed runner (runtime/process-runner.ts), as the dependency order wants.
import type { Engine, Scheduler } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import type { ProbeResult } from './health.ts';

export interface ProcessRunner extends Scheduler {
  /**
   * Start `argv` (argv[0] as the container names it, already found on its PATH) as the main
   * process of `c`, which is running since `now`. The runner writes the container's log as the
   * process prints and ends it with processExited; its waits (sleep) are scheduled events.
   */
  start(engine: Engine, c: ContainerRecord, argv: string[], now: number): void;
  /** What the client pipes into the next start of `c`'s main process (`echo hi | docker run -i alpine cat`); undefined: none. */
  pipeStdin?(containerId: string, data: string | undefined): void;
  /** Input is piped into `c`'s next start: a shell then runs it as a script instead of taking the terminal. */
  hasPipedStdin?(containerId: string): boolean;
  /** Run a health probe (`argv`) in the running `c` at `at` as an exec would; `done` gets its result. */
  probe?(engine: Engine, c: ContainerRecord, argv: string[], at: number, timeoutMs: number, done: (r: ProbeResult) => void): void;
}
