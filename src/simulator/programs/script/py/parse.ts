// A recursive-descent parser for the Python the model follows: statements with indentation
// blocks, decorators, def, if/elif/else, for, while, try/except, imports, and expressions with
// Python's precedence (conditional, or/and/not, chained comparisons, arithmetic, **, calls with
// keyword arguments, subscripts, comprehensions, f-strings). What it cannot parse is the
// model's limit and is reported as such. Parsers may approach 500 lines (STYLE.md).
import type { Pos, PyExpr, PyFnDef, PyParam, PyStmt } from './ast.ts';
import { pyLex, PySyntaxError, pyUnescape, type PyTok } from './lex.ts';

const AUG = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '|=', '&=', '^=', '<<=', '>>=']);
const CMP = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is']);
const BIN_LEVELS: string[][] = [['|'], ['^'], ['&'], ['<<', '>>'], ['+', '-'], ['*', '/', '//', '%', '@']];
const UNSUPPORTED = new Set(['class', 'with', 'yield', 'del', 'nonlocal', 'match', 'async']);

export class PyParser {
  private readonly t: PyTok[];
  private p = 0;
  constructor(toks: PyTok[]) {
    this.t = toks;
  }
  private get cur(): PyTok {
    return this.t[this.p];
  }
  /** The current token's kind (a method, so that checks do not narrow it for the next line). */
  private k(): PyTok['k'] {
    return this.t[this.p].k;
  }
  private pos(tok: PyTok = this.cur): Pos {
    return { line: tok.line, col: tok.col };
  }
  private is(v: string, tok: PyTok = this.cur): boolean {
    return (tok.k === 'op' || tok.k === 'name') && tok.v === v;
  }
  private eat(v: string): boolean {
    if (!this.is(v)) return false;
    this.p++;
    return true;
  }
  private fail(): never {
    const tok = this.cur;
    throw new PySyntaxError('invalid syntax', tok.line, tok.col);
  }
  private expect(v: string): void {
    if (!this.eat(v)) this.fail();
  }
  private name(): string {
    if (this.k() !== 'name') this.fail();
    return this.t[this.p++].v;
  }

  file(): PyStmt[] {
    const out: PyStmt[] = [];
    while (this.k() !== 'eof') {
      if (this.k() === 'nl') this.p++;
      else out.push(...this.statement());
    }
    return out;
  }

  private block(): PyStmt[] {
    this.expect(':');
    if (this.k() !== 'nl') return this.simpleLine();
    this.p++;
    if (this.k() !== 'indent') this.fail();
    this.p++;
    const body: PyStmt[] = [];
    while (this.k() !== 'dedent' && this.k() !== 'eof') {
      if (this.k() === 'nl') this.p++;
      else body.push(...this.statement());
    }
    this.p++;
    return body;
  }

  /** Skip a construct the model does not follow (its header line and any indented block). */
  private skip(what: string): PyStmt[] {
    const pos = this.pos();
    while (this.k() !== 'nl' && this.k() !== 'eof') this.p++;
    this.p++;
    if (this.k() === 'indent') {
      let depth = 0;
      do {
        if (this.k() === 'indent') depth++;
        else if (this.k() === 'dedent') depth--;
        this.p++;
      } while (depth > 0 && this.k() !== 'eof');
    }
    return [{ t: 'unsupported', what, ...pos }];
  }

  private statement(): PyStmt[] {
    const tok = this.cur;
    const pos = this.pos();
    if (tok.k === 'op' && tok.v === '@') return [this.decorated()];
    if (tok.k !== 'name') return this.simpleLine();
    if (UNSUPPORTED.has(tok.v) && !(tok.v === 'async' && this.is('def', this.t[this.p + 1]))) return this.skip(tok.v === 'class' ? 'class' : `'${tok.v}' statements`);
    switch (tok.v) {
      case 'async':
        this.p++;
        return this.statement();
      case 'def':
        return [{ t: 'def', fn: this.def([]), ...pos }];
      case 'if':
        return [this.ifStmt()];
      case 'while': {
        this.p++;
        const test = this.test();
        return [{ t: 'while', test, body: this.block(), ...pos }];
      }
      case 'for': {
        this.p++;
        const target = this.targetList();
        this.expect('in');
        const iter = this.testList();
        return [{ t: 'for', target, iter, body: this.block(), ...pos }];
      }
      case 'try':
        return [this.tryStmt()];
      default:
        return this.simpleLine();
    }
  }

