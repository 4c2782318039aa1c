// A recursive-descent parser for the JavaScript the model follows (statements, expressions with
// operator precedence, arrows, destructuring, template literals, CommonJS and import syntax).
// What it cannot parse is the model's limit, not a SyntaxError of the learner's: callers report
// it as "beyond the model". Parsers may approach 500 lines (STYLE.md); this one is one grammar.
import type { At, Expr, FnExpr, Pattern, Prop, Stmt } from './ast.ts';
import { JsSyntaxError, lex, type Tok } from './lex.ts';

const BIN: Record<string, number> = {
  '??': 1, '||': 2, '&&': 3, '|': 4, '^': 5, '&': 6, '==': 7, '!=': 7, '===': 7, '!==': 7,
  '<': 8, '>': 8, '<=': 8, '>=': 8, instanceof: 8, in: 8, '<<': 9, '>>': 9, '>>>': 9,
  '+': 10, '-': 10, '*': 11, '/': 11, '%': 11, '**': 12,
};
const ASSIGN = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '||=', '&&=', '??=', '|=', '&=', '^=', '<<=', '>>=']);
const UNSUPPORTED_STMT = new Set(['class', 'switch', 'do', 'with', 'label', 'debugger', 'yield']);

export class Parser {
  private readonly toks: Tok[];
  private p = 0;

  constructor(toks: Tok[]) {
    this.toks = toks;
  }

  private get cur(): Tok {
    return this.toks[this.p];
  }
  private peek(n = 1): Tok {
    return this.toks[Math.min(this.p + n, this.toks.length - 1)];
  }
  private at(t: Tok = this.cur): At {
    return [t.line, t.col];
  }
  private is(v: string, t: Tok = this.cur): boolean {
    return (t.k === 'punc' || t.k === 'name') && t.v === v;
  }
  private eat(v: string): boolean {
    if (!this.is(v)) return false;
    this.p++;
    return true;
  }
  private fail(t: Tok = this.cur): never {
    throw new JsSyntaxError(t.k === 'eof' ? 'Unexpected end of input' : `Unexpected token '${t.v}'`, t.line, t.col);
  }
  private expect(v: string): Tok {
    if (!this.is(v)) this.fail();
    return this.toks[this.p++];
  }
  private name(): string {
    if (this.cur.k !== 'name') this.fail();
    return this.toks[this.p++].v;
  }
  private semi(): void {
    if (this.eat(';') || this.is('}') || this.cur.k === 'eof' || this.cur.nl) return;
    this.fail();
  }

  program(): Stmt[] {
    const body: Stmt[] = [];
    while (this.cur.k !== 'eof') body.push(this.statement());
    return body;
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    while (!this.is('}')) {
      if (this.cur.k === 'eof') this.fail();
      body.push(this.statement());
    }
    this.p++;
    return body;
  }

  /** Skip a construct the model does not follow: up to its closing brace or the end of the statement. */
  private skipUnsupported(what: string): Stmt {
    const at = this.at();
    let depth = 0;
    while (this.cur.k !== 'eof') {
      const v = this.cur.k === 'punc' ? this.cur.v : '';
      this.p++;
      if (v === '{' || v === '(' || v === '[') depth++;
      else if (v === '}' || v === ')' || v === ']') {
        if (--depth <= 0 && v === '}') break;
      } else if (v === ';' && depth === 0) break;
    }
    return { t: 'unsupported', what, at };
  }

