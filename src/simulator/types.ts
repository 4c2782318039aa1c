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
  /**
   * Called each time the command starts waiting with nothing scheduled (an attached server,
   * `logs -f`, or any wait on the real clock): nothing more happens until the world changes or
   * Ctrl+C. A UI may hint at Ctrl+C; tests know when to act on a command that streams.
   */
  onWait?: () => void;
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
  /**
   * Ctrl+D at the prompt: a container's shell exits as with `exit` (bash says "exit"), back to
   * the host; at the host's prompt nothing happens. Optional: `run('exit')` does the same.
   */
  endOfInput?(io?: RunIO): Promise<RunResult>;
  /**
   * Ctrl+C at the prompt, nothing running: the program reading the terminal answers as it does
   * (psql drops the statement being typed, redis-cli exits, docker's [y/N] question is
   * cancelled); bash drops a half-typed command ($? 130). The terminal itself shows "^C" and
   * starts a new line. Optional: without it the UI just shows a fresh prompt.
   */
  interruptInput?(io?: RunIO): Promise<RunResult>;
  /**
   * False while the program reading the terminal has turned echo off (psql's and mysql's
   * password prompts): the UI shows nothing of what is typed, not even the final newline.
   */
  readonly echo?: boolean;
  /** JSON-serialisable, versioned world; `createSimulator({ state })` restores it exactly. */
  snapshot(): WorldSnapshot;
  /** Every change to the world, for the UI. Returns the unsubscribe function. */
  subscribe(listener: (event: SimEvent) => void): () => void;
  /** Tab completion for `line` with the cursor at `cursor` (default: end of line). */
  complete(line: string, cursor?: number): Completion;
  /**
   * An HTTP request made on the host as its curl would make it (`curl localhost:8080`): the
   * published port map leads to the container and the program listening in it, which answers
   * from its files and logs the request. Failures are values with curl's message
   * ("Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server").
   */
  http(url: string, options?: HttpOptions): Promise<HttpResult | { error: string }>;
  /**
   * Load the code that runs commands now rather than with the first `run` (which loads it
   * itself): the page's first bundle holds only the world, the prompt and tab completion.
   */
  preload?(): Promise<void>;
}

/** sim.http's request: curl's defaults (GET, or POST with a body) unless given. */
export interface HttpOptions {
  method?: string;
  /** Request headers added to, or replacing, curl's (Host, User-Agent, Accept). */
  headers?: Record<string, string>;
  body?: string;
}

/** An HTTP response: the status code, the header fields by name as sent, the body text. */
export interface HttpResult {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface WorldSnapshot {
  version: number;
  [key: string]: unknown;
}
