// The evaluator of the JavaScript model: statements and expressions over values.ts, with
// JavaScript's own rules where the model follows the script (truthiness, + on strings, ===,
// closures, destructuring, the TypeErrors and ReferenceErrors a mistake raises). Anything else
// is `Beyond`. Every step counts against a budget: a loop that never waits is stopped.
import type { At, Expr, FnExpr, Pattern, Stmt } from './ast.ts';
import { memberOf } from './members.ts';
import { binop } from './operators.ts';
export { binop } from './operators.ts';
import { Beyond, JsArray, JsFunction, JsObject, JsThrow, makeError, toNum, toStr, truthy, typeOf, type Value } from './values.ts';

export class Scope {
  readonly vars = new Map<string, { v: Value; konst: boolean }>();
  readonly parent?: Scope;
  constructor(parent?: Scope) {
    this.parent = parent;
  }
  find(name: string): { v: Value; konst: boolean } | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const hit = s.vars.get(name);
      if (hit) return hit;
    }
    return undefined;
  }
  define(name: string, v: Value, konst = false): void {
    this.vars.set(name, { v, konst });
  }
}

class BreakSig {}
class ContinueSig {}
class ReturnSig {
  readonly value: Value;
  constructor(value: Value) {
    this.value = value;
  }
}

export interface JsHost {
  /** A name the script did not define: console, process, require, setTimeout ... */
  global(name: string): Value | undefined;
  hasGlobal(name: string): boolean;
  /** Charge one step; throws when the budget is spent. */
  step(): void;
  /** The function whose body is running, for stack lines. */
  frames: { name: string; at: At }[];
}

/** The source text of a callee, as V8 names it in "x is not a function". */
export function calleeText(e: Expr): string {
  if (e.t === 'id') return e.name;
  if (e.t === 'member') return typeof e.prop === 'string' ? `${calleeText(e.obj)}.${e.prop}` : `${calleeText(e.obj)}[...]`;
  if (e.t === 'call') return `${calleeText(e.callee)}(...)`;
  return '(intermediate value)';
}

function typeError(message: string, at: At): JsThrow {
  return new JsThrow(makeError('TypeError', message), at);
}

export class Interp {
  readonly host: JsHost;
  constructor(host: JsHost) {
    this.host = host;
  }

  runBody(body: Stmt[], scope: Scope): void {
    for (const s of body) if (s.t === 'fndecl' && s.fn.name) scope.define(s.fn.name, this.closure(s.fn, scope));
    for (const s of body) this.exec(s, scope);
  }

  closure(decl: FnExpr, scope: Scope): JsFunction {
    return new JsFunction(decl.name ?? '', { decl, scope });
  }

  exec(s: Stmt, scope: Scope): void {
    this.host.step();
    switch (s.t) {
      case 'expr':
        this.ev(s.e, scope);
        return;
      case 'var':
        for (const d of s.decls) this.bind(d.p, d.init ? this.ev(d.init, scope) : undefined, scope, s.kind === 'const');
        return;
      case 'fndecl':
      case 'empty':
        return;
      case 'block':
        return this.runBody(s.body, new Scope(scope));
      case 'if':
        if (truthy(this.ev(s.test, scope))) this.exec(s.then, scope);
        else if (s.else) this.exec(s.else, scope);
        return;
      case 'return':
        throw new ReturnSig(s.e ? this.ev(s.e, scope) : undefined);
      case 'break':
        throw new BreakSig();
      case 'continue':
        throw new ContinueSig();
      case 'throw':
        throw new JsThrow(this.ev(s.e, scope), s.at);
      case 'while':
        while (truthy(this.ev(s.test, scope))) if (this.loopBody(s.body, scope)) break;
        return;
      case 'for':
        return this.forLoop(s, scope);
      case 'forof':
        return this.forOf(s, scope);
      case 'try':
        return this.tryStmt(s, scope);
      case 'import':
        return; // bound before the module body runs (node.ts)
      case 'unsupported':
        throw new Beyond(s.what);
    }
  }