  statement(): Stmt {
    const t = this.cur;
    const at = this.at();
    if (t.k === 'punc' && t.v === '{') return { t: 'block', body: this.block(), at };
    if (t.k === 'punc' && t.v === ';') return (this.p++, { t: 'empty', at });
    if (t.k !== 'name') return this.exprStatement();
    switch (t.v) {
      case 'const':
      case 'let':
      case 'var':
        return this.varDecl(true);
      case 'function':
        return { t: 'fndecl', fn: this.func(false), at };
      case 'async':
        if (this.is('function', this.peek())) return (this.p++, { t: 'fndecl', fn: { ...this.func(false), async: true }, at });
        return this.exprStatement();
      case 'if':
        return this.ifStmt();
      case 'for':
        return this.forStmt();
      case 'while': {
        this.p++;
        this.expect('(');
        const test = this.expression();
        this.expect(')');
        return { t: 'while', test, body: this.statement(), at };
      }
      case 'return': {
        this.p++;
        const e = this.is(';') || this.is('}') || this.cur.nl || this.cur.k === 'eof' ? undefined : this.expression();
        this.semi();
        return { t: 'return', e, at };
      }
      case 'break':
      case 'continue':
        this.p++;
        this.semi();
        return { t: t.v, at } as Stmt;
      case 'throw': {
        this.p++;
        const e = this.expression();
        this.semi();
        return { t: 'throw', e, at };
      }
      case 'try':
        return this.tryStmt();
      case 'import':
        if (this.is('(', this.peek()) || this.is('.', this.peek())) return this.exprStatement();
        return this.importStmt();
      case 'export':
        return this.exportStmt();
      default:
        if (UNSUPPORTED_STMT.has(t.v)) return this.skipUnsupported(t.v);
        return this.exprStatement();
    }
  }

  private exprStatement(): Stmt {
    const at = this.at();
    const e = this.expression();
    this.semi();
    return { t: 'expr', e, at };
  }

  private varDecl(withSemi: boolean): Stmt & { t: 'var' } {
    const at = this.at();
    const kind = this.toks[this.p++].v;
    const decls: { p: Pattern; init?: Expr }[] = [];
    do {
      const p = this.pattern();
      decls.push({ p, init: this.eat('=') ? this.assign() : undefined });
    } while (this.eat(','));
    if (withSemi) this.semi();
    return { t: 'var', kind, decls, at };
  }

  private ifStmt(): Stmt {
    const at = this.at();
    this.p++;
    this.expect('(');
    const test = this.expression();
    this.expect(')');
    const then = this.statement();
    return { t: 'if', test, then, else: this.eat('else') ? this.statement() : undefined, at };
  }

  private forStmt(): Stmt {
    const at = this.at();
    this.p++;
    if (this.is('await')) return this.skipUnsupported('for await');
    this.expect('(');
    if ((this.is('const') || this.is('let') || this.is('var')) && (this.is('of', this.peek(2)) || this.is('in', this.peek(2)) || this.isPatternThen())) {
      const kind = this.toks[this.p++].v;
      const p = this.pattern();
      const of = this.cur.v === 'of';
      this.p++;
      const e = this.expression();
      this.expect(')');
      return { t: 'forof', kind, p, of, e, body: this.statement(), at };
    }
    const init = this.is(';') ? undefined : this.is('const') || this.is('let') || this.is('var') ? this.varDecl(false) : { t: 'expr' as const, e: this.expression(), at };
    this.expect(';');
    const test = this.is(';') ? undefined : this.expression();
    this.expect(';');
    const update = this.is(')') ? undefined : this.expression();
    this.expect(')');
    return { t: 'for', init, test, update, body: this.statement(), at };
  }

  /** `for (const [k, v] of ...)`: a destructuring pattern followed by of/in. */
  private isPatternThen(): boolean {
    const open = this.peek();
    if (!(this.is('[', open) || this.is('{', open))) return false;
    let depth = 0;
    for (let i = this.p + 1; i < this.toks.length; i++) {
      const v = this.toks[i].k === 'punc' ? this.toks[i].v : '';
      if (v === '[' || v === '{') depth++;
      else if ((v === ']' || v === '}') && --depth === 0) return this.is('of', this.toks[i + 1]) || this.is('in', this.toks[i + 1]);
    }
    return false;
  }

  private tryStmt(): Stmt {
    const at = this.at();
    this.p++;
    const block = this.block();
    let param: Pattern | undefined;
    let handler: Stmt[] | undefined;
    if (this.eat('catch')) {
      if (this.eat('(')) {
        param = this.pattern();
        this.expect(')');
      }
      handler = this.block();
    }
    const finalizer = this.eat('finally') ? this.block() : undefined;
    return { t: 'try', block, param, handler, finalizer, at };
  }