  private decorated(): PyStmt {
    const decorators: PyExpr[] = [];
    const pos = this.pos();
    while (this.eat('@')) {
      decorators.push(this.test());
      if (this.k() === 'nl') this.p++;
    }
    this.eat('async');
    if (!this.is('def')) return this.skip('decorated classes')[0];
    return { t: 'def', fn: this.def(decorators), ...pos };
  }

  private def(decorators: PyExpr[]): PyFnDef {
    const pos = this.pos();
    this.expect('def');
    const name = this.name();
    this.expect('(');
    const params = this.params(')');
    this.expect(')');
    if (this.eat('->')) this.test();
    return { name, params, body: this.block(), decorators, pos };
  }

  private params(close: string): PyParam[] {
    const out: PyParam[] = [];
    while (!this.is(close)) {
      if (this.eat('/') || (this.is('*') && (this.is(',', this.t[this.p + 1]) || this.is(close, this.t[this.p + 1])) && this.eat('*'))) {
        this.eat(',');
        continue;
      }
      const star = this.eat('**') ? '**' : this.eat('*') ? '*' : undefined;
      const name = this.name();
      if (close === ')' && this.eat(':')) this.test();
      out.push({ name, star, def: this.eat('=') ? this.test() : undefined });
      if (!this.eat(',')) break;
    }
    return out;
  }

  private ifStmt(): PyStmt {
    const pos = this.pos();
    this.p++;
    const test = this.test();
    const body = this.block();
    let orelse: PyStmt[] = [];
    if (this.is('elif')) orelse = [this.ifStmt()];
    else if (this.eat('else')) orelse = this.block();
    return { t: 'if', test, body, orelse, ...pos };
  }

  private tryStmt(): PyStmt {
    const pos = this.pos();
    this.p++;
    const body = this.block();
    const handlers: { type?: PyExpr; name?: string; body: PyStmt[] }[] = [];
    while (this.eat('except')) {
      const type = this.is(':') ? undefined : this.test();
      const name = this.eat('as') ? this.name() : undefined;
      handlers.push({ type, name, body: this.block() });
    }
    if (this.eat('else')) body.push(...this.block());
    const final = this.eat('finally') ? this.block() : [];
    return { t: 'try', body, handlers, final, ...pos };
  }

  private simpleLine(): PyStmt[] {
    const out = [this.simple()];
    while (this.eat(';') && this.k() !== 'nl') out.push(this.simple());
    if (this.k() !== 'nl' && this.k() !== 'eof') this.fail();
    this.p++;
    return out;
  }

  private dotted(): string {
    let n = '';
    while (this.is('.')) n += this.t[this.p++].v;
    n += this.name();
    while (this.eat('.')) n += `.${this.name()}`;
    return n;
  }

  private simple(): PyStmt {
    const tok = this.cur;
    const pos = this.pos();
    if (tok.k === 'name') {
      switch (tok.v) {
        case 'pass':
        case 'break':
        case 'continue':
          this.p++;
          return { t: tok.v, ...pos };
        case 'return':
          this.p++;
          return { t: 'return', e: this.k() === 'nl' || this.is(';') ? undefined : this.testList(), ...pos };
        case 'raise': {
          this.p++;
          const e = this.k() === 'nl' ? undefined : this.test();
          if (this.eat('from')) this.test();
          return { t: 'raise', e, ...pos };
        }
        case 'global':
          this.p++;
          return { t: 'global', names: this.nameList(), ...pos };
        case 'import': {
          this.p++;
          const names: [string, string | undefined][] = [];
          do names.push([this.dotted(), this.eat('as') ? this.name() : undefined]);
          while (this.eat(','));
          return { t: 'import', names, ...pos };
        }
        case 'from': {
          this.p++;
          const module = this.dotted();
          this.expect('import');
          if (this.eat('*')) return { t: 'unsupported', what: `from ${module} import *`, ...pos };
          const paren = this.eat('(');
          const names: [string, string | undefined][] = [];
          do {
            if (paren && this.is(')')) break;
            names.push([this.name(), this.eat('as') ? this.name() : undefined]);
          } while (this.eat(','));
          if (paren) this.expect(')');
          return { t: 'from', module, names, ...pos };
        }
        case 'assert':
          return (this.skipToEol(), { t: 'pass', ...pos });
      }
    }
    return this.exprStatement(pos);
  }

