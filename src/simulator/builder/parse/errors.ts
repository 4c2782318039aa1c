// Dockerfile errors as BuildKit raises them: the message text (what follows "failed to solve: ")
// and the source locations (parser.LocationError: one list of lines per wrap) that buildx prints
// as `Dockerfile:3` excerpt blocks (solver/errdefs Source.Print) before `ERROR: failed to build:
// failed to solve: <message>`.

/** A Dockerfile error; `locations` holds line lists, innermost first, as errdefs.Sources returns them. */
export class DockerfileError extends Error {
  readonly locations: number[][];
  constructor(message: string, locations: number[][] = []) {
    super(message);
    this.name = 'DockerfileError';
    this.locations = locations;
  }
}

/** parser.toRanges: every line from start to end (end <= start gives just start). */
export function lineRange(start: number, end: number): number[] {
  const last = end <= start ? start : end;
  const out: number[] = [];
  for (let i = start; i <= last; i++) out.push(i);
  return out;
}

/** Source.Print: the excerpt buildx writes to stderr for one location, or '' when it prints none. */
export function formatSourceExcerpt(filename: string, source: string, lines: readonly number[]): string {
  if (lines.length === 0) return '';
  const all = source.split('\n');
  let start = Math.min(...lines);
  let end = Math.max(...lines);
  if (start > all.length || start < 1) return '';
  if (end > all.length) end = all.length;
  const pad = end === start ? 4 : 2;
  const first = start;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== all.length) {
      end++;
      p++;
    }
  }
  let out = `${filename}:${first}\n--------------------\n`;
  for (let i = start; i <= end; i++) {
    const mark = lines.includes(i) ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${mark} ${all[i - 1]}\n`;
  }
  return `${out}--------------------\n`;
}

/**
 * What `docker build` (buildx) writes to stderr after the progress display when the Dockerfile is
 * rejected: each location's excerpt, then the ERROR line. Exit code 1.
 */
export function formatBuildFailure(err: DockerfileError, filename: string, source: string): string {
  let out = '';
  for (const lines of err.locations) out += formatSourceExcerpt(filename, source, lines);
  return `${out}ERROR: failed to build: failed to solve: ${err.message}\n`;
}