  private importStmt(): Stmt {
    const at = this.at();
    this.p++;
    const s: Stmt & { t: 'import' } = { t: 'import', source: '', named: [], at };
    if (this.cur.k !== 'str') {
      if (this.cur.k === 'name') s.def = this.name();
      this.eat(',');
      if (this.eat('*')) {
        this.expect('as');
        s.ns = this.name();
      } else if (this.eat('{')) {
        while (!this.eat('}')) {
          const imported = (this.cur.k as string) === 'str' ? this.toks[this.p++].v : this.name();
          s.named.push([imported, this.eat('as') ? this.name() : imported]);
          this.eat(',');
        }
      }
      this.expect('from');
    }
    if (this.cur.k !== 'str') this.fail();
    s.source = this.toks[this.p++].v;
    this.semi();
    return s;
  }

  private exportStmt(): Stmt {
    this.p++;
    if (this.eat('default')) return this.exprStatement();
    if (this.is('{') || this.is('*')) return this.skipUnsupported('export');
    return this.statement();
  }

  pattern(): Pattern {
    const at = this.at();
    if (this.eat('{')) {
      const props: { key: string; value: Pattern; def?: Expr }[] = [];
      let rest: string | undefined;
      while (!this.eat('}')) {
        if (this.eat('...')) rest = this.name();
        else {
          const key = this.cur.k === 'str' ? this.toks[this.p++].v : this.name();
          const value: Pattern = this.eat(':') ? this.pattern() : { t: 'id', name: key, at: this.at() };
          props.push({ key, value, def: this.eat('=') ? this.assign() : undefined });
        }
        if (!this.is('}')) this.expect(',');
      }
      return { t: 'objpat', props, rest, at };
    }
    if (this.eat('[')) {
      const items: ({ p: Pattern; def?: Expr } | null)[] = [];
      let rest: string | undefined;
      while (!this.eat(']')) {
        if (this.is(',')) items.push(null);
        else if (this.eat('...')) rest = this.name();
        else items.push({ p: this.pattern(), def: this.eat('=') ? this.assign() : undefined });
        if (!this.is(']')) this.expect(',');
      }
      return { t: 'arrpat', items, rest, at };
    }
    return { t: 'id', name: this.name(), at };
  }

  private params(): FnExpr['params'] {
    this.expect('(');
    const out: FnExpr['params'] = [];
    while (!this.eat(')')) {
      const rest = this.eat('...');
      const p = this.pattern();
      out.push({ p, def: this.eat('=') ? this.assign() : undefined, rest });
      if (!this.is(')')) this.expect(',');
    }
    return out;
  }

  private func(isExpr: boolean): FnExpr {
    const at = this.at();
    this.expect('function');
    if (this.eat('*')) this.fail(this.toks[this.p - 1]);
    const name = this.cur.k === 'name' && !this.is('(') ? this.name() : undefined;
    void isExpr;
    const params = this.params();
    return { t: 'fn', name, params, body: this.block(), arrow: false, async: false, at };
  }

  expression(): Expr {
    const at = this.at();
    const first = this.assign();
    if (!this.is(',')) return first;
    const es = [first];
    while (this.eat(',')) es.push(this.assign());
    return { t: 'seq', es, at };
  }

  /** At `(`: does the matching `)` have `=>` after it? */
  private arrowAhead(from: number): boolean {
    let depth = 0;
    for (let i = from; i < this.toks.length; i++) {
      const t = this.toks[i];
      if (t.k !== 'punc') continue;
      if (t.v === '(' || t.v === '[' || t.v === '{') depth++;
      else if ((t.v === ')' || t.v === ']' || t.v === '}') && --depth === 0) return this.is('=>', this.toks[i + 1]) && !this.toks[i + 1].nl;
    }
    return false;
  }

  private arrow(async: boolean): FnExpr {
    const at = this.at();
    const params: FnExpr['params'] = this.cur.k === 'name' ? [{ p: { t: 'id', name: this.name(), at } }] : this.params();
    this.expect('=>');
    const body = this.is('{') ? this.block() : this.assign();
    return { t: 'fn', params, body, arrow: true, async, at };
  }

