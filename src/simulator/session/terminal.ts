// The learner's keyboard as programs read it: the one way anything in the session asks for a
// line (a container's shell at its prompt, psql, redis-cli, mysql, docker's [y/N] question). A
// program calls read(prompt) and waits; the terminal then shows that prompt, and the session
// resolves the `run` in progress (the learner is being asked) and hands the next line typed,
// Ctrl+D or Ctrl+C at that prompt to the reader.
import type { TerminalInput, TerminalReader } from '../shell/context.ts';

export interface Waiting {
  prompt: string;
  /** Echo is off (a password): the UI shows no typed characters. */
  hidden: boolean;
}

export class Terminal implements TerminalReader {
  private pending?: Waiting & { resolve(input: TerminalInput): void };
  /** Called when a read starts waiting, with the status of what ran before it (a shell's last line). */
  private readonly onWaiting: (status: number) => void;

  constructor(onWaiting: (status: number) => void) {
    this.onWaiting = onWaiting;
  }

  /** The read waiting for the learner, if any. */
  get waiting(): Waiting | undefined {
    const p = this.pending;
    return p && { prompt: p.prompt, hidden: p.hidden };
  }

  read(prompt: string, opts: { hidden?: boolean } = {}): Promise<TerminalInput> {
    return this.readAfter(0, prompt, opts);
  }

  /** read(), telling the session the status the `run` that led here ends with. */
  readAfter(status: number, prompt: string, opts: { hidden?: boolean } = {}): Promise<TerminalInput> {
    // Only the foreground process reads; a second reader would be a bug: it reads end of input.
    if (this.pending) return Promise.resolve({ kind: 'eof' });
    return new Promise((resolve) => {
      this.pending = { prompt, hidden: opts.hidden === true, resolve };
      this.onWaiting(status);
    });
  }

  /** Hand the learner's input to the waiting read; false when nothing reads. */
  give(input: TerminalInput): boolean {
    const p = this.pending;
    if (!p) return false;
    this.pending = undefined;
    p.resolve(input);
    return true;
  }
}

