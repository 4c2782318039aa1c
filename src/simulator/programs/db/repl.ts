// The prompt loop of a database client on the learner's terminal (shell/context.ts's
// TerminalReader, which the session provides): read a line at the client's prompt and hand it
// over, until the client quits, Ctrl+D ends the input or Ctrl+C does what that client does with
// it. Without a TTY (`docker exec -i db psql`) the lines are read with no prompt.
import type { TerminalReader } from '../../shell/context.ts';

export interface Repl {
  prompt(): string;
  /** A typed line; false when the client quits. */
  line(text: string): boolean;
  /** Ctrl+C at the prompt; false when the client quits. */
  interrupt(): boolean;
  /** Ctrl+D: what the client prints as it ends. */
  eof(): void;
}

export async function replLoop(terminal: TerminalReader, tty: boolean, repl: Repl): Promise<void> {
  for (;;) {
    const input = await terminal.read(tty ? repl.prompt() : '');
    if (input.kind === 'eof') return repl.eof();
    if (!(input.kind === 'line' ? repl.line(input.text) : repl.interrupt())) return;
  }
}
