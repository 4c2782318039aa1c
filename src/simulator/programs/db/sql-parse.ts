// The tokenizer and recursive-descent helpers of the tiny SQL model (sql.ts): identifiers
// (folded to lower case unless double-quoted), numbers, 'strings' and punctuation, with the
// offset of each token so errors can point at it as PostgreSQL's `LINE 1:` caret does.

export interface Tok {
  text: string;
  kind: 'word' | 'num' | 'str' | 'punct';
  at: number;
}

export function tokenize(sql: string): Tok[] {
  const re = /\s*(?:([A-Za-z_][\w$]*)|"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|(\S))/y;
  const out: Tok[] = [];
  let m: RegExpExecArray | null;
  while (re.lastIndex < sql.length && (m = re.exec(sql))) {
    const at = m.index + m[0].length - m[0].trimStart().length;
    if (m[1] !== undefined) out.push({ text: m[1].toLowerCase(), kind: 'word', at });
    else if (m[2] !== undefined) out.push({ text: m[2].replace(/""/g, '"'), kind: 'word', at });
    else if (m[3] !== undefined) out.push({ text: m[3], kind: 'num', at });
    else if (m[4] !== undefined) out.push({ text: m[4].replace(/''/g, "'"), kind: 'str', at });
    else if (m[5] !== undefined) out.push({ text: m[5], kind: 'punct', at });
  }
  return out;
}

export class Syntax extends Error {
  at: number;
  constructor(at: number) {
    super('syntax');
    this.at = at;
  }
}

export class Parser {
  toks: Tok[];
  i = 0;
  end: number;
  constructor(toks: Tok[], end: number) {
    this.toks = toks;
    this.end = end;
  }
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  fail(): never {
    throw new Syntax(this.peek()?.at ?? this.end);
  }
  next(): Tok {
    const t = this.peek();
    if (!t) this.fail();
    this.i++;
    return t;
  }
  accept(text: string): boolean {
    if (this.peek()?.text !== text || this.peek()?.kind === 'str') return false;
    this.i++;
    return true;
  }
  expect(text: string): void {
    if (!this.accept(text)) this.fail();
  }
  ident(): string {
    const t = this.peek();
    if (t?.kind !== 'word') this.fail();
    this.i++;
    return t.text;
  }
  literal(): { value: string; numeric: boolean } {
    const t = this.next();
    if (t.kind === 'num') return { value: t.text, numeric: true };
    if (t.kind === 'str') return { value: t.text, numeric: false };
    if (t.text === 'true' || t.text === 'false') return { value: t.text[0], numeric: false };
    if (t.text === 'null') return { value: '', numeric: false };
    this.i--;
    this.fail();
  }
  done(): void {
    if (this.peek()) this.fail();
  }
}

export function syntaxError(sql: string, at: number): string {
  const tok = tokenize(sql.slice(at))[0];
  if (!tok) return 'syntax error at end of input';
  const raw = /^\s*('(?:[^']|'')*'|"(?:[^"]|"")*"|[\w$]+|\S)/.exec(sql.slice(at));
  return `syntax error at or near "${raw ? raw[1] : tok.text}"`;
}

/** Statements of a script, split at `;` outside quotes. */
export function splitStatements(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote = '';
  for (const ch of text) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === ';') {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
