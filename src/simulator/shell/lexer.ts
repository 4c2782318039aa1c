// Tokenizer for the shell: words with their quoting kept as parts, operators, newlines and
// here-document bodies (read after the line that announced them, as bash does). Long for a
// module because quoting, ${...}, $(...) and heredocs are one intertwined scanner.
import type { Heredoc, ParamOp, Word, WordPart } from './ast.ts';
import { Incomplete } from './errors.ts';

export type Token =
  | { kind: 'word'; word: Word; line: number; heredoc?: Heredoc }
  | { kind: 'op'; op: string; fd: number | null; line: number }
  | { kind: 'newline'; line: number }
  | { kind: 'eof'; line: number };

const OPS = ['&&', '||', ';;', '&>>', '&>', '>>', '>|', '>&', '<<<', '<<-', '<<', '<&', '<>', '|', '&', ';', '(', ')', '<', '>'];
const META = ' \t\n|&;<>()';
const SPECIAL_PARAMS = '?$#@*!-0123456789';

export function tokenize(src: string): Token[] {
  return new Lexer(src).run();
}

/** The parts of an unquoted here-document body: $ expansions and backquotes, `\` before $ ` \ only. */
export function heredocParts(body: string): WordPart[] {
  return new Lexer(body).heredoc();
}

class Lexer {
  private readonly src: string;
  private i = 0;
  private line = 1;
  private readonly tokens: Token[] = [];
  private pending: Heredoc[] = [];
  private heredocNext: { strip: boolean } | null = null;
  private readonly strips = new Map<Heredoc, boolean>();

  constructor(src: string) {
    this.src = src;
  }

