// Public types of the simulator API (see ../shared/design/ARCHITECTURE.md). Extend, never break.

export type Stream = 'stdout' | 'stderr';

export interface RunIO {
  /** Called as output is produced: pull progress, `logs -f`, an attached container. */
  onOutput?: (text: string, stream: Stream) => void;
  /**
   * True when the caller is a terminal (xterm): progress is then drawn in place with ANSI cursor
   * moves, as docker does on a TTY. The resolved result always holds the plain (non-TTY) text.
   */
  tty?: boolean;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Tab completion: the candidates for the word under the cursor, and where that word starts. */
export interface Completion {
  /** Index in the line where the completed word starts. */
  start: number;
  /** Full replacement words for line.slice(start, cursor). */
  candidates: string[];
}

export interface SimulatorOptions {
  seed?: number;
  /** Milliseconds since the epoch. Default: the real clock. An injected clock also makes waits virtual. */
  clock?: () => number;
  /** A snapshot from `sim.snapshot()` to restore. */
  state?: unknown;
  /** Host files placed under the learner's home: `{ 'project/Dockerfile': '...' }`. */
  files?: Record<string, string>;
}

export type SimEvent =
  | { type: 'world'; reason: string }
  | { type: 'prompt'; prompt: string };

export interface Simulator {
  /** Run one line typed at the current prompt. */
  run(line: string, io?: RunIO): Promise<RunResult>;
  /** The prompt for the next line: 'learner@dockyard:~$ ' on the host. */
  readonly prompt: string;
  /** Ctrl+C: ends the foreground command (attached container, `logs -f`, `sleep`). */
  interrupt(): void;
  /** JSON-serialisable, versioned world; `createSimulator({ state })` restores it exactly. */
  snapshot(): WorldSnapshot;
  /** Every change to the world, for the UI. Returns the unsubscribe function. */
  subscribe(listener: (event: SimEvent) => void): () => void;
  /** Tab completion for `line` with the cursor at `cursor` (default: end of line). */
  complete(line: string, cursor?: number): Completion;
}

export interface WorldSnapshot {
  version: number;
  [key: string]: unknown;
}
