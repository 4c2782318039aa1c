// The evaluator of the Python model, written as generators so that time.sleep() and app.run()
// can hand control back to the driver (which lets simulated time pass or starts serving):
// statements, expressions, calls with keyword arguments, closures, comprehensions, try/except,
// and Python's own errors (NameError, KeyError, TypeError ...) with the frames a traceback shows.
import type { Pos, PyExpr, PyParam, PyStmt } from './ast.ts';
import { binop, compare } from './ops.ts';
import { formatValue } from './format-value.ts';
import { attribute, iterate, subscript } from './members.ts';
import { suggestion } from './suggest-name.ts';
import { exception, PyBeyond, PyDict, PyFloat, PyFunc, PyList, PyObj, PyRaise, PyTuple, raise, str, truthy, type PyValue } from './values.ts';

/** What a running script asks of its driver: time to pass, or to serve an app until stopped. */
export type Effect = { kind: 'sleep'; ms: number } | { kind: 'serve'; app: PyObj; host: string; port: number; debug: boolean };
export type Gen<T> = Generator<Effect, T, void>;

export class PyScope {
  readonly vars = new Map<string, PyValue>();
  readonly parent?: PyScope;
  readonly globals: Set<string> = new Set();
  constructor(parent?: PyScope) {
    this.parent = parent;
  }
  lookup(name: string): PyValue | undefined {
    for (let s: PyScope | undefined = this; s; s = s.parent) if (s.vars.has(name)) return s.vars.get(name);
    return undefined;
  }
  has(name: string): boolean {
    for (let s: PyScope | undefined = this; s; s = s.parent) if (s.vars.has(name)) return true;
    return false;
  }
  assign(name: string, v: PyValue): void {
    if (this.globals.has(name)) {
      let s: PyScope = this;
      while (s.parent) s = s.parent;
      s.vars.set(name, v);
    } else this.vars.set(name, v);
  }
}

export interface PyHost {
  builtin(name: string): PyValue | undefined;
  hasBuiltin(name: string): boolean;
  importModule(name: string, pos: Pos): PyValue;
  step(): void;
  /** name of the running function and its current line, innermost last. */
  frames: { name: string; line: number }[];
  builtinNames(): string[];
}

class Break {}
class Continue {}
class Return {
  readonly v: PyValue;
  constructor(v: PyValue) {
    this.v = v;
  }
}

export class PyInterp {
  readonly host: PyHost;
  constructor(host: PyHost) {
    this.host = host;
  }

  private at(pos: Pos): void {
    const f = this.host.frames[this.host.frames.length - 1];
    if (f) f.line = pos.line;
  }

  *run(body: PyStmt[], scope: PyScope): Gen<void> {
    for (const s of body) yield* this.exec(s, scope);
  }

  *exec(s: PyStmt, scope: PyScope): Gen<void> {
    this.host.step();
    this.at(s);
    try {
      yield* this.execInner(s, scope);
    } catch (e) {
      // The traceback shows the frames as they were where the exception was raised.
      if (e instanceof PyRaise && !('frames' in e)) Object.assign(e, { frames: this.host.frames.map((f) => ({ ...f })) });
      throw e;
    }
  }