  run(): Token[] {
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) break;
      if (c === ' ' || c === '\t') this.i++;
      else if (c === '\\' && this.src[this.i + 1] === '\n') {
        this.i += 2;
        this.line++;
      } else if (c === '#') {
        while (this.i < this.src.length && this.src[this.i] !== '\n') this.i++;
      } else if (c === '\n') {
        this.tokens.push({ kind: 'newline', line: this.line });
        this.i++;
        this.line++;
        this.readHeredocs();
      } else if (!this.operator()) this.word();
    }
    for (const h of this.pending) h.unterminated = true;
    this.tokens.push({ kind: 'eof', line: this.line });
    return this.tokens;
  }

  heredoc(): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (c === '\\' && '$`\\\n'.includes(this.src[this.i + 1] ?? '')) {
        if (this.src[this.i + 1] !== '\n') lit += this.src[this.i + 1];
        this.i += 2;
        continue;
      }
      const part = c === '$' || c === '`' ? this.scanDollar(true) : null;
      if (part) {
        if (lit !== '') parts.push({ type: 'lit', text: lit, quoted: true });
        lit = '';
        parts.push(part);
      } else {
        lit += c;
        this.i++;
      }
    }
    if (lit !== '') parts.push({ type: 'lit', text: lit, quoted: true });
    return parts;
  }

  private operator(): boolean {
    let fd: number | null = null;
    let j = this.i;
    while (j < this.src.length && this.src[j] >= '0' && this.src[j] <= '9') j++;
    if (j > this.i && (this.src[j] === '<' || this.src[j] === '>')) fd = Number(this.src.slice(this.i, j));
    else j = this.i;
    const op = OPS.find((o) => this.src.startsWith(o, j));
    if (!op) return false;
    this.i = j + op.length;
    this.tokens.push({ kind: 'op', op, fd, line: this.line });
    if (op === '<<' || op === '<<-') this.heredocNext = { strip: op === '<<-' };
    return true;
  }

  private word(): void {
    const start = this.i;
    const line = this.line;
    const parts = this.scanWord(META, false);
    const raw = this.src.slice(start, this.i);
    const token: Token = { kind: 'word', word: { parts, raw }, line };
    if (this.heredocNext) {
      const quoted = parts.some((p) => p.type === 'lit' && p.quoted);
      const delimiter = parts.map((p) => (p.type === 'lit' ? p.text : '')).join('') || raw;
      const h: Heredoc = { body: '', expand: !quoted, delimiter, unterminated: false };
      this.strips.set(h, this.heredocNext.strip);
      token.heredoc = h;
      this.pending.push(h);
      this.heredocNext = null;
    }
    this.tokens.push(token);
  }

  private readHeredocs(): void {
    while (this.pending.length > 0) {
      const h = this.pending[0];
      const strip = this.strips.get(h) ?? false;
      let body = '';
      let done = false;
      while (this.i < this.src.length) {
        const nl = this.src.indexOf('\n', this.i);
        const end = nl === -1 ? this.src.length : nl;
        let text = this.src.slice(this.i, end);
        this.i = nl === -1 ? end : end + 1;
        this.line++;
        if (strip) text = text.replace(/^\t+/, '');
        if (text === h.delimiter) {
          done = true;
          break;
        }
        body += `${text}\n`;
      }
      h.body = body;
      h.unterminated = !done;
      this.pending.shift();
      if (!done) break;
    }
  }

  /** Scan one word up to an unquoted character in `stops`; `inBraces` allows blanks (a ${x:-a b} argument). */
  private scanWord(stops: string, inBraces: boolean): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const flush = () => {
      if (lit !== '') parts.push({ type: 'lit', text: lit, quoted: false });
      lit = '';
    };
    if (!inBraces && this.src[this.i] === '~') {
      let j = this.i + 1;
      while (j < this.src.length && /[A-Za-z0-9_.-]/.test(this.src[j])) j++;
      if (j >= this.src.length || this.src[j] === '/' || META.includes(this.src[j])) {
        parts.push({ type: 'tilde', user: this.src.slice(this.i + 1, j) });
        this.i = j;
      }
    }
    while (this.i < this.src.length) {
      const c = this.src[this.i];
      if (stops.includes(c)) break;
      if (c === "'") {
        flush();
        const end = this.src.indexOf("'", this.i + 1);
        if (end === -1) throw new Incomplete("'");
        parts.push({ type: 'lit', text: this.src.slice(this.i + 1, end), quoted: true });
        this.countLines(this.i, end);
        this.i = end + 1;
      } else if (c === '"') {
        flush();
        this.i++;
        parts.push(...this.scanDquote());
      } else if (c === '\\') {
        const n = this.src[this.i + 1];
        if (n === undefined) {
          lit += '\\';
          this.i++;
        } else if (n === '\n') {
          this.i += 2;
          this.line++;
        } else {
          flush();
          parts.push({ type: 'lit', text: n, quoted: true });
          this.i += 2;
        }
      } else if (c === '$' || c === '`') {
        const part = this.scanDollar(false);
        if (part) {
          flush();
          parts.push(part);
        } else {
          lit += c;
          this.i++;
        }
      } else {
        if (c === '\n') this.line++;
        lit += c;
        this.i++;
      }
    }
    flush();
    if (inBraces && this.src[this.i] !== '}') throw new Incomplete('}');
    return parts;
  }

  private scanDquote(): WordPart[] {
    const parts: WordPart[] = [{ type: 'lit', text: '', quoted: true }];
    let lit = '';
    const flush = () => {
      if (lit !== '') parts.push({ type: 'lit', text: lit, quoted: true });
      lit = '';
    };
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined) throw new Incomplete('"');
      if (c === '"') {
        this.i++;
        break;
      }
      if (c === '\\' && '$`"\\\n'.includes(this.src[this.i + 1] ?? '')) {
        if (this.src[this.i + 1] === '\n') this.line++;
        else lit += this.src[this.i + 1];
        this.i += 2;
      } else if (c === '$' || c === '`') {
        const part = this.scanDollar(true);
        if (part) {
          flush();
          parts.push(part);
        } else {
          lit += c;
          this.i++;
        }
      } else {
        if (c === '\n') this.line++;
        lit += c;
        this.i++;
      }
    }
    flush();
    return parts.length > 1 ? parts.slice(1) : parts;
  }

  /** `$name`, `${...}`, `$(...)`, `$((...))` or a backquote; null when `$` is literal. */
  private scanDollar(quoted: boolean): WordPart | null {
    const s = this.src;
    if (s[this.i] === '`') {
      let j = this.i + 1;
      let body = '';
      while (j < s.length && s[j] !== '`') {
        if (s[j] === '\\' && '$`\\'.includes(s[j + 1] ?? '')) j++;
        body += s[j++];
      }
      if (j >= s.length) throw new Incomplete('`');
      this.countLines(this.i, j);
      this.i = j + 1;
      return { type: 'cmdsub', source: body, quoted };
    }
    const n = s[this.i + 1];
    if (n === '(' && s[this.i + 2] === '(') {
      const end = findArithEnd(s, this.i + 3);
      if (end !== -1) {
        const source = s.slice(this.i + 3, end);
        this.countLines(this.i, end);
        this.i = end + 2;
        return { type: 'arith', source, quoted };
      }
    }
    if (n === '(') {
      const end = findParenEnd(s, this.i + 2);
      if (end === -1) throw new Incomplete(')');
      const source = s.slice(this.i + 2, end);
      this.countLines(this.i, end);
      this.i = end + 1;
      return { type: 'cmdsub', source, quoted };
    }
    if (n === '{') return this.scanBraced(quoted);
    if (n !== undefined && /[A-Za-z_]/.test(n)) {
      let j = this.i + 1;
      while (j < s.length && /[A-Za-z0-9_]/.test(s[j])) j++;
      const name = s.slice(this.i + 1, j);
      this.i = j;
      return { type: 'param', name, quoted };
    }
    if (n !== undefined && SPECIAL_PARAMS.includes(n)) {
      this.i += 2;
      return { type: 'param', name: n, quoted };
    }
    return null;
  }

  private scanBraced(quoted: boolean): WordPart {
    const s = this.src;
    const start = this.i;
    this.i += 2;
    let length = false;
    if (s[this.i] === '#' && s[this.i + 1] !== '}') {
      length = true;
      this.i++;
    }
    let j = this.i;
    if (/[A-Za-z_]/.test(s[j] ?? '')) while (j < s.length && /[A-Za-z0-9_]/.test(s[j])) j++;
    else if (SPECIAL_PARAMS.includes(s[j] ?? '')) j++;
    const name = s.slice(this.i, j);
    this.i = j;
    if (s[this.i] === undefined) throw new Incomplete('}');
    if (s[this.i] === '}' && name !== '') {
      this.i++;
      return length ? { type: 'param', name, op: 'len', quoted } : { type: 'param', name, quoted };
    }
    const op = (['##', '%%', ':-', ':=', ':+', ':?', '-', '=', '+', '?', '#', '%'] as ParamOp[]).find((o) => s.startsWith(o, this.i));
    if (name === '' || length || !op) {
      const end = s.indexOf('}', this.i);
      if (end === -1) throw new Incomplete('}');
      this.i = end + 1;
      return { type: 'bad', text: s.slice(start, end + 1) };
    }
    this.i += op.length;
    const argStart = this.i;
    const parts = this.scanWord('}', true);
    const arg: Word = { parts: quoted ? parts.map((p) => (p.type === 'lit' ? { ...p, quoted: true } : p)) : parts, raw: s.slice(argStart, this.i) };
    this.i++;
    return { type: 'param', name, op, arg, quoted };
  }

  private countLines(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.src[k] === '\n') this.line++;
  }
}

/** Index of the `)` closing a `$(` whose body starts at `from`, skipping quotes; -1 if none. */
export function findParenEnd(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') j++;
    else if (c === "'") {
      j = s.indexOf("'", j + 1);
      if (j === -1) return -1;
    } else if (c === '"') {
      for (j++; j < s.length && s[j] !== '"'; j++) if (s[j] === '\\') j++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return -1;
}

/** Index of the `))` closing `$((`, or -1. */
function findArithEnd(s: string, from: number): number {
  let depth = 0;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')') {
      if (depth === 0) return s[j + 1] === ')' ? j : -1;
      depth--;
    }
  }
  return -1;
}