  private skipToEol(): void {
    while (this.k() !== 'nl' && this.k() !== 'eof' && !this.is(';')) this.p++;
  }

  private nameList(): string[] {
    const out = [this.name()];
    while (this.eat(',')) out.push(this.name());
    return out;
  }

  private exprStatement(pos: Pos): PyStmt {
    const first = this.testList(true);
    if (this.k() === 'op' && AUG.has(this.cur.v)) {
      const op = this.t[this.p++].v.slice(0, -1);
      return { t: 'augassign', op, target: first, value: this.testList(), ...pos };
    }
    if (this.eat(':')) {
      this.test();
      return this.eat('=') ? { t: 'assign', targets: [first], value: this.testList(), ...pos } : { t: 'pass', ...pos };
    }
    if (!this.is('=')) return { t: 'expr', e: first, ...pos };
    const targets = [first];
    let value = first;
    while (this.eat('=')) {
      value = this.testList(true);
      targets.push(value);
    }
    targets.pop();
    return { t: 'assign', targets, value, ...pos };
  }

  private targetList(): PyExpr {
    const pos = this.pos();
    const first = this.bitor();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.eat(',') && !this.is('in')) items.push(this.bitor());
    return { t: 'tuple', items, ...pos };
  }

  testList(star = false): PyExpr {
    const pos = this.pos();
    const first = star && this.is('*') ? this.starred() : this.test();
    if (!this.is(',')) return first;
    const items = [first];
    while (this.eat(',')) {
      if (this.k() === 'nl' || this.is('=') || this.is(')') || this.k() === 'eof') break;
      items.push(star && this.is('*') ? this.starred() : this.test());
    }
    return { t: 'tuple', items, ...pos };
  }

  private starred(): PyExpr {
    const pos = this.pos();
    this.expect('*');
    return { t: 'starred', e: this.bitor(), ...pos };
  }

  test(): PyExpr {
    const pos = this.pos();
    if (this.eat('lambda')) {
      const params = this.params(':');
      this.expect(':');
      return { t: 'lambda', params, body: this.test(), ...pos };
    }
    const e = this.orTest();
    if (!this.is('if') || this.is('else')) return e;
    this.p++;
    const test = this.orTest();
    this.expect('else');
    return { t: 'ifexp', test, a: e, b: this.test(), ...pos };
  }

  private orTest(): PyExpr {
    let l = this.andTest();
    while (this.is('or')) {
      const pos = this.pos();
      this.p++;
      l = { t: 'bool', op: 'or', l, r: this.andTest(), ...pos };
    }
    return l;
  }

  private andTest(): PyExpr {
    let l = this.notTest();
    while (this.is('and')) {
      const pos = this.pos();
      this.p++;
      l = { t: 'bool', op: 'and', l, r: this.notTest(), ...pos };
    }
    return l;
  }

  private notTest(): PyExpr {
    const pos = this.pos();
    if (this.eat('not')) return { t: 'not', e: this.notTest(), ...pos };
    return this.comparison();
  }

  private comparison(): PyExpr {
    const pos = this.pos();
    const first = this.bitor();
    const ops: string[] = [];
    const items = [first];
    while ((this.k() === 'op' || this.k() === 'name') && CMP.has(this.cur.v) && !(this.is('not') && !this.is('in', this.t[this.p + 1]))) {
      let op = this.t[this.p++].v;
      if (op === 'not') (this.expect('in'), (op = 'not in'));
      else if (op === 'is' && this.eat('not')) op = 'is not';
      ops.push(op);
      items.push(this.bitor());
    }
    return ops.length ? { t: 'cmp', ops, items, ...pos } : first;
  }

  private bitor(level = 0): PyExpr {
    if (level === BIN_LEVELS.length) return this.factor();
    let l = this.bitor(level + 1);
    while (this.k() === 'op' && BIN_LEVELS[level].includes(this.cur.v)) {
      const pos = this.pos();
      const op = this.t[this.p++].v;
      l = { t: 'bin', op, l, r: this.bitor(level + 1), ...pos };
    }
    return l;
  }

  private factor(): PyExpr {
    const pos = this.pos();
    if (this.k() === 'op' && ['-', '+', '~'].includes(this.cur.v)) {
      const op = this.t[this.p++].v;
      return { t: 'unary', op, e: this.factor(), ...pos };
    }
    this.eat('await');
    const base = this.primary();
    if (this.eat('**')) return { t: 'bin', op: '**', l: base, r: this.factor(), ...pos };
    return base;
  }

  private primary(): PyExpr {
    let e = this.atom();
    for (;;) {
      const pos = this.pos();
      if (this.eat('.')) e = { t: 'attr', obj: e, name: this.name(), ...pos };
      else if (this.eat('(')) e = this.call(e, pos);
      else if (this.eat('[')) {
        const index = this.subscript();
        this.expect(']');
        e = { t: 'sub', obj: e, index, ...pos };
      } else return e;
    }
  }

  private subscript(): PyExpr | { t: 'slice'; lo?: PyExpr; hi?: PyExpr } {
    const lo = this.is(':') ? undefined : this.testList();
    if (!this.eat(':')) return lo as PyExpr;
    const hi = this.is(']') || this.is(':') ? undefined : this.test();
    if (this.eat(':') && !this.is(']')) this.test();
    return { t: 'slice', lo, hi };
  }

  private call(fn: PyExpr, pos: Pos): PyExpr {
    const args: PyExpr[] = [];
    const kwargs: [string, PyExpr][] = [];
    const node: PyExpr & { t: 'call' } = { t: 'call', fn, args, kwargs, ...this.callPos(fn, pos) };
    while (!this.eat(')')) {
      if (this.eat('**')) node.dstar = this.test();
      else if (this.eat('*')) node.star = this.test();
      else if (this.k() === 'name' && this.is('=', this.t[this.p + 1])) {
        const k = this.name();
        this.p++;
        kwargs.push([k, this.test()]);
      } else {
        const a = this.test();
        args.push(this.is('for') ? this.comprehension('gen', a, undefined, this.pos()) : a);
      }
      if (!this.is(')')) this.expect(',');
    }
    return node;
  }

  /** A call's position in a traceback is where its callee starts. */
  private callPos(fn: PyExpr, pos: Pos): Pos {
    return fn.t === 'attr' || fn.t === 'name' ? { line: fn.line, col: fn.col } : pos;
  }

  private comprehension(kind: 'list' | 'set' | 'gen' | 'dict', elt: PyExpr, val: PyExpr | undefined, pos: Pos): PyExpr {
    this.expect('for');
    const target = this.targetList();
    this.expect('in');
    const iter = this.orTest();
    const cond = this.eat('if') ? this.orTest() : undefined;
    if (this.is('for')) return { t: 'unsupported', what: 'nested comprehensions', ...pos };
    return { t: 'comp', kind, elt, val, target, iter, cond, ...pos };
  }

  private seq(close: string, kind: 'list' | 'tuple' | 'set', pos: Pos): PyExpr {
    const items: PyExpr[] = [];
    while (!this.eat(close)) {
      const item = this.is('*') ? this.starred() : this.test();
      if (this.is('for')) {
        const comp = this.comprehension(kind === 'tuple' ? 'gen' : kind, item, undefined, pos);
        this.expect(close);
        return comp;
      }
      items.push(item);
      if (!this.is(close)) this.expect(',');
      else if (kind === 'tuple' && items.length === 1 && this.t[this.p - 1].v !== ',') return (this.p++, item);
    }
    return { t: kind, items, ...pos };
  }

  private dictOrSet(pos: Pos): PyExpr {
    if (this.eat('}')) return { t: 'dict', keys: [], values: [], ...pos };
    if (this.is('**')) return this.dictRest([], [], pos);
    const first = this.test();
    if (!this.eat(':')) {
      if (this.is('for')) {
        const c = this.comprehension('set', first, undefined, pos);
        this.expect('}');
        return c;
      }
      const items = [first];
      while (this.eat(',') && !this.is('}')) items.push(this.test());
      this.expect('}');
      return { t: 'set', items, ...pos };
    }
    const v = this.test();
    if (this.is('for')) {
      const c = this.comprehension('dict', first, v, pos);
      this.expect('}');
      return c;
    }
    this.eat(',');
    return this.dictRest([first], [v], pos);
  }

  private dictRest(keys: (PyExpr | null)[], values: PyExpr[], pos: Pos): PyExpr {
    while (!this.eat('}')) {
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.bitor());
      } else {
        keys.push(this.test());
        this.expect(':');
        values.push(this.test());
      }
      if (!this.is('}')) this.expect(',');
    }
    return { t: 'dict', keys, values, ...pos };
  }

  private atom(): PyExpr {
    const tok = this.cur;
    const pos = this.pos();
    if (tok.k === 'num') {
      this.p++;
      if (/j$/.test(tok.v)) return { t: 'unsupported', what: 'complex numbers', ...pos };
      const float = /[.eE]/.test(tok.v) && !/^0[xX]/.test(tok.v);
      return { t: 'const', v: Number(tok.v.replace(/^0[oO]/, '0o')), float, ...pos };
    }
    if (tok.k === 'str' || tok.k === 'fstr') return this.strings(pos);
    if (tok.k === 'name') {
      this.p++;
      if (tok.v === 'True' || tok.v === 'False') return { t: 'const', v: tok.v === 'True', ...pos };
      if (tok.v === 'None') return { t: 'const', v: null, ...pos };
      if (tok.v === 'yield') return { t: 'unsupported', what: 'yield', ...pos };
      return { t: 'name', name: tok.v, ...pos };
    }
    if (this.eat('(')) return this.seq(')', 'tuple', pos);
    if (this.eat('[')) return this.seq(']', 'list', pos);
    if (this.eat('{')) return this.dictOrSet(pos);
    if (this.eat('...')) return { t: 'const', v: null, ...pos };
    return this.fail();
  }

  /** Adjacent string literals join; f-strings split into text and {expressions}. */
  private strings(pos: Pos): PyExpr {
    const parts: (string | { e: PyExpr; conv?: string; spec?: string })[] = [];
    let f = false;
    while (this.k() === 'str' || this.k() === 'fstr') {
      const tok = this.t[this.p++];
      if (tok.k === 'str') parts.push(tok.v);
      else {
        f = true;
        parts.push(...fstringParts(tok));
      }
    }
    if (!f) return { t: 'const', v: parts.join(''), ...pos };
    return { t: 'fstr', parts, ...pos };
  }
}

