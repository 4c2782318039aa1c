// Parser directives (BuildKit parser/directives.go): `# syntax=`, `# escape=`, `# check=` are
// recognised only in the leading comment block; the first line that is not `#<name>=<value>` with
// a known name (an instruction, a blank line, any other comment) ends them for good. A directive
// may appear once. Also linter.ParseLintOptions for the `check` value.
import { goQuote } from '../../util/format/go-fmt.ts';
import { trimLeftSpace } from './go-text.ts';

export interface Directive {
  name: 'syntax' | 'escape' | 'check';
  value: string;
  /** 1-based line number. */
  line: number;
}

// Go's \s is [\t\n\f\r ], narrower than JavaScript's.
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;
const NAMES = new Set(['syntax', 'escape', 'check']);

/** DirectiveParser: feed it lines in order; it stops looking after the first non-directive. */
export class DirectiveParser {
  private line = 0;
  private done = false;
  private readonly seen = new Set<string>();
  private readonly comment: string;

  constructor(comment = '#', startLine = 0) {
    this.comment = comment;
    this.line = startLine;
  }

  /** The directive on this line, null if none; throws BuildKit's text for a repeated directive. */
  parseLine(text: string): Directive | null {
    this.line++;
    if (this.done) return null;
    if (!text.startsWith(this.comment)) {
      this.done = true;
      return null;
    }
    const m = DIRECTIVE.exec(trimLeftSpace(text.slice(this.comment.length)));
    const name = m ? m[1].toLowerCase() : '';
    if (!m || !NAMES.has(name)) {
      this.done = true;
      return null;
    }
    if (this.seen.has(name)) throw new Error(`only one ${name} parser directive can be used`);
    this.seen.add(name);
    return { name: name as Directive['name'], value: m[2], line: this.line };
  }
}

/**
 * parser.ParseDirective(key, dt): the first token of a directive's value, skipping a BOM and a
 * leading `#!` line; used for `check` (and `syntax`) before the file is parsed.
 */
export function findDirective(source: string, key: Directive['name']): string | null {
  let text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  let start = 0;
  if (text.startsWith('#!')) {
    const nl = text.indexOf('\n');
    text = nl < 0 ? '' : text.slice(nl + 1);
    start = 1;
  }
  const parser = new DirectiveParser('#', start);
  for (const line of text.split('\n')) {
    let d: Directive | null;
    try {
      d = parser.parseLine(line.replace(/\r$/, ''));
    } catch {
      break;
    }
    if (d?.name === key) return d.value.split(' ')[0];
    if (d === null) break;
  }
  return null;
}

export interface CheckOptions {
  skipAll: boolean;
  skip: string[];
  experimentalAll: boolean;
  experimental: string[];
  error: boolean;
}

/** linter.ParseLintOptions; errors carry the text `docker build` reports after "failed to solve: ". */
export function parseCheckOptions(value: string | null): CheckOptions {
  const opts: CheckOptions = { skipAll: false, skip: [], experimentalAll: false, experimental: [], error: false };
  const text = (value ?? '').trim();
  if (text === '') return opts;
  for (const part of splitN(text, ';', 3)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`failed to parse check options: invalid check option ${goQuote(part)}`);
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === 'skip' || key === 'experimental') {
      const list = v === 'all' ? [] : v.split(',').map((r) => r.trim());
      if (key === 'skip') [opts.skipAll, opts.skip] = [v === 'all', list];
      else [opts.experimentalAll, opts.experimental] = [v === 'all', list];
    } else if (key === 'error') opts.error = parseGoBool(v, part);
    else throw new Error(`failed to parse check options: invalid check option ${goQuote(key)}`);
  }
  return opts;
}

function parseGoBool(v: string, part: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new Error(
    `failed to parse check options: failed to parse check option ${goQuote(part)}: strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`,
  );
}

/** strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
