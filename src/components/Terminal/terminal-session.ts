// Connects a terminal screen to the simulator the way a tty connects a keyboard to bash: keys
// edit the prompt's line, Enter runs it, output streams back, Ctrl+C interrupts the foreground
// command and drops type-ahead (as the tty driver flushes its input on SIGINT). Keys typed while
// a command runs wait in a queue and apply at the next prompt, so a multi-line paste runs line
// by line. No DOM here: the terminal and the simulator come in through small ports.
import type { Completion, RunIO, RunResult } from '../../simulator/index.ts';
import { KEY, splitKeys } from './keys.ts';
import { applyCompletion, createEditor, editLine, type EditorState } from './line-editor.ts';
import {
  colourPrompt,
  drawLine,
  formatColumns,
  leaveLine,
  redraw,
  textWidth,
  type LineView,
  type PromptGeometry,
} from './render-line.ts';

export interface TerminalPort {
  write(text: string): void;
  readonly cols: number;
  /** The cursor's column once everything written so far is on screen. */
  cursorColumn(): Promise<number>;
  /** The text of the cursor's row before the cursor (a program's question the answer goes after). */
  rowText?(): Promise<string>;
}

export interface SimulatorPort {
  readonly prompt: string;
  run(line: string, io?: RunIO): Promise<RunResult>;
  interrupt(): void;
  complete(line: string, cursor?: number): Completion;
  /** Ctrl+D on an empty line: a container's shell exits (printing "exit"); the host ignores it. */
  endOfInput?(io?: RunIO): Promise<RunResult>;
  /** Ctrl+C at the prompt: psql drops its statement, redis-cli exits, docker's [y/N] is answered no. */
  interruptInput?(io?: RunIO): Promise<RunResult>;
  /** False while the program at the prompt reads a password: typed keys are not shown. */
  readonly echo?: boolean;
}

export type SessionStatus = 'ready' | 'running';

export interface SessionOptions {
  /** Earlier submitted lines (oldest first), recalled with Up as bash recalls ~/.bash_history. */
  history?: readonly string[];
  /** Called with the whole history whenever a submitted line changes it. */
  onHistory?: (history: readonly string[]) => void;
}

/** How the host's prompt begins; any other prompt is a shell inside a container. */
const HOST_PROMPT_START = 'learner@';

/** More queued keys than this are dropped: a runaway paste must not grow memory forever. */
const QUEUE_LIMIT = 100_000;

export const INTERNAL_ERROR_NOTICE =
  '\x1b[31mdockyard: the simulator failed on that command (a bug, not your mistake); the session goes on.\x1b[0m\r\n';

export class TerminalSession {
  private editor: EditorState = createEditor();
  private shown: LineView = { line: '', cursor: 0 };
  private geometry: PromptGeometry = { prompt: '', promptWidth: 0, cols: 80 };
  private readonly queue: string[] = [];
  private running = true; // until the first prompt is shown
  private draining = false;
  private readonly term: TerminalPort;
  private readonly sim: SimulatorPort;
  private readonly onStatus: (status: SessionStatus) => void;
  private readonly onHistory: (history: readonly string[]) => void;
  private idleWaiters: (() => void)[] = [];
  /** Bumped by restart(): work begun before it (a command still running) is abandoned. */
  private generation = 0;

  constructor(
    term: TerminalPort,
    sim: SimulatorPort,
    onStatus: (status: SessionStatus) => void = () => {},
    options: SessionOptions = {},
  ) {
    this.term = term;
    this.sim = sim;
    this.onStatus = onStatus;
    this.onHistory = options.onHistory ?? (() => {});
    this.editor = createEditor(options.history ?? []);
  }

  /** Print an optional greeting and the first prompt. */
  start(greeting = ''): void {
    if (greeting) this.term.write(greeting);
    this.setRunning(false);
    this.showPrompt();
    void this.drain();
  }

  /** Feed one xterm `onData` chunk. */
  input(data: string): void {
    for (const key of splitKeys(data)) {
      if (this.running && key === KEY.ctrlC) {
        this.queue.length = 0;
        this.term.write('^C');
        this.sim.interrupt();
      } else if (this.queue.length < QUEUE_LIMIT) {
        this.queue.push(key);
      }
    }
    void this.drain();
  }

  /**
   * Type whole commands as if the learner did, each replacing whatever is on the prompt's line
   * (Ctrl+E, Ctrl+U) and followed by Enter. While a command runs they wait their turn.
   */
  typeCommands(lines: readonly string[]): void {
    this.input(lines.map((l) => `${KEY.ctrlE}${KEY.ctrlU}${l.replace(/[\r\n]+/g, ' ')}${KEY.enter}`).join(''));
  }