  /** Run a loop body; true when it breaks out. */
  private loopBody(body: Stmt, scope: Scope): boolean {
    try {
      this.exec(body, new Scope(scope));
    } catch (e) {
      if (e instanceof BreakSig) return true;
      if (!(e instanceof ContinueSig)) throw e;
    }
    return false;
  }

  private forLoop(s: Stmt & { t: 'for' }, outer: Scope): void {
    const scope = new Scope(outer);
    if (s.init) this.exec(s.init, scope);
    while (!s.test || truthy(this.ev(s.test, scope))) {
      if (this.loopBody(s.body, scope)) break;
      if (s.update) this.ev(s.update, scope);
    }
  }

  private forOf(s: Stmt & { t: 'forof' }, scope: Scope): void {
    const v = this.ev(s.e, scope);
    let items: Value[];
    if (s.of) items = v instanceof JsArray ? [...v.items] : typeof v === 'string' ? [...v] : this.notIterable(v, s.at);
    else items = v instanceof JsObject ? [...v.props.keys()] : v instanceof JsArray ? v.items.map((_, i) => String(i)) : [];
    for (const item of items) {
      const inner = new Scope(scope);
      this.bind(s.p, item, inner, s.kind === 'const');
      if (this.loopBody(s.body, inner)) break;
    }
  }

  private notIterable(v: Value, at: At): never {
    throw typeError(`${v instanceof JsObject ? 'object' : toStr(v)} is not iterable`, at);
  }

  private tryStmt(s: Stmt & { t: 'try' }, scope: Scope): void {
    try {
      this.runBody(s.block, new Scope(scope));
    } catch (e) {
      if (!(e instanceof JsThrow) || !s.handler) throw e;
      const inner = new Scope(scope);
      if (s.param) this.bind(s.param, e.value, inner, false);
      this.runBody(s.handler, inner);
    } finally {
      if (s.finalizer) this.runBody(s.finalizer, new Scope(scope));
    }
  }

  bind(p: Pattern, v: Value, scope: Scope, konst: boolean): void {
    if (p.t === 'id') return scope.define(p.name, v, konst);
    if (p.t === 'objpat') {
      if (v === undefined || v === null) throw typeError(`Cannot destructure '${toStr(v)}' as it is ${toStr(v)}.`, p.at);
      for (const prop of p.props) {
        let x = this.get(v, prop.key, p.at);
        if (x === undefined && prop.def) x = this.ev(prop.def, scope);
        this.bind(prop.value, x, scope, konst);
      }
      if (p.rest) {
        const rest = new JsObject();
        if (v instanceof JsObject) for (const [k, x] of v.props) if (!p.props.some((q) => q.key === k)) rest.props.set(k, x);
        scope.define(p.rest, rest, konst);
      }
      return;
    }
    const items = v instanceof JsArray ? v.items : typeof v === 'string' ? [...v] : this.notIterable(v, p.at);
    p.items.forEach((item, i) => {
      if (!item) return;
      let x = items[i];
      if (x === undefined && item.def) x = this.ev(item.def, scope);
      this.bind(item.p, x, scope, konst);
    });
    if (p.rest) scope.define(p.rest, new JsArray(items.slice(p.items.length)), konst);
  }

