// The line scanner of BuildKit's parser.Parse: parser directives at the top, comments, the escape
// token as line continuation (comment lines inside a continuation are skipped, empty ones too, with
// a NoEmptyContinuation warning), then heredoc bodies after the logical line that opened them
// (RUN, COPY, ADD, also behind ONBUILD; never for JSON form). Errors carry BuildKit's text and lines.
import type { Heredoc, Node, Warning } from './ast.ts';
import { type Directive, DirectiveParser } from './directives.ts';
import { DockerfileError, lineRange } from './errors.ts';
import { trimLeftSpace, trimSpace, utf8Bytes } from './go-text.ts';
import { heredocsFromLine } from './heredoc.ts';
import { nodeFromLine } from './line-parsers.ts';

export interface NodesResult {
  nodes: Node[];
  escapeToken: '\\' | '`';
  directives: Directive[];
  warnings: Warning[];
}

/** bufio.MaxScanTokenSize: a longer physical line stops the scanner. */
const MAX_LINE_BYTES = 64 * 1024;

class Scanner {
  private readonly lines: string[];
  private i = 0;
  tooLong = false;
  constructor(source: string) {
    // scanLines keeps each line's '\n'
    this.lines = source.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  }
  scan(): string | null {
    if (this.i >= this.lines.length || this.tooLong) return null;
    const line = this.lines[this.i];
    if (line.length * 3 > MAX_LINE_BYTES && utf8Bytes(line).length > MAX_LINE_BYTES) {
      this.tooLong = true;
      return null;
    }
    this.i++;
    return line;
  }
}

class Escape {
  token: '\\' | '`' = '\\';
  continuation = /([^\\])\\[ \t]*$|^\\[ \t]*$/;
  set(value: string): void {
    if (value !== '`' && value !== '\\') {
      throw new Error(`invalid escape token '${value}' does not match \` or \\`);
    }
    this.token = value;
    this.continuation = value === '`' ? /([^`])`[ \t]*$|^`[ \t]*$/ : /([^\\])\\[ \t]*$|^\\[ \t]*$/;
  }
  /** trimContinuationCharacter: [line without the escape, is this the end of the logical line]. */
  trim(line: string): [string, boolean] {
    return this.continuation.test(line) ? [line.replace(this.continuation, '$1'), false] : [line, true];
  }
}

const trimNewline = (s: string): string => s.replace(/[\r\n]+$/, '');
const isComment = (s: string): boolean => trimLeftSpace(s).startsWith('#');

/** parser.Parse. Throws DockerfileError. */
export function parseNodes(source: string): NodesResult {
  return new LineParser(source).run();
}

class LineParser {
  private readonly sc: Scanner;
  private readonly esc = new Escape();
  private readonly dp = new DirectiveParser();
  private readonly directives: Directive[] = [];
  private readonly warnings: Warning[] = [];
  private comments: string[] = [];
  /** Physical lines consumed so far (the 1-based number of the last one). */
  private current = 0;

  constructor(source: string) {
    this.sc = new Scanner(source);
  }

  run(): NodesResult {
    const nodes: Node[] = [];
    for (let raw = this.sc.scan(); raw !== null; raw = this.sc.scan()) {
      if (this.current === 0 && raw.startsWith('\uFEFF')) raw = raw.slice(1);
      if (isComment(raw)) {
        const text = trimSpace(raw.slice(1));
        this.comments = text === '' ? [] : [...this.comments, text];
      }
      const first = this.processLine(raw, true);
      this.current++;
      const start = this.current;
      const [line, end] = this.esc.trim(first);
      if (end && line.length === 0) continue;
      const buf = end ? line : this.continuation(line);
      const node = withLocation(() => nodeFromLine(buf, this.esc.token, this.comments), start, this.current);
      const at = { line: this.current };
      node.heredocs = readHeredocs(node, buf, this.sc, at, start);
      this.current = at.line;
      node.range = { start, end: this.current };
      nodes.push(node);
      this.comments = [];
    }
    if (nodes.length === 0) throw new DockerfileError('file with no instructions', [lineRange(this.current, 0)]);
    if (this.sc.tooLong) {
      throw new DockerfileError('dockerfile line greater than max allowed size of 65535', [lineRange(this.current, 0)]);
    }
    return { nodes, escapeToken: this.esc.token, directives: this.directives, warnings: this.warnings };
  }

  /** processLine: trim the newline (and leading space), look for a directive, drop comments. */
  private processLine(raw: string, stripLeft: boolean): string {
    let token = trimNewline(raw);
    if (stripLeft) token = trimLeftSpace(token);
    let d: Directive | null;
    try {
      d = this.dp.parseLine(token);
      if (d?.name === 'escape') this.esc.set(d.value);
    } catch (e) {
      throw new DockerfileError((e as Error).message, [lineRange(this.current, 0)]);
    }
    if (d) {
      this.directives.push(d);
      this.comments = this.comments.slice(0, -1);
    }
    return isComment(token) ? '' : token;
  }

  /** The rest of a continued logical line: comment lines skipped, blank ones skipped with a warning. */
  private continuation(first: string): string {
    let buf = first;
    let empty = false;
    for (let raw = this.sc.scan(); raw !== null; raw = this.sc.scan()) {
      const part = this.processLine(raw, false);
      this.current++;
      if (isComment(raw)) continue;
      if (trimLeftSpace(trimNewline(part)).length === 0) {
        empty = true;
        continue;
      }
      const [text, end] = this.esc.trim(part);
      buf += text;
      if (end) break;
    }
    if (empty) {
      this.warnings.push({ rule: 'NoEmptyContinuation', message: `Empty continuation line found in: ${buf}`, line: this.current });
    }
    return buf;
  }
}

function withLocation<T>(f: () => T, start: number, end: number): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DockerfileError) throw e;
    throw new DockerfileError((e as Error).message, [lineRange(start, end)]);
  }
}

/** Heredoc-capable: RUN, COPY, ADD (also as ONBUILD's trigger), not in JSON form. */
function canContainHeredoc(node: Node): boolean {
  const n = node.value.toLowerCase() === 'onbuild' && node.sub ? node.sub : node;
  return ['add', 'copy', 'run'].includes(n.value.toLowerCase()) && !n.json;
}

/** Reads each heredoc's body from the following lines; `at.line` advances past them. */
function readHeredocs(node: Node, line: string, sc: Scanner, at: { line: number }, start: number): Heredoc[] {
  if (!canContainHeredoc(node) || !line.includes('<<')) return [];
  const docs = withLocation(() => heredocsFromLine(line), start, at.line);
  for (const doc of docs) {
    let terminated = false;
    let content = '';
    for (let raw = sc.scan(); raw !== null; raw = sc.scan()) {
      at.line++;
      let candidate = trimNewline(raw);
      if (doc.chomp) candidate = candidate.replace(/^\t+/, '');
      if (candidate === doc.name) {
        terminated = true;
        break;
      }
      content += raw;
    }
    if (!terminated) throw new DockerfileError('unterminated heredoc', [lineRange(start, at.line)]);
    doc.content = content;
  }
  return docs;
}