function fstringParts(tok: PyTok): (string | { e: PyExpr; conv?: string; spec?: string })[] {
  const s = tok.v;
  const out: (string | { e: PyExpr; conv?: string; spec?: string })[] = [];
  let text = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{' && s[i + 1] === '{') (text += '{', i++);
    else if (s[i] === '}' && s[i + 1] === '}') (text += '}', i++);
    else if (s[i] === '{') {
      let depth = 0;
      let j = i + 1;
      let quote = '';
      for (; j < s.length; j++) {
        const c = s[j];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if ('([{'.includes(c)) depth++;
        else if (')]'.includes(c) || (c === '}' && depth > 0)) depth--;
        else if (c === '}' && depth === 0) break;
      }
      const inner = s.slice(i + 1, j);
      const m = /^([\s\S]*?)(=)?(?:!([rsa]))?(?::([^'"]*))?$/.exec(inner) as RegExpExecArray;
      const toks = pyLex(m[1]).filter((t) => t.k !== 'nl').map((t) => ({ ...t, line: tok.line }));
      if (text) out.push(pyUnescape(text));
      text = m[2] ? m[1] + '=' : '';
      out.push({ e: new PyParser(toks).test(), conv: m[3] ?? (m[2] ? 'r' : undefined), spec: m[4] });
      if (text) (out.push(text), (text = ''));
      i = j;
    } else text += s[i];
  }
  if (text) out.push(pyUnescape(text));
  return out;
}

export function parsePython(src: string): PyStmt[] {
  return new PyParser(pyLex(src)).file();
}
