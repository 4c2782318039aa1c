// Python's builtins as the model has them: print (sep/end/file/flush), len, str/int/float/bool,
// range, list/dict/tuple, sorted, enumerate, zip, sum/min/max/abs/round, isinstance, input,
// open(...).read(), and the exception types scripts raise and catch.
import { resolvePath } from '../../../fs/path.ts';
import type { PyRuntime } from './runtime.ts';
import { exception, floatText, num, PyBeyond, PyDict, PyFloat, PyFunc, PyList, PyObj, PyRaise, PyTuple, pyfn, raise, repr, str, truthy, typeName, type PyValue } from './values.ts';
import { iterate } from './members.ts';

const EXCEPTIONS = ['Exception', 'BaseException', 'ValueError', 'KeyError', 'TypeError', 'RuntimeError', 'IndexError', 'AttributeError', 'NameError', 'ZeroDivisionError', 'FileNotFoundError', 'NotImplementedError', 'LookupError', 'OSError', 'AssertionError', 'KeyboardInterrupt', 'SystemExit'];

function toInt(v: PyValue, base?: PyValue): number {
  if (typeof v === 'string') {
    const s = v.trim();
    const n = base === undefined ? (/^[-+]?\d+$/.test(s.replace(/_/g, '')) ? Number(s.replace(/_/g, '')) : NaN) : parseInt(s, num(base));
    if (Number.isNaN(n)) throw raise('ValueError', `invalid literal for int() with base ${base === undefined ? 10 : num(base)}: ${repr(v)}`);
    return n;
  }
  if (v instanceof PyFloat) return Math.trunc(v.v);
  if (typeof v === 'number' || typeof v === 'boolean') return num(v);
  throw raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function toFloat(v: PyValue): PyFloat {
  if (typeof v === 'string') {
    const n = Number(v.trim());
    if (v.trim() === '' || Number.isNaN(n)) throw raise('ValueError', `could not convert string to float: ${repr(v)}`);
    return new PyFloat(n);
  }
  return new PyFloat(num(v));
}

function minmax(args: PyValue[], sign: 1 | -1): PyValue {
  const items = args.length === 1 ? iterate(args[0]) : args;
  if (items.length === 0) throw raise('ValueError', `${sign > 0 ? 'max' : 'min'}() iterable argument is empty`);
  return items.reduce((a, b) => ((num(b) - num(a)) * sign > 0 ? b : a));
}

function openFile(rt: PyRuntime, a: PyValue[]): PyObj {
  const mode = str(a[1] ?? 'r');
  if (mode !== 'r' && mode !== 'rt') throw new PyBeyond(`open(..., '${mode}')`);
  const path = resolvePath(rt.cwd, str(a[0]));
  let text: string;
  try {
    text = rt.fs.readFile(path);
  } catch {
    throw new PyRaise(exception('FileNotFoundError', `[Errno 2] No such file or directory: ${repr(a[0])}`));
  }
  return new PyObj('_io.TextIOWrapper', {
    read: pyfn('read', () => text),
    readlines: pyfn('readlines', () => new PyList(text.split(/(?<=\n)/))),
    close: pyfn('close', () => null),
  });
}

export function makeBuiltins(rt: PyRuntime): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, f: (a: PyValue[], k: Map<string, PyValue>) => PyValue) => b.set(name, new PyFunc(name, { host: f }));
  def('print', (a, k) => {
    const file = k.get('file');
    const stream = file instanceof PyObj && file.type === 'sys.stderr' ? 'stderr' : 'stdout';
    rt.out.write(stream, a.map(str).join(k.has('sep') && k.get('sep') !== null ? str(k.get('sep') as PyValue) : ' ') + (k.has('end') && k.get('end') !== null ? str(k.get('end') as PyValue) : '\n'));
    if (truthy(k.get('flush') ?? false)) rt.out.flush();
    return null;
  });
  def('len', (a) => {
    const v = a[0];
    if (typeof v === 'string') return [...v].length;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict) return v.map.size;
    throw raise('TypeError', `object of type '${typeName(v)}' has no len()`);
  });
  def('str', (a) => (a.length ? str(a[0]) : ''));
  def('repr', (a) => repr(a[0]));
  def('int', (a) => (a.length ? toInt(a[0], a[1]) : 0));
  def('float', (a) => (a.length ? toFloat(a[0]) : new PyFloat(0)));
  def('bool', (a) => truthy(a[0] ?? false));
  def('list', (a) => new PyList(a.length ? iterate(a[0]) : []));
  def('tuple', (a) => new PyTuple(a.length ? iterate(a[0]) : []));
  def('dict', (a, k) => {
    const d = new PyDict();
    if (a[0] instanceof PyDict) for (const [kk, v] of a[0].map.values()) d.set(kk, v);
    for (const [kk, v] of k) d.set(kk, v);
    return d;
  });
  def('range', (a) => {
    const [start, stop, step] = a.length === 1 ? [0, num(a[0]), 1] : [num(a[0]), num(a[1]), a[2] === undefined ? 1 : num(a[2])];
    if (Math.abs((stop - start) / step) > 100000) throw new PyBeyond('a range of more than 100000 numbers');
    const out: PyValue[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i);
    return new PyList(out);
  });
  def('sorted', (a, k) => {
    const items = iterate(a[0]).sort((x, y) => (typeof x === 'string' && typeof y === 'string' ? (x < y ? -1 : x > y ? 1 : 0) : num(x) - num(y)));
    return new PyList(truthy(k.get('reverse') ?? false) ? items.reverse() : items);
  });
  def('enumerate', (a) => new PyList(iterate(a[0]).map((x, i) => new PyTuple([i + (a[1] === undefined ? 0 : num(a[1])), x]))));
  def('zip', (a) => {
    const lists = a.map(iterate);
    return new PyList(Array.from({ length: Math.min(...lists.map((l) => l.length)) }, (_, i) => new PyTuple(lists.map((l) => l[i]))));
  });
  def('sum', (a) => iterate(a[0]).reduce((x: number, y) => x + num(y), 0));
  def('min', (a) => minmax(a, -1));
  def('max', (a) => minmax(a, 1));
  def('abs', (a) => (a[0] instanceof PyFloat ? new PyFloat(Math.abs(a[0].v)) : Math.abs(num(a[0]))));
  // Python rounds halves to even: round(2.5) == 2.
  def('round', (a) => (a[1] === undefined ? (Math.abs(num(a[0]) % 1) === 0.5 ? 2 * Math.round(num(a[0]) / 2) : Math.round(num(a[0]))) : new PyFloat(Number(num(a[0]).toFixed(num(a[1]))))));
  def('isinstance', (a) => iterate(a[1] instanceof PyTuple ? a[1] : new PyTuple([a[1]])).some((t) => t instanceof PyFunc && (t.name === typeName(a[0]) || (t.name === 'int' && typeof a[0] === 'boolean'))));
  def('input', () => rt.input());
  def('open', (a) => openFile(rt, a));
  def('exit', (a) => rt.exit(a[0] ?? null));
  def('hex', (a) => `0x${num(a[0]).toString(16)}`);
  for (const e of EXCEPTIONS) def(e, (a) => exception(e, ...a));
  void floatText;
  return b;
}
