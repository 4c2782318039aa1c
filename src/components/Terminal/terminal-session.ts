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
}

export interface SimulatorPort {
  readonly prompt: string;
  run(line: string, io?: RunIO): Promise<RunResult>;
  interrupt(): void;
  complete(line: string, cursor?: number): Completion;
}

export type SessionStatus = 'ready' | 'running';

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

  constructor(term: TerminalPort, sim: SimulatorPort, onStatus: (status: SessionStatus) => void = () => {}) {
    this.term = term;
    this.sim = sim;
    this.onStatus = onStatus;
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
    try {
      while (!this.running && this.queue.length > 0) {
        // Only running a command waits; every other key applies at once, in order.
        const pending = this.step(this.queue.shift() as string);
        if (pending) await pending;
      }
    } finally {
      this.draining = false;
    }
  }

  private step(key: string): Promise<void> | void {
    const { state, action } = editLine(this.editor, key);
    this.editor = state;
    switch (action?.type) {
      case 'submit':
        this.term.write(leaveLine(this.geometry, this.shown));
        return this.runLine(action.line);
      case 'cancel':
        this.term.write(leaveLine(this.geometry, this.shown, '^C'));
        return this.showPrompt();
      case 'clear-screen':
        this.term.write('\x1b[H\x1b[2J');
        return this.showPrompt();
      case 'complete':
        return this.complete();
      default:
        this.show(state);
    }
  }

  private async runLine(line: string): Promise<void> {
    this.setRunning(true);
    try {
      await this.sim.run(line, { tty: true, onOutput: (text) => this.term.write(text) });
    } catch (error) {
      console.error('dockyard: simulator error', error);
      this.term.write(INTERNAL_ERROR_NOTICE);
    }
    // Like zsh (not bash), start the prompt on its own row even after output without a newline.
    if ((await this.term.cursorColumn()) !== 0) this.term.write('\r\n');
    this.setRunning(false);
    this.showPrompt();
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

  /** Draw the prompt (read from the simulator: it changes inside a container) and the line. */
  private showPrompt(): void {
    const prompt = this.sim.prompt;
    this.geometry = { prompt: colourPrompt(prompt), promptWidth: textWidth(prompt), cols: this.term.cols };
    this.shown = { line: this.editor.line, cursor: this.editor.cursor };
    this.term.write(drawLine(this.geometry, this.shown));
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