  ev(e: Expr, scope: Scope): Value {
    this.host.step();
    switch (e.t) {
      case 'lit':
        return e.v;
      case 'tmpl':
        return e.strs.reduce((acc, s, i) => acc + s + (i < e.exprs.length ? toStr(this.ev(e.exprs[i], scope)) : ''), '');
      case 'id':
        return this.lookup(e.name, e.at, scope);
      case 'arr':
        return new JsArray(e.items.flatMap((x) => (x.t === 'spread' ? this.spread(this.ev(x.e, scope), x.at) : [this.ev(x, scope)])));
      case 'obj':
        return this.object(e, scope);
      case 'fn':
        return this.closure(e, scope);
      case 'member': {
        const obj = this.ev(e.obj, scope);
        if (e.optional && (obj === undefined || obj === null)) return undefined;
        return this.get(obj, typeof e.prop === 'string' ? e.prop : toStr(this.ev(e.prop, scope)), e.at, e);
      }
      case 'call':
        return this.callExpr(e, scope);
      case 'un':
        return this.unary(e.op, e.e, scope);
      case 'upd':
        return this.update(e, scope);
      case 'bin':
        return this.binary(e, scope);
      case 'cond':
        return truthy(this.ev(e.test, scope)) ? this.ev(e.a, scope) : this.ev(e.b, scope);
      case 'assign':
        return this.assign(e, scope);
      case 'seq':
        return e.es.reduce<Value>((_, x) => this.ev(x, scope), undefined);
      case 'spread':
        throw new Beyond('spread here');
      case 'unsupported':
        throw new Beyond(e.what);
    }
  }

  private spread(v: Value, at: At): Value[] {
    if (v instanceof JsArray) return v.items;
    if (typeof v === 'string') return [...v];
    return this.notIterable(v, at);
  }

  private lookup(name: string, at: At, scope: Scope): Value {
    const hit = scope.find(name);
    if (hit) return hit.v;
    if (name === 'this') throw new Beyond('this');
    if (this.host.hasGlobal(name)) return this.host.global(name);
    throw new JsThrow(makeError('ReferenceError', `${name} is not defined`), at);
  }

  private object(e: Expr & { t: 'obj' }, scope: Scope): JsObject {
    const o = new JsObject();
    for (const p of e.props) {
      if (p.kind === 'spread') {
        const v = this.ev(p.e, scope);
        if (v instanceof JsObject) for (const [k, x] of v.props) o.props.set(k, x);
        continue;
      }
      o.props.set(typeof p.key === 'string' ? p.key : toStr(this.ev(p.key, scope)), this.ev(p.value, scope));
    }
    return o;
  }

  get(obj: Value, key: string, at: At, expr?: Expr): Value {
    if (obj === undefined || obj === null) throw typeError(`Cannot read properties of ${toStr(obj)} (reading '${key}')`, at);
    if (obj instanceof JsObject) {
      if (obj.props.has(key)) return obj.props.get(key);
      if (obj.host) throw new Beyond(`${obj.host}.${key}`);
    }
    if (obj instanceof JsFunction && obj.props.has(key)) return obj.props.get(key);
    void expr;
    return memberOf(this, obj, key);
  }

  set(obj: Value, key: string, v: Value, at: At): void {
    if (obj instanceof JsObject) obj.props.set(key, v);
    else if (obj instanceof JsArray && /^\d+$/.test(key)) obj.items[Number(key)] = v;
    else if (obj instanceof JsArray && key === 'length') obj.items.length = toNum(v);
    else if (obj instanceof JsFunction) obj.props.set(key, v);
    else if (obj === undefined || obj === null) throw typeError(`Cannot set properties of ${toStr(obj)} (setting '${key}')`, at);
  }

  private callExpr(e: Expr & { t: 'call' }, scope: Scope): Value {
    let self: Value;
    let f: Value;
    if (e.callee.t === 'member') {
      self = this.ev(e.callee.obj, scope);
      if (e.callee.optional && (self === undefined || self === null)) return undefined;
      f = this.get(self, typeof e.callee.prop === 'string' ? e.callee.prop : toStr(this.ev(e.callee.prop, scope)), e.callee.at);
    } else f = this.ev(e.callee, scope);
    if (e.optional && (f === undefined || f === null)) return undefined;
    const args = e.args.flatMap((a) => (a.t === 'spread' ? this.spread(this.ev(a.e, scope), a.at) : [this.ev(a, scope)]));
    if (!(f instanceof JsFunction)) throw typeError(`${calleeText(e.callee)} is not a ${e.isNew ? 'constructor' : 'function'}`, e.at);
    return this.call(f, self, args, e.at);
  }