  private *execInner(s: PyStmt, scope: PyScope): Gen<void> {
    switch (s.t) {
      case 'expr':
        yield* this.ev(s.e, scope);
        return;
      case 'assign': {
        const v = yield* this.ev(s.value, scope);
        for (const t of s.targets) yield* this.store(t, v, scope);
        return;
      }
      case 'augassign': {
        const cur = yield* this.ev(s.target, scope);
        yield* this.store(s.target, binop(s.op, cur, yield* this.ev(s.value, scope)), scope);
        return;
      }
      case 'import':
        for (const [name, as] of s.names) {
          const m = this.host.importModule(name, s);
          scope.assign(as ?? name.split('.')[0], as ? m : this.host.importModule(name.split('.')[0], s));
        }
        return;
      case 'from': {
        const m = this.host.importModule(s.module, s);
        for (const [name, as] of s.names) {
          if (!(m instanceof PyObj) || !m.attrs.has(name)) throw new PyRaise(exception('ImportError', `cannot import name '${name}' from '${s.module}'`), s.line);
          scope.assign(as ?? name, m.attrs.get(name) as PyValue);
        }
        return;
      }
      case 'def': {
        let f: PyValue = new PyFunc(s.fn.name, { params: s.fn.params, body: s.fn.body, scope, def: s.fn });
        for (const d of [...s.fn.decorators].reverse()) f = yield* this.call(yield* this.ev(d, scope), [f], new Map(), d);
        scope.assign(s.fn.name, f);
        return;
      }
      case 'return':
        throw new Return(s.e ? yield* this.ev(s.e, scope) : null);
      case 'if':
        yield* this.run(truthy(yield* this.ev(s.test, scope)) ? s.body : s.orelse, scope);
        return;
      case 'while':
        while (truthy(yield* this.ev(s.test, scope))) if (yield* this.loopBody(s.body, scope)) break;
        return;
      case 'for':
        for (const item of iterate(yield* this.ev(s.iter, scope))) {
          yield* this.store(s.target, item, scope);
          if (yield* this.loopBody(s.body, scope)) break;
        }
        return;
      case 'try':
        return yield* this.tryStmt(s, scope);
      case 'raise': {
        const v = s.e ? yield* this.ev(s.e, scope) : null;
        throw new PyRaise(v instanceof PyObj ? v : exception('RuntimeError', 'No active exception to reraise'), s.line);
      }
      case 'pass':
        return;
      case 'break':
        throw new Break();
      case 'continue':
        throw new Continue();
      case 'global':
        s.names.forEach((n) => scope.globals.add(n));
        return;
      case 'unsupported':
        throw new PyBeyond(s.what);
    }
  }

  private *loopBody(body: PyStmt[], scope: PyScope): Gen<boolean> {
    try {
      yield* this.run(body, scope);
    } catch (e) {
      if (e instanceof Break) return true;
      if (!(e instanceof Continue)) throw e;
    }
    return false;
  }

  private *tryStmt(s: PyStmt & { t: 'try' }, scope: PyScope): Gen<void> {
    try {
      yield* this.run(s.body, scope);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      for (const h of s.handlers) {
        const types = h.type ? yield* this.ev(h.type, scope) : null;
        const names = types instanceof PyTuple ? types.items : [types];
        if (h.type && !names.some((t) => matches(e.exc, t))) continue;
        if (h.name) scope.assign(h.name, e.exc);
        yield* this.run(h.body, scope);
        return;
      }
      throw e;
    } finally {
      yield* this.run(s.final, scope);
    }
  }

  *store(target: PyExpr, v: PyValue, scope: PyScope): Gen<void> {
    if (target.t === 'name') return scope.assign(target.name, v);
    if (target.t === 'tuple' || target.t === 'list') {
      const items = iterate(v);
      if (items.length !== target.items.length) throw raise('ValueError', items.length > target.items.length ? `too many values to unpack (expected ${target.items.length})` : `not enough values to unpack (expected ${target.items.length}, got ${items.length})`);
      for (let i = 0; i < items.length; i++) yield* this.store(target.items[i], items[i], scope);
      return;
    }
    if (target.t === 'sub') {
      const obj = yield* this.ev(target.obj, scope);
      const key = target.index.t === 'slice' ? null : yield* this.ev(target.index, scope);
      if (obj instanceof PyDict) return obj.set(key, v);
      if (obj instanceof PyList && typeof key === 'number') return void (obj.items[key < 0 ? obj.items.length + key : key] = v);
      if (obj instanceof PyObj && obj.type === 'os._Environ') return void (obj.attrs.get('_data') as PyDict).set(key, v);
      throw raise('TypeError', `'${obj instanceof PyObj ? obj.type : typeof obj}' object does not support item assignment`);
    }
    if (target.t === 'attr') {
      const obj = yield* this.ev(target.obj, scope);
      if (obj instanceof PyObj) return void obj.attrs.set(target.name, v);
    }
    throw new PyBeyond('this assignment');
  }

