// The slice of JavaScript mongosh scripts are written in that this model reads: literals
// (numbers, strings, true/false/null, objects, arrays), names, property access, calls and
// `new Date()`, statements split at `;` or line ends; plus mongosh's own `show dbs`, `use db`.
// Anything else is a SyntaxError at the first token it does not follow, as mongosh reports it.

export type Node =
  | { t: 'lit'; v: unknown }
  | { t: 'obj'; props: [string, Node][] }
  | { t: 'arr'; items: Node[] }
  | { t: 'id'; name: string }
  | { t: 'get'; obj: Node; name: string }
  | { t: 'call'; fn: Node; args: Node[] }
  | { t: 'new'; name: string; args: Node[] };

export type Statement = { t: 'expr'; node: Node; text: string } | { t: 'shell'; cmd: string; arg: string };

interface Tok {
  k: 'id' | 'num' | 'str' | 'p' | 'nl';
  v: string;
  at: number;
}

export class JsError extends Error {}

function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  const re = /(\n)|([ \t\r]+)|(\/\/[^\n]*)|([A-Za-z_$][\w$]*)|(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)|('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|([{}[\](),:;.])/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < src.length) {
    re.lastIndex = at;
    m = re.exec(src);
    if (!m) throw syntaxError(src, at);
    if (m[1]) toks.push({ k: 'nl', v: '\n', at });
    else if (m[4]) toks.push({ k: 'id', v: m[4], at });
    else if (m[5]) toks.push({ k: 'num', v: m[5], at });
    else if (m[6]) toks.push({ k: 'str', v: unquote(m[6]), at });
    else if (m[7]) toks.push({ k: 'p', v: m[7], at });
    at = re.lastIndex;
  }
  return toks;
}

function unquote(s: string): string {
  return s.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}

/** Babel's message as mongosh shows it: "Unexpected token (line:column)". */
function syntaxError(src: string, at: number): JsError {
  const before = src.slice(0, at).split('\n');
  return new JsError(`SyntaxError: Unexpected token (${before.length}:${before[before.length - 1].length})`);
}

class Parser {
  private i = 0;
  private readonly toks: Tok[];
  private readonly src: string;
  constructor(toks: Tok[], src: string) {
    this.toks = toks;
    this.src = src;
  }

  private peek(): Tok | undefined {
    return this.toks[this.i];
  }

  private fail(): never {
    throw syntaxError(this.src, this.peek()?.at ?? this.src.length);
  }

  private eat(v: string): void {
    if (this.peek()?.v !== v) this.fail();
    this.i++;
  }

  private skipNl(): void {
    while (this.peek()?.k === 'nl') this.i++;
  }

  statements(): Statement[] {
    const out: Statement[] = [];
    for (;;) {
      while (this.peek()?.v === ';' || this.peek()?.k === 'nl') this.i++;
      const start = this.peek();
      if (!start) return out;
      out.push(this.statement(start));
      const end = this.peek();
      if (end && end.v !== ';' && end.k !== 'nl') this.fail();
    }
  }

  private statement(start: Tok): Statement {
    const next = this.toks[this.i + 1];
    if ((start.v === 'show' || start.v === 'use') && start.k === 'id' && next?.k === 'id') {
      this.i += 2;
      return { t: 'shell', cmd: start.v, arg: next.v };
    }
    const node = this.expr();
    const to = this.peek()?.at ?? this.src.length;
    return { t: 'expr', node, text: this.src.slice(start.at, to).trim() };
  }

  private expr(): Node {
    let node = this.primary();
    for (;;) {
      const p = this.peek();
      if (p?.v === '.') {
        this.i++;
        const name = this.peek();
        if (name?.k !== 'id') this.fail();
        this.i++;
        node = { t: 'get', obj: node, name: name.v };
      } else if (p?.v === '(') node = { t: 'call', fn: node, args: this.list('(', ')') };
      else if (p?.v === '[') {
        this.i++;
        const key = this.expr();
        this.eat(']');
        if (key.t !== 'lit') this.fail();
        node = { t: 'get', obj: node, name: String(key.v) };
      } else return node;
    }
  }

  private list(open: string, close: string): Node[] {
    this.eat(open);
    const items: Node[] = [];
    this.skipNl();
    while (this.peek()?.v !== close) {
      items.push(this.expr());
      this.skipNl();
      if (this.peek()?.v === ',') this.i++;
      else if (this.peek()?.v !== close) this.fail();
      this.skipNl();
    }
    this.i++;
    return items;
  }

  private object(): Node {
    this.eat('{');
    const props: [string, Node][] = [];
    this.skipNl();
    while (this.peek()?.v !== '}') {
      const key = this.peek();
      if (!key || (key.k !== 'id' && key.k !== 'str' && key.k !== 'num')) this.fail();
      this.i++;
      this.eat(':');
      this.skipNl();
      props.push([key.v, this.expr()]);
      this.skipNl();
      if (this.peek()?.v === ',') this.i++;
      else if (this.peek()?.v !== '}') this.fail();
      this.skipNl();
    }
    this.i++;
    return { t: 'obj', props };
  }

  private primary(): Node {
    this.skipNl();
    const tok = this.peek();
    if (!tok) this.fail();
    if (tok.v === '{') return this.object();
    if (tok.v === '[') return { t: 'arr', items: this.list('[', ']') };
    if (tok.v === '(') {
      this.i++;
      const e = this.expr();
      this.eat(')');
      return e;
    }
    this.i++;
    if (tok.k === 'num') return { t: 'lit', v: Number(tok.v) };
    if (tok.k === 'str') return { t: 'lit', v: tok.v };
    if (tok.k !== 'id') throw syntaxError(this.src, tok.at);
    if (tok.v === 'true' || tok.v === 'false') return { t: 'lit', v: tok.v === 'true' };
    if (tok.v === 'null') return { t: 'lit', v: null };
    if (tok.v === 'new') {
      const name = this.peek();
      if (name?.k !== 'id') this.fail();
      this.i++;
      return { t: 'new', name: name.v, args: this.peek()?.v === '(' ? this.list('(', ')') : [] };
    }
    return { t: 'id', name: tok.v };
  }
}

/** The statements of a mongosh script (--eval text, a line typed at the prompt). */
export function parseScript(src: string): Statement[] {
  return new Parser(tokenize(src), src).statements();
}