  assign(): Expr {
    const at = this.at();
    if (this.is('async') && !this.peek().nl && ((this.peek().k === 'name' && this.is('=>', this.peek(2))) || (this.is('(', this.peek()) && this.arrowAhead(this.p + 1)))) {
      this.p++;
      return this.arrow(true);
    }
    if ((this.cur.k === 'name' && this.is('=>', this.peek())) || (this.is('(') && this.arrowAhead(this.p))) return this.arrow(false);
    const left = this.conditional();
    if (this.cur.k === 'punc' && ASSIGN.has(this.cur.v)) {
      const op = this.toks[this.p++].v;
      return { t: 'assign', op, target: left, v: this.assign(), at };
    }
    return left;
  }

  private conditional(): Expr {
    const at = this.at();
    const test = this.binary(0);
    if (!this.eat('?')) return test;
    const a = this.assign();
    this.expect(':');
    return { t: 'cond', test, a, b: this.assign(), at };
  }

  private binary(min: number): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.cur;
      const prec = (t.k === 'punc' || t.v === 'instanceof' || t.v === 'in') ? BIN[t.v] : undefined;
      if (prec === undefined || prec <= min) return left;
      this.p++;
      const right = t.v === '**' ? this.binary(prec - 1) : this.binary(prec);
      left = { t: 'bin', op: t.v, l: left, r: right, at: [t.line, t.col] };
    }
  }

  private unary(): Expr {
    const at = this.at();
    const t = this.cur;
    if ((t.k === 'punc' && ['!', '-', '+', '~'].includes(t.v)) || (t.k === 'name' && ['typeof', 'void', 'delete', 'await'].includes(t.v))) {
      this.p++;
      return { t: 'un', op: t.v, e: this.unary(), at };
    }
    if (t.k === 'punc' && (t.v === '++' || t.v === '--')) {
      this.p++;
      return { t: 'upd', op: t.v, prefix: true, e: this.unary(), at };
    }
    const e = this.postfix();
    if ((this.is('++') || this.is('--')) && !this.cur.nl) return { t: 'upd', op: this.toks[this.p++].v as '++' | '--', prefix: false, e, at };
    return e;
  }

  private args(): Expr[] {
    this.expect('(');
    const out: Expr[] = [];
    while (!this.eat(')')) {
      const at = this.at();
      out.push(this.eat('...') ? { t: 'spread', e: this.assign(), at } : this.assign());
      if (!this.is(')')) this.expect(',');
    }
    return out;
  }

  private postfix(): Expr {
    let e: Expr;
    const at = this.at();
    if (this.eat('new')) {
      const callee = this.postfixNoCall(this.primary());
      e = { t: 'call', callee, args: this.is('(') ? this.args() : [], optional: false, isNew: true, at };
    } else e = this.primary();
    for (;;) {
      const t = this.cur;
      const tat: At = [t.line, t.col];
      if (this.eat('.')) e = { t: 'member', obj: e, prop: this.cur.k === 'name' ? this.name() : this.fail(), optional: false, at: tat };
      else if (this.is('?.')) {
        this.p++;
        if (this.is('(')) e = { t: 'call', callee: e, args: this.args(), optional: true, isNew: false, at: tat };
        else if (this.eat('[')) {
          e = { t: 'member', obj: e, prop: this.expression(), optional: true, at: tat };
          this.expect(']');
        } else e = { t: 'member', obj: e, prop: this.name(), optional: true, at: tat };
      } else if (this.eat('[')) {
        e = { t: 'member', obj: e, prop: this.expression(), optional: false, at: tat };
        this.expect(']');
      } else if (this.is('(')) e = { t: 'call', callee: e, args: this.args(), optional: false, isNew: false, at: this.calleeAt(e, tat) };
      else if (t.k === 'tmpl' && !t.nl) return { t: 'unsupported', what: 'tagged template', at: tat };
      else return e;
    }
  }

  /** node's stack names a call by where its callee starts: `require` in `x = require('y')`. */
  private calleeAt(e: Expr, fallback: At): At {
    return e.t === 'id' || e.t === 'member' ? (e.t === 'member' ? this.calleeAt(e.obj, e.at) : e.at) : fallback;
  }

  private postfixNoCall(e: Expr): Expr {
    while (this.is('.')) {
      const at = this.at();
      this.p++;
      e = { t: 'member', obj: e, prop: this.name(), optional: false, at };
    }
    return e;
  }

  private primary(): Expr {
    const t = this.cur;
    const at = this.at();
    if (t.k === 'num') return (this.p++, { t: 'lit', v: Number(t.v.replace(/n$/, '')), at });
    if (t.k === 'str') return (this.p++, { t: 'lit', v: t.v, at });
    if (t.k === 'regex') return (this.p++, { t: 'unsupported', what: 'a regular expression', at });
    if (t.k === 'tmpl') {
      this.p++;
      const parts = t.parts as NonNullable<Tok['parts']>;
      return { t: 'tmpl', strs: parts.strs, exprs: parts.exprs.map((toks) => new Parser([...toks, { k: 'eof', v: '', line: t.line, col: t.col, nl: true }]).expression()), at };
    }
    if (t.k === 'punc') {
      if (this.eat('(')) {
        const e = this.expression();
        this.expect(')');
        return e;
      }
      if (this.is('[')) return this.arrayLit();
      if (this.is('{')) return this.objectLit();
      this.fail();
    }
    if (t.k !== 'name') this.fail();
    switch (t.v) {
      case 'true':
      case 'false':
        return (this.p++, { t: 'lit', v: t.v === 'true', at });
      case 'null':
        return (this.p++, { t: 'lit', v: null, at });
      case 'undefined':
        return (this.p++, { t: 'lit', v: undefined, at });
      case 'function':
        return this.func(true);
      case 'async':
        if (this.is('function', this.peek())) return (this.p++, { ...this.func(true), async: true });
        break;
      case 'class':
        this.skipUnsupported('class');
        return { t: 'unsupported', what: 'class', at };
    }
    this.p++;
    return { t: 'id', name: t.v, at };
  }

  private arrayLit(): Expr {
    const at = this.at();
    this.expect('[');
    const items: Expr[] = [];
    while (!this.eat(']')) {
      const iat = this.at();
      if (this.is(',')) items.push({ t: 'lit', v: undefined, at: iat });
      else items.push(this.eat('...') ? { t: 'spread', e: this.assign(), at: iat } : this.assign());
      if (!this.is(']')) this.expect(',');
    }
    return { t: 'arr', items, at };
  }

  private objectLit(): Expr {
    const at = this.at();
    this.expect('{');
    const props: Prop[] = [];
    while (!this.eat('}')) {
      if (this.eat('...')) props.push({ kind: 'spread', e: this.assign() });
      else {
        if ((this.is('get') || this.is('set') || this.is('async')) && !this.is(':', this.peek()) && !this.is(',', this.peek()) && !this.is('(', this.peek()) && !this.is('}', this.peek())) {
          return (this.skipUnsupported('getters and setters'), { t: 'unsupported', what: 'getters and setters', at });
        }
        let key: string | Expr;
        if (this.eat('[')) {
          key = this.assign();
          this.expect(']');
        } else if (this.cur.k === 'name' || this.cur.k === 'str' || this.cur.k === 'num') key = this.toks[this.p++].v;
        else this.fail();
        if (this.is('(')) {
          const fat = this.at();
          const params = this.params();
          props.push({ kind: 'kv', key, value: { t: 'fn', name: typeof key === 'string' ? key : undefined, params, body: this.block(), arrow: false, async: false, at: fat } });
        } else if (this.eat(':')) props.push({ kind: 'kv', key, value: this.assign() });
        else if (typeof key === 'string') props.push({ kind: 'kv', key, value: { t: 'id', name: key, at: this.at() } });
        else this.fail();
      }
      if (!this.is('}')) this.expect(',');
    }
    return { t: 'obj', props, at };
  }
}

export function parseJs(src: string): Stmt[] {
  return new Parser(lex(src)).program();
}
