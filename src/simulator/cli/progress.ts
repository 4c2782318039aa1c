// Renders a stream of daemon progress messages as docker/cli's jsonmessage display does
// (client/pkg/jsonmessage: DisplayJSONMessagesStream): on a TTY each id keeps its line and is
// redrawn in place (erase line, cursor up/down); otherwise plain lines, leaving out the messages
// that carry progress numbers. The terminal's width decides whether a progress bar is drawn.
import type { Output } from './command.ts';
import type { ProgressEvent } from '../engine/pull.ts';
import { humanSize } from '../util/format/units.ts';

/** The width the CLI assumes for our terminal (the size it would read from the TTY). */
export const TTY_COLUMNS = 80;

type Progress = NonNullable<ProgressEvent['progress']>;

/** jsonmessage.RenderTUIProgress (the session's jsonstream messages carry no start time). */
export function renderProgress(p: Progress, width: number): string {
  if (p.current <= 0 && p.total <= 0) return '';
  if (p.total <= 0) return p.units ? `${p.current} ${p.units}` : humanSize(p.current).padStart(8);
  const percentage = Math.min(Math.trunc(Math.trunc((p.current / p.total) * 100) / 2), 50);
  const bar = width > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(Math.max(50 - percentage, 0))}] ` : '';
  let numbers = '';
  if (p.hideCounts) numbers = '';
  else if (!p.units) {
    numbers = p.current > p.total ? humanSize(p.current).padStart(8) : `${humanSize(p.current).padStart(8)}/${humanSize(p.total)}`;
  } else {
    numbers = p.current > p.total ? `${p.current} ${p.units}` : `${p.current}/${p.total} ${p.units}`;
  }
  return bar + numbers;
}

/** jsonmessage.Display for one message; '' when a non-terminal leaves it out. */
export function displayText(e: ProgressEvent, tty: boolean, width = TTY_COLUMNS): string {
  let text = '';
  let endl = '';
  if (tty && e.progress) {
    text += '\x1b[2K\r';
    endl = '\r';
  } else if (e.progress && (e.progress.current > 0 || e.progress.total > 0)) {
    return '';
  }
  if (e.id) text += `${e.id}: `;
  if (e.progress && tty) return `${text}${e.status} ${renderProgress(e.progress, width)}${endl}`;
  return `${text}${e.status}${endl}\n`;
}

/** One line as a non-TTY client prints it, or '' when the message is progress numbers only. */
export function plainLine(e: ProgressEvent): string {
  return displayText(e, false);
}

/** Streams progress: in-place ANSI redraws to the terminal, plain lines to the result. */
export class ProgressRenderer {
  private ids = new Map<string, number>();
  private readonly out: Output;
  private readonly tty: boolean;

  constructor(out: Output, tty: boolean) {
    this.out = out;
    this.tty = tty;
  }

  write(e: ProgressEvent): void {
    const plain = plainLine(e);
    if (!this.tty) {
      if (plain) this.out.write(plain);
      return;
    }
    if (plain) this.out.resultOnly(plain);
    this.out.streamOnly(this.ttyText(e));
  }

  /** displayJSONMessages: lines keyed by id, cursor moved to the id's line and back. */
  private ttyText(e: ProgressEvent): string {
    let text = '';
    let diff = 0;
    if (e.id && e.progress) {
      let line = this.ids.get(e.id);
      if (line === undefined) {
        line = this.ids.size;
        this.ids.set(e.id, line);
        text += '\n';
      }
      diff = this.ids.size - line;
      text += `\x1b[${diff}A`;
    } else {
      this.ids.clear();
    }
    text += displayText(e, true);
    if (e.id && diff > 0) text += `\x1b[${diff}B`;
    return text;
  }
}