  /** Resolves once no command is running and no typed key is waiting. */
  whenIdle(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Start over on a cleared screen (after the world was reset): typed-ahead keys and the line
   * are dropped, history stays. Call when idle.
   */
  restart(greeting = ''): void {
    this.generation++;
    this.draining = false;
    this.queue.length = 0;
    this.editor = createEditor(this.editor.history);
    this.term.write('\x1b[H\x1b[2J\x1b[3J');
    this.start(greeting);
  }

  /** The terminal changed size: later redraws wrap at the new width. */
  resize(): void {
    this.geometry = { ...this.geometry, cols: this.term.cols };
  }

  get status(): SessionStatus {
    return this.running ? 'running' : 'ready';
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const generation = this.generation;
    try {
      while (generation === this.generation && !this.running && this.queue.length > 0) {
        // Only running a command waits; every other key applies at once, in order.
        const pending = this.step(this.queue.shift() as string);
        if (pending) await pending;
      }
    } finally {
      if (generation === this.generation) this.draining = false;
    }
    if (generation === this.generation && !this.running && this.queue.length === 0) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private step(key: string): Promise<void> | void {
    if (key === KEY.ctrlD && this.editor.line === '') {
      // End of input: a container's shell exits, as bash and sh do, printing "exit" after the
      // prompt. Simulators without endOfInput get `exit`, which is the same to the shell.
      const sim = this.sim;
      if (sim.endOfInput) return this.runLine((io) => (sim.endOfInput as NonNullable<SimulatorPort['endOfInput']>)(io));
      if (!sim.prompt.startsWith(HOST_PROMPT_START)) return this.runLine((io) => sim.run('exit', io));
    }
    // Echo off (a password): nothing typed is shown, not even Enter's new line, nor kept in history.
    const hidden = this.sim.echo === false;
    const edited = editLine(this.editor, key);
    const { action } = edited;
    const state = hidden ? { ...edited.state, history: this.editor.history } : edited.state;
    if (state.history !== this.editor.history) this.onHistory(state.history);
    this.editor = state;
    switch (action?.type) {
      case 'submit':
        if (!hidden) this.term.write(leaveLine(this.geometry, this.shown));
        return this.runLine(action.line);
      case 'cancel': {
        this.term.write(leaveLine(this.geometry, this.shown, '^C'));
        const sim = this.sim;
        if (sim.interruptInput) return this.runLine((io) => (sim.interruptInput as NonNullable<SimulatorPort['interruptInput']>)(io));
        return this.showPrompt();
      }
      case 'clear-screen':
        this.term.write('\x1b[H\x1b[2J');
        return this.showPrompt();
      case 'complete':
        return hidden ? undefined : this.complete();
      default:
        if (!hidden) this.show(state);
    }
  }

  /** Run a line (or another simulator call, such as end of input), streaming its output. */
  private async runLine(what: string | ((io: RunIO) => Promise<RunResult>)): Promise<void> {
    const generation = this.generation;
    const mine = () => generation === this.generation;
    const call = typeof what === 'string' ? (io: RunIO) => this.sim.run(what, io) : what;
    this.setRunning(true);
    try {
      await call({ tty: true, onOutput: (text) => mine() && this.term.write(text) });
    } catch (error) {
      console.error('dockyard: simulator error', error);
      if (mine()) this.term.write(INTERNAL_ERROR_NOTICE);
    }
    if (!mine()) return;
    // A program asking on the row it printed ("[y/N] ", prompt ''): the answer goes after it.
    // Otherwise, like zsh (not bash), start the prompt on its own row even after output without a newline.
    const asked = (await this.term.cursorColumn()) !== 0 ? await this.askedOnRow() : '';
    if (asked === undefined) this.term.write('\r\n');
    this.setRunning(false);
    this.showPrompt(asked);
  }

  /** The row's text when the program reading the terminal shows no prompt of its own. */
  private async askedOnRow(): Promise<string | undefined> {
    return this.sim.prompt === '' && this.term.rowText ? this.term.rowText() : undefined;
  }

  private complete(): void {
    let completion: Completion;
    try {
      completion = this.sim.complete(this.editor.line, this.editor.cursor);
    } catch (error) {
      console.error('dockyard: completion failed', error);
      return;
    }
    const result = applyCompletion(this.editor, completion);
    this.editor = result.state;
    if (!result.list) return this.show(result.state);
    this.term.write(leaveLine(this.geometry, this.shown) + formatColumns(result.list, this.geometry.cols));
    this.showPrompt();
  }

  /**
   * Draw the prompt (read from the simulator: it changes inside a container) and the line;
   * `asked`: text already on the row that stands as the prompt (redrawn over itself).
   */
  private showPrompt(asked?: string): void {
    const prompt = asked || this.sim.prompt;
    this.geometry = { prompt: asked ? asked : colourPrompt(prompt), promptWidth: textWidth(prompt), cols: this.term.cols };
    this.shown = this.sim.echo === false ? { line: '', cursor: 0 } : { line: this.editor.line, cursor: this.editor.cursor };
    this.term.write((asked ? '\r' : '') + drawLine(this.geometry, this.shown));
  }

  private show(state: EditorState): void {
    const next = { line: state.line, cursor: state.cursor };
    this.term.write(redraw(this.geometry, this.shown, next));
    this.shown = next;
  }

  private setRunning(running: boolean): void {
    this.running = running;
    this.onStatus(running ? 'running' : 'ready');
  }
}
