// What a build reports while it runs, as BuildKit's SolveStatus stream carries it: vertices
// (started, cached, done, failed), their statuses (`transferring context: 2B`, a layer's bytes),
// log lines and lint warnings. Printers (plain-progress.ts, tty-progress.ts) render it; a tee
// feeds two at once (on a TTY the screen gets the TTY view and the result the plain text).

/** A status line of a vertex: its ID, the bytes column and how long it took. */
export interface StatusLine {
  id: string;
  /** `126B`, `3.85MB / 3.85MB`; '' when the status carries no numbers. */
  bytes?: string;
  /** Duration; undefined or <= 10ms prints no time in plain mode. */
  ms?: number;
}

export interface Progress {
  /** Start a vertex: returns its number (the plain printer's `#N`). */
  vertex(name: string): number;
  status(n: number, s: StatusLine): void;
  /** Log text written `ms` after the vertex started. */
  log(n: number, ms: number, text: string): void;
  /** A lint warning attached to the vertex (`MaintainerDeprecated: ... (line 2)`). */
  warn(n: number, short: string): void;
  done(n: number, ms: number): void;
  cached(n: number): void;
  error(n: number, message: string): void;
  /** LLB vertices the solve knows of but has not started yet (the TTY count's total). */
  expect(count: number): void;
  /** The build ended: the TTY printer draws its last frame; both print the failed vertices' logs. */
  finish(): void;
}

/** tonistiigi/units `%.2f` of a byte count, as BuildKit's progress prints sizes. */
export function bkBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = n;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return i === 0 ? `${n}B` : `${v.toFixed(2)}${units[i]}`;
}

/** `transferring dockerfile: 126B`: the status's ID and its bytes. */
export function transferStatus(what: string, bytes: number): StatusLine {
  return { id: `transferring ${what}:`, bytes: bkBytes(bytes) };
}

/** Both printers at once, numbered alike. */
export class TeeProgress implements Progress {
  private readonly a: Progress;
  private readonly b: Progress;
  constructor(a: Progress, b: Progress) {
    this.a = a;
    this.b = b;
  }
  vertex(name: string): number {
    this.b.vertex(name);
    return this.a.vertex(name);
  }
  status(n: number, s: StatusLine): void {
    this.a.status(n, s);
    this.b.status(n, s);
  }
  log(n: number, ms: number, text: string): void {
    this.a.log(n, ms, text);
    this.b.log(n, ms, text);
  }
  warn(n: number, short: string): void {
    this.a.warn(n, short);
    this.b.warn(n, short);
  }
  done(n: number, ms: number): void {
    this.a.done(n, ms);
    this.b.done(n, ms);
  }
  cached(n: number): void {
    this.a.cached(n);
    this.b.cached(n);
  }
  error(n: number, message: string): void {
    this.a.error(n, message);
    this.b.error(n, message);
  }
  expect(count: number): void {
    this.a.expect(count);
    this.b.expect(count);
  }
  finish(): void {
    this.a.finish();
    this.b.finish();
  }
}
