// Output plumbing with a budget: every byte any command writes (to the terminal, a pipe, a
// file or a command substitution) is charged to the run, so a runaway producer stops with a
// clear message instead of filling memory.
import type { Sink } from './context.ts';
import { LimitReached } from './errors.ts';

export class Budget {
  private output = 0;
  private steps = 0;
  private readonly maxOutput: number;
  private readonly maxSteps: number;
  /** Set by the host (Ctrl+C): the next step ends the run. */
  interrupted = false;

  constructor(maxOutput: number, maxSteps: number) {
    this.maxOutput = maxOutput;
    this.maxSteps = maxSteps;
  }

  charge(bytes: number): void {
    this.output += bytes;
    if (this.output > this.maxOutput) throw new LimitReached('output');
  }

  step(): void {
    if (this.interrupted) throw new LimitReached('interrupt');
    if (++this.steps > this.maxSteps) throw new LimitReached('steps');
  }

  /** A process that waited (a container's sleep) starts a fresh step count: only a loop that never waits is runaway. */
  resetSteps(): void {
    this.steps = 0;
  }

  get limits(): { maxOutput: number; maxSteps: number } {
    return { maxOutput: this.maxOutput, maxSteps: this.maxSteps };
  }
}

/** Collects text in memory (pipes, command substitution, the run's result). */
export class BufferSink implements Sink {
  text = '';
  private readonly budget: Budget;
  private readonly onWrite?: (text: string) => void;

  constructor(budget: Budget, onWrite?: (text: string) => void) {
    this.budget = budget;
    this.onWrite = onWrite;
  }

  write(text: string): void {
    if (text === '') return;
    const room = this.roomFor(text);
    this.text += text.slice(0, room);
    if (room > 0) this.onWrite?.(text.slice(0, room));
    this.budget.charge(text.length);
  }

  private roomFor(text: string): number {
    return Math.max(0, Math.min(text.length, this.budget.limits.maxOutput - this.text.length));
  }
}

/** Writes through to another sink under a transformation (e.g. a redirection to a file). */
export class FuncSink implements Sink {
  private readonly fn: (text: string) => void;
  constructor(fn: (text: string) => void) {
    this.fn = fn;
  }
  write(text: string): void {
    if (text !== '') this.fn(text);
  }
}
