// What one `run` call shows and returns: every write that reaches the terminal is streamed to
// the caller's onOutput and collected for the result. Docker's TTY progress differs between the
// two (ANSI redraws on the screen, plain lines in the result): while `only` is set, a write
// goes to one side.
import type { RunIO, Stream } from '../types.ts';

export class Collector {
  stdout = '';
  stderr = '';
  private readonly io?: RunIO;
  /** 'stream': screen only; 'result': result only; undefined: both. */
  only?: 'stream' | 'result';

  constructor(io?: RunIO) {
    this.io = io;
  }

  get tty(): boolean {
    return this.io?.tty === true;
  }

  write(text: string, stream: Stream): void {
    if (text === '') return;
    if (this.only !== 'stream') {
      if (stream === 'stdout') this.stdout += text;
      else this.stderr += text;
    }
    if (this.only !== 'result') this.io?.onOutput?.(text, stream);
  }

  /** Run `f` (which writes to the terminal) with its writes going to one side only. */
  oneSide(side: 'stream' | 'result', f: () => void): void {
    const saved = this.only;
    this.only = side;
    try {
      f();
    } finally {
      this.only = saved;
    }
  }
}
