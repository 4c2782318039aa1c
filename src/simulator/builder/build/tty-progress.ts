// buildx's TTY progress view (progressui ttyDisplay.print, the final frame with all jobs): the
// `[+] Building 3.2s (10/10) FINISHED` header aligned with `docker:default`, one line per vertex,
// status and warning (` => [2/5] RUN ...`, ` => => transferring context: 2B`), names cut to the
// width and times right-aligned; completed lines blue, warnings yellow, errors red (unless
// NO_COLOR). The build runs in no wall time, so only the last frame is drawn; then the failed
// vertices' full logs (printErrorLogs keeps every line on a TTY).
import { logLine, splitLog } from './plain-progress.ts';
import type { Progress, StatusLine } from './progress.ts';

const BLUE = '\x1b[34m';
const YELLOW = '\x1b[33m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

interface Vertex {
  name: string;
  start: number;
  ms: number | null;
  cached: boolean;
  error: boolean;
  statuses: StatusLine[];
  warnings: string[];
  logs: string[];
}

interface Job {
  name: string;
  ms: number;
  status: string;
  color: string;
}

export interface TtyOptions {
  now: () => number;
  width: number;
  color: boolean;
}

/** Go's fmt `%-[2]*[1]s %[3]s`: `l` padded to leave room for ` r` at the end of `w` columns. */
function align(l: string, r: string, w: number): string {
  return `${l.padEnd(w - r.length - 1)} ${r}`;
}

export class TtyPrinter implements Progress {
  private readonly vertices: Vertex[] = [];
  private expected = 0;
  private expectedFrom = 0;
  private readonly emit: (text: string) => void;
  private readonly o: TtyOptions;

  constructor(emit: (text: string) => void, o: TtyOptions) {
    this.emit = emit;
    this.o = o;
  }

  vertex(name: string): number {
    this.vertices.push({ name, start: this.o.now(), ms: null, cached: false, error: false, statuses: [], warnings: [], logs: [] });
    return this.vertices.length;
  }

  private v(n: number): Vertex | undefined {
    return this.vertices[n - 1];
  }

  status(n: number, s: StatusLine): void {
    this.v(n)?.statuses.push(s);
  }

  log(n: number, ms: number, text: string): void {
    const v = this.v(n);
    if (v) for (const l of splitLog(text)) v.logs.push(logLine(ms, l));
  }

  warn(n: number, short: string): void {
    this.v(n)?.warnings.push(short);
  }

  done(n: number, ms: number): void {
    const v = this.v(n);
    if (v) v.ms = ms;
  }

  cached(n: number): void {
    const v = this.v(n);
    if (v) [v.cached, v.ms] = [true, 0];
  }

  error(n: number, _message: string): void {
    const v = this.v(n);
    if (v) [v.error, v.ms] = [true, this.o.now() - v.start];
  }

  expect(count: number): void {
    this.expected = count;
    this.expectedFrom = this.vertices.length;
  }

  private jobs(): Job[] {
    const out: Job[] = [];
    for (const v of this.vertices) {
      const ms = v.ms ?? this.o.now() - v.start;
      const name = `${v.cached ? 'CACHED ' : ''}${v.error ? 'ERROR ' : ''}${v.name.replace(/\t/g, ' ')}`;
      out.push({ name, ms, status: '', color: v.error ? RED : BLUE });
      for (const s of v.statuses) out.push({ name: `=> ${s.id}`, ms: s.ms ?? 0, status: s.bytes ?? '', color: BLUE });
      for (const w of v.warnings) out.push({ name: `WARN: ${w}`, ms, status: '', color: YELLOW });
    }
    return out;
  }

  /** One job's line, as ttyDisplay.print lays it out. */
  private line(j: Job): string {
    const width = this.o.width;
    const sec = j.ms / 1000 < 0.05 ? 0 : j.ms / 1000;
    const timer = ` ${sec.toFixed(1).padStart(3)}s\n`;
    let left = width - 4 - timer.length - 1;
    let showStatus = false;
    if (j.status !== '' && left + j.status.length > 20) {
      showStatus = true;
      left -= j.status.length + 1;
    }
    if (left < 12) return '';
    const out = align(` => ${j.name.slice(0, left)}${showStatus ? ` ${j.status}` : ''}`, timer, width);
    return this.o.color ? `${j.color}${out}${RESET}` : out;
  }

  private frame(): string {
    const width = this.o.width;
    const total = Math.max(this.vertices.length, this.expectedFrom + this.expected);
    const completed = this.vertices.filter((v) => v.ms !== null).length;
    const elapsed = this.vertices.length ? (this.o.now() - this.vertices[0].start) / 1000 : 0;
    const status = completed > 0 && completed === total ? 'FINISHED' : '';
    const header = align(`[+] Building ${elapsed.toFixed(1)}s (${completed}/${total}) ${status}`, 'docker:default', width - 1).slice(0, width);
    return `\x1b[1A\x1b[1B\x1b[0G\x1b[?25l${header}\n${this.jobs().map((j) => this.line(j)).join('')}\x1b[?25h`;
  }

  finish(): void {
    let text = this.frame();
    for (const v of this.vertices) {
      if (v.error) text += `------\n > ${v.name}:\n${v.logs.map((l) => `${l}\n`).join('')}------\n`;
    }
    this.emit(text);
  }
}
