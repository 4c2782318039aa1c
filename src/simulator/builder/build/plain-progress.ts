// buildx's plain progress printer (progress/progressui, plain mode): `#N name` blocks separated by
// a blank line, log lines prefixed with the seconds since the vertex started, status lines with
// their bytes, timing and `done`, `#N WARN: ...`, then `#N DONE 0.3s`, `#N CACHED` or
// `#N ERROR: ...`; at the end the failed vertices' last log lines (printErrorLogs).
import type { Progress, StatusLine } from './progress.ts';

export function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
}

/** A log line's prefix: seconds since the vertex started, 3, 2 or 1 decimals. */
export function logLine(ms: number, text: string): string {
  const sec = ms / 1000;
  return `${sec.toFixed(sec < 10 ? 3 : sec < 100 ? 2 : 1)} ${text}`;
}

/** Log text as lines (a final newline ends the last line rather than starting one). */
export function splitLog(text: string): string[] {
  return text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
}

export class PlainPrinter implements Progress {
  private next = 1;
  private readonly emit: (text: string) => void;
  /** Each vertex's name and its last log lines, for the error summary. */
  private readonly logs = new Map<number, { name: string; lines: string[] }>();
  private readonly failed: number[] = [];

  constructor(emit: (text: string) => void) {
    this.emit = emit;
    emit('#0 building with "default" instance using docker driver\n');
  }

  vertex(name: string): number {
    const n = this.next++;
    this.logs.set(n, { name, lines: [] });
    this.emit(`\n#${n} ${name}\n`);
    return n;
  }

  /** A completed status; its time shows only above 0.01s, as the printer does. */
  status(n: number, s: StatusLine): void {
    const time = s.ms === undefined || s.ms <= 10 ? '' : ` ${seconds(s.ms)}`;
    this.emit(`#${n} ${s.id}${s.bytes ? ` ${s.bytes}` : ''}${time} done\n`);
  }

  log(n: number, ms: number, text: string): void {
    for (const l of splitLog(text)) {
      const line = logLine(ms, l);
      const v = this.logs.get(n);
      if (v) v.lines = [...v.lines, line].slice(-10);
      this.emit(`#${n} ${line}\n`);
    }
  }

  warn(n: number, short: string): void {
    this.emit(`#${n} WARN: ${short}\n`);
  }

  done(n: number, ms: number): void {
    this.emit(`#${n} DONE ${seconds(ms)}\n`);
  }

  cached(n: number): void {
    this.emit(`#${n} CACHED\n`);
  }

  error(n: number, message: string): void {
    this.failed.push(n);
    this.emit(`#${n} ERROR: ${message}\n`);
  }

  expect(): void {
    // the plain printer shows vertices as they come
  }

  /** printErrorLogs: each failed vertex's name and last log lines between dashes. */
  finish(): void {
    for (const n of this.failed) {
      const v = this.logs.get(n);
      this.emit(`------\n > ${v?.name ?? ''}:\n${(v?.lines ?? []).map((l) => `${l}\n`).join('')}------\n`);
    }
  }
}
