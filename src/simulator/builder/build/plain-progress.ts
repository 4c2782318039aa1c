// buildx's plain progress printer (progress/progressui, plain mode): `#N name` blocks separated by
// a blank line, log lines prefixed with the seconds since the vertex started, status lines with
// their timing and `done`, then `#N DONE 0.3s`, `#N CACHED` or `#N ERROR: ...`.
import { humanSize } from '../../util/format/units.ts';

export function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
}

export class PlainPrinter {
  private next = 1;
  private readonly emit: (text: string) => void;
  /** Each vertex's name and its log lines (`0.123 hi`), for the error summary. */
  readonly logs = new Map<number, { name: string; lines: string[] }>();

  constructor(emit: (text: string) => void) {
    this.emit = emit;
    emit('#0 building with "default" instance using docker driver\n');
  }

  /** Start a vertex: returns its number. */
  vertex(name: string): number {
    const n = this.next++;
    this.logs.set(n, { name, lines: [] });
    this.emit(`\n#${n} ${name}\n`);
    return n;
  }

  /** A completed status; its time shows only above 0.01s, as the printer does. */
  status(n: number, text: string, ms?: number): void {
    this.emit(`#${n} ${text}${ms === undefined || ms <= 10 ? '' : ` ${seconds(ms)}`} done\n`);
  }

  transfer(n: number, what: string, bytes: number): void {
    this.status(n, `transferring ${what}: ${humanSize(bytes)}`);
  }

  /** Log text written `ms` after the vertex started. */
  log(n: number, ms: number, text: string): void {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    for (const l of lines) {
      const sec = ms / 1000;
      const line = `${sec.toFixed(sec < 10 ? 3 : sec < 100 ? 2 : 1)} ${l}`;
      this.logs.get(n)?.lines.push(line);
      this.emit(`#${n} ${line}\n`);
    }
  }

  done(n: number, ms: number): void {
    this.emit(`#${n} DONE ${seconds(ms)}\n`);
  }

  cached(n: number): void {
    this.emit(`#${n} CACHED\n`);
  }

  /** The vertex failed: its ERROR line and buildx's summary of its last log lines. */
  error(n: number, message: string): void {
    const v = this.logs.get(n);
    const tail = (v?.lines ?? []).slice(-10).map((l) => `${l}\n`).join('');
    this.emit(`#${n} ERROR: ${message}\n------\n > ${v?.name ?? ''}:\n${tail}------\n`);
  }
}