  *ev(e: PyExpr, scope: PyScope): Gen<PyValue> {
    this.host.step();
    switch (e.t) {
      case 'const':
        return e.float && typeof e.v === 'number' ? new PyFloat(e.v) : e.v;
      case 'fstr': {
        let out = '';
        for (const p of e.parts) out += typeof p === 'string' ? p : formatValue(yield* this.ev(p.e, scope), p.conv, p.spec);
        return out;
      }
      case 'name':
        return this.name(e.name, scope, e);
      case 'list':
      case 'tuple':
      case 'set': {
        const items: PyValue[] = [];
        for (const x of e.items) {
          if (x.t === 'starred') items.push(...iterate(yield* this.ev(x.e, scope)));
          else items.push(yield* this.ev(x, scope));
        }
        return e.t === 'tuple' ? new PyTuple(items) : new PyList(items);
      }
      case 'dict': {
        const d = new PyDict();
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          const v = yield* this.ev(e.values[i], scope);
          if (k === null && v instanceof PyDict) for (const [kk, vv] of v.map.values()) d.set(kk, vv);
          else if (k !== null) d.set(yield* this.ev(k, scope), v);
        }
        return d;
      }
      case 'attr':
        return attribute(this, yield* this.ev(e.obj, scope), e.name);
      case 'sub':
        return yield* this.subscriptOf(e, scope);
      case 'call':
        return yield* this.callExpr(e, scope);
      case 'bin':
        return binop(e.op, yield* this.ev(e.l, scope), yield* this.ev(e.r, scope));
      case 'bool': {
        const l = yield* this.ev(e.l, scope);
        if (e.op === 'and') return truthy(l) ? yield* this.ev(e.r, scope) : l;
        return truthy(l) ? l : yield* this.ev(e.r, scope);
      }
      case 'not':
        return !truthy(yield* this.ev(e.e, scope));
      case 'unary': {
        const v = yield* this.ev(e.e, scope);
        if (e.op === '-') return binop('-', 0, v);
        if (e.op === '+') return binop('+', 0, v);
        return binop('^', v, -1);
      }
      case 'cmp': {
        let l = yield* this.ev(e.items[0], scope);
        for (let i = 0; i < e.ops.length; i++) {
          const r = yield* this.ev(e.items[i + 1], scope);
          if (!compare(e.ops[i], l, r)) return false;
          l = r;
        }
        return true;
      }
      case 'ifexp':
        return truthy(yield* this.ev(e.test, scope)) ? yield* this.ev(e.a, scope) : yield* this.ev(e.b, scope);
      case 'lambda':
        return new PyFunc('<lambda>', { params: e.params, body: e.body, scope });
      case 'comp':
        return yield* this.comprehension(e, scope);
      case 'starred':
        throw new PyBeyond('starred expressions here');
      case 'unsupported':
        throw new PyBeyond(e.what);
    }
  }

  private name(name: string, scope: PyScope, pos: Pos): PyValue {
    if (scope.has(name)) return scope.lookup(name) as PyValue;
    if (this.host.hasBuiltin(name)) return this.host.builtin(name) as PyValue;
    const names: string[] = [];
    for (let s: PyScope | undefined = scope; s; s = s.parent) names.push(...s.vars.keys());
    const hint = suggestion(name, [...names, ...this.host.builtinNames()]);
    const err = new PyRaise(exception('NameError', `name '${name}' is not defined${hint ? `. Did you mean: '${hint}'?` : ''}`), pos.line);
    Object.assign(err, { col: pos.col, width: name.length });
    throw err;
  }

  private *subscriptOf(e: PyExpr & { t: 'sub' }, scope: PyScope): Gen<PyValue> {
    const obj = yield* this.ev(e.obj, scope);
    if (e.index.t === 'slice') {
      const lo = e.index.lo ? yield* this.ev(e.index.lo, scope) : null;
      const hi = e.index.hi ? yield* this.ev(e.index.hi, scope) : null;
      return subscript(obj, null, [lo, hi]);
    }
    return subscript(obj, yield* this.ev(e.index, scope));
  }

  private *comprehension(e: PyExpr & { t: 'comp' }, scope: PyScope): Gen<PyValue> {
    const inner = new PyScope(scope);
    const out: PyValue[] = [];
    const d = new PyDict();
    for (const item of iterate(yield* this.ev(e.iter, scope))) {
      yield* this.store(e.target, item, inner);
      if (e.cond && !truthy(yield* this.ev(e.cond, inner))) continue;
      if (e.kind === 'dict') d.set(yield* this.ev(e.elt, inner), yield* this.ev(e.val as PyExpr, inner));
      else out.push(yield* this.ev(e.elt, inner));
    }
    return e.kind === 'dict' ? d : new PyList(out);
  }

  private *callExpr(e: PyExpr & { t: 'call' }, scope: PyScope): Gen<PyValue> {
    const f = yield* this.ev(e.fn, scope);
    const args: PyValue[] = [];
    for (const a of e.args) args.push(yield* this.ev(a, scope));
    if (e.star) args.push(...iterate(yield* this.ev(e.star, scope)));
    const kwargs = new Map<string, PyValue>();
    for (const [k, v] of e.kwargs) kwargs.set(k, yield* this.ev(v, scope));
    if (e.dstar) {
      const d = yield* this.ev(e.dstar, scope);
      if (d instanceof PyDict) for (const [k, v] of d.map.values()) kwargs.set(str(k), v);
    }
    this.at(e);
    return yield* this.call(f, args, kwargs, e);
  }

  *call(f: PyValue, args: PyValue[], kwargs: Map<string, PyValue>, pos: Pos): Gen<PyValue> {
    if (f instanceof PyObj && f.attrs.get('__call__') instanceof PyFunc) f = f.attrs.get('__call__') as PyFunc;
    if (!(f instanceof PyFunc)) throw new PyRaise(exception('TypeError', `'${f instanceof PyObj ? f.type : typeof f === 'string' ? 'str' : f === null ? 'NoneType' : 'object'}' object is not callable`), pos.line);
    if (f.host) {
      const r = f.host(args, kwargs) as PyValue | Effect;
      if (r && typeof r === 'object' && 'kind' in r) {
        yield r as Effect;
        return null;
      }
      return r as PyValue;
    }
    const scope = new PyScope(f.scope as PyScope);
    bindParams(f.name, f.params ?? [], args, kwargs, scope);
    for (const p of f.params ?? []) if (!scope.vars.has(p.name) && p.def) scope.vars.set(p.name, yield* this.ev(p.def, f.scope as PyScope));
    if (!Array.isArray(f.body)) return yield* this.ev(f.body as PyExpr, scope);
    this.host.frames.push({ name: f.name, line: f.def?.pos.line ?? pos.line });
    try {
      yield* this.run(f.body, scope);
      return null;
    } catch (e) {
      if (e instanceof Return) return e.v;
      throw e;
    } finally {
      this.host.frames.pop();
    }
  }

  /** Run a function to its end now (a Flask view answering a request): a sleep in it passes at once. */
  callNow(f: PyValue, args: PyValue[], kwargs: Map<string, PyValue> = new Map()): PyValue {
    const g = this.call(f, args, kwargs, { line: 0, col: 0 });
    for (let r = g.next(); ; r = g.next()) if (r.done) return r.value;
  }
}

function bindParams(name: string, params: PyParam[], args: PyValue[], kwargs: Map<string, PyValue>, scope: PyScope): void {
  let i = 0;
  for (const p of params) {
    if (p.star === '*') scope.vars.set(p.name, new PyTuple(args.slice(i)));
    else if (p.star === '**') {
      const d = new PyDict();
      for (const [k, v] of kwargs) if (!params.some((q) => q.name === k)) d.set(k, v);
      scope.vars.set(p.name, d);
    } else if (kwargs.has(p.name)) scope.vars.set(p.name, kwargs.get(p.name) as PyValue);
    else if (i < args.length) scope.vars.set(p.name, args[i++]);
    else if (!p.def) throw raise('TypeError', `${name}() missing 1 required positional argument: '${p.name}'`);
  }
}

function matches(exc: PyObj, t: PyValue): boolean {
  const name = t instanceof PyObj ? t.type : t instanceof PyFunc ? t.name : str(t);
  return name === 'Exception' || name === 'BaseException' || name === exc.type || (name === 'LookupError' && (exc.type === 'KeyError' || exc.type === 'IndexError'));
}