  call(f: JsFunction, self: Value, args: Value[], at: At): Value {
    if (f.host) {
      try {
        return f.host(args, self, { at });
      } catch (e) {
        // An error a built-in throws points at the script's call (require('x') -> its line).
        if (e instanceof JsThrow && !e.at) throw new JsThrow(e.value, at);
        throw e;
      }
    }
    const decl = f.decl as FnExpr;
    const scope = new Scope(f.scope as Scope);
    decl.params.forEach((p, i) => {
      let v = p.rest ? new JsArray(args.slice(i)) : args[i];
      if (v === undefined && p.def) v = this.ev(p.def, scope);
      this.bind(p.p, v, scope, false);
    });
    this.host.frames.push({ name: f.name, at });
    try {
      if (!Array.isArray(decl.body)) return this.ev(decl.body, scope);
      this.runBody(decl.body, scope);
      return undefined;
    } catch (e) {
      if (e instanceof ReturnSig) return e.value;
      throw e;
    } finally {
      this.host.frames.pop();
    }
  }

  private unary(op: string, x: Expr, scope: Scope): Value {
    if (op === 'typeof') {
      if (x.t === 'id' && !scope.find(x.name) && !this.host.hasGlobal(x.name)) return 'undefined';
      return typeOf(this.ev(x, scope));
    }
    const v = this.ev(x, scope);
    switch (op) {
      case '!':
        return !truthy(v);
      case '-':
        return -toNum(v);
      case '+':
        return toNum(v);
      case '~':
        return ~toNum(v);
      case 'void':
        return undefined;
      case 'await':
        return v;
      default:
        throw new Beyond(op);
    }
  }

  private update(e: Expr & { t: 'upd' }, scope: Scope): Value {
    const old = toNum(this.ev(e.e, scope));
    const next = e.op === '++' ? old + 1 : old - 1;
    this.store(e.e, next, scope, e.at);
    return e.prefix ? next : old;
  }

  private binary(e: Expr & { t: 'bin' }, scope: Scope): Value {
    const l = this.ev(e.l, scope);
    if (e.op === '&&') return truthy(l) ? this.ev(e.r, scope) : l;
    if (e.op === '||') return truthy(l) ? l : this.ev(e.r, scope);
    if (e.op === '??') return l === undefined || l === null ? this.ev(e.r, scope) : l;
    return binop(e.op, l, this.ev(e.r, scope), e.at);
  }

  private assign(e: Expr & { t: 'assign' }, scope: Scope): Value {
    const target = e.target as Expr;
    if (e.op === '=') {
      const v = this.ev(e.v, scope);
      if (target.t === 'arr' || target.t === 'obj') throw new Beyond('destructuring assignment');
      this.store(target, v, scope, e.at);
      return v;
    }
    const cur = this.ev(target, scope);
    if (e.op === '||=' && truthy(cur)) return cur;
    if (e.op === '&&=' && !truthy(cur)) return cur;
    if (e.op === '??=' && cur !== undefined && cur !== null) return cur;
    const r = this.ev(e.v, scope);
    const v = ['||=', '&&=', '??='].includes(e.op) ? r : binop(e.op.slice(0, -1), cur, r, e.at);
    this.store(target, v, scope, e.at);
    return v;
  }

  private store(target: Expr, v: Value, scope: Scope, at: At): void {
    if (target.t === 'id') {
      const hit = scope.find(target.name);
      if (!hit) throw new JsThrow(makeError('ReferenceError', `${target.name} is not defined`), at);
      if (hit.konst) throw typeError('Assignment to constant variable.', at);
      hit.v = v;
    } else if (target.t === 'member') {
      this.set(this.ev(target.obj, scope), typeof target.prop === 'string' ? target.prop : toStr(this.ev(target.prop, scope)), v, at);
    } else throw new Beyond('this assignment');
  }
}
