// Values of the Python model: None/bool/int/str as JavaScript's null/boolean/number/string,
// floats boxed (Python prints 5.0, not 5), lists, tuples, dicts (insertion-ordered), functions,
// and host objects (modules, Flask's app and request) that name themselves so that reaching
// for something they do not model is "beyond the model". Also str() and repr() as Python has them.
import type { PyFnDef, PyParam, PyStmt, PyExpr } from './ast.ts';

export class PyFloat {
  readonly v: number;
  constructor(v: number) {
    this.v = v;
  }
}

export class PyList {
  items: PyValue[];
  constructor(items: PyValue[] = []) {
    this.items = items;
  }
}

export class PyTuple {
  readonly items: PyValue[];
  constructor(items: PyValue[]) {
    this.items = items;
  }
}

export class PyDict {
  readonly map = new Map<string, [PyValue, PyValue]>();
  static key(k: PyValue): string {
    return typeof k === 'string' ? `s:${k}` : `o:${repr(k)}`;
  }
  get(k: PyValue): PyValue | undefined {
    return this.map.get(PyDict.key(k))?.[1];
  }
  set(k: PyValue, v: PyValue): void {
    this.map.set(PyDict.key(k), [k, v]);
  }
  has(k: PyValue): boolean {
    return this.map.has(PyDict.key(k));
  }
  keys(): PyValue[] {
    return [...this.map.values()].map(([k]) => k);
  }
}

export type HostFn = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue;

export class PyFunc {
  readonly name: string;
  readonly params?: PyParam[];
  readonly body?: PyStmt[] | PyExpr;
  readonly scope?: unknown;
  readonly host?: HostFn;
  readonly def?: PyFnDef;
  constructor(name: string, impl: { params?: PyParam[]; body?: PyStmt[] | PyExpr; scope?: unknown; host?: HostFn; def?: PyFnDef }) {
    this.name = name;
    Object.assign(this, impl);
  }
}

/** A module, an object of a library the model follows, or an exception instance. */
export class PyObj {
  readonly type: string;
  readonly attrs = new Map<string, PyValue>();
  /** Reading an attribute it does not have is beyond the model (a module, Flask's app). */
  readonly strict: boolean;
  constructor(type: string, attrs: Record<string, PyValue> = {}, strict = true) {
    this.type = type;
    this.strict = strict;
    for (const [k, v] of Object.entries(attrs)) this.attrs.set(k, v);
  }
}

export type PyValue = null | boolean | number | string | PyFloat | PyList | PyTuple | PyDict | PyFunc | PyObj;

export const pyfn = (name: string, host: HostFn): PyFunc => new PyFunc(name, { host });

/** An exception being raised: a PyObj with .type 'KeyError' ... and its args. */
export class PyRaise extends Error {
  readonly exc: PyObj;
  line?: number;
  constructor(exc: PyObj, line?: number) {
    super(`${exc.type}`);
    this.exc = exc;
    this.line = line;
  }
}

export function exception(type: string, ...args: PyValue[]): PyObj {
  return new PyObj(type, { args: new PyTuple(args) }, false);
}

export function raise(type: string, message?: string): PyRaise {
  return new PyRaise(exception(type, ...(message === undefined ? [] : [message])));
}

export class PyBeyond extends Error {
  readonly what: string;
  constructor(what: string) {
    super(`beyond: ${what}`);
    this.what = what;
  }
}

export class SysExit extends Error {
  readonly code: PyValue;
  constructor(code: PyValue) {
    super('exit');
    this.code = code;
  }
}

export function truthy(v: PyValue): boolean {
  if (v === null || v === false || v === 0 || v === '') return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.map.size > 0;
  return true;
}

export function typeName(v: PyValue): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'int';
  if (typeof v === 'string') return 'str';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PyFunc) return v.host ? 'builtin_function_or_method' : 'function';
  return v.type;
}

export function floatText(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return `${n}.0`;
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}

function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').split(q).join(`\\${q}`) + q;
}

export function repr(v: PyValue): string {
  if (typeof v === 'string') return quote(v);
  if (v instanceof PyList) return `[${v.items.map(repr).join(', ')}]`;
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyDict) return `{${[...v.map.values()].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`;
  if (v instanceof PyObj && v.attrs.has('args') && !v.strict) return `${v.type}(${(v.attrs.get('args') as PyTuple).items.map(repr).join(', ')})`;
  return str(v);
}

export function str(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (v instanceof PyFloat) return floatText(v.v);
  if (v instanceof PyFunc) return v.host ? `<built-in function ${v.name}>` : `<function ${v.name}>`;
  if (v instanceof PyObj) {
    const args = v.attrs.get('args');
    if (args instanceof PyTuple && !v.strict) return args.items.length === 1 ? (v.type === 'KeyError' ? repr(args.items[0]) : str(args.items[0])) : args.items.length ? repr(args) : '';
    return `<${v.type} object>`;
  }
  return repr(v);
}

export function num(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  throw raise('TypeError', `unsupported operand type(s) for arithmetic: '${typeName(v)}'`);
}
