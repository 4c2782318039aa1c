// Attributes, subscripts and iteration over the Python model's values: the str, list and dict
// methods a small script uses (split, join, format, upper, append, get, items ...), indexing and
// slicing with Python's errors (IndexError, KeyError), and host objects' attributes.
import type { PyInterp } from './interp.ts';
import { formatValue } from './format-value.ts';
import { exception, num, PyBeyond, PyDict, PyFloat, PyFunc, PyList, PyObj, PyRaise, PyTuple, pyfn, raise, repr, str, typeName, type PyValue } from './values.ts';

export function iterate(v: PyValue): PyValue[] {
  if (typeof v === 'string') return [...v];
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  if (v instanceof PyDict) return v.keys();
  if (v instanceof PyObj && v.attrs.get('__iter__') instanceof PyList) return [...(v.attrs.get('__iter__') as PyList).items];
  throw raise('TypeError', `'${typeName(v)}' object is not iterable`);
}

function strFormat(s: string, args: PyValue[], kwargs: Map<string, PyValue>): string {
  let auto = 0;
  return s.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rs]))?(?::([^{}]*))?\}/g, (m, field: string | undefined, conv: string | undefined, spec: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    const key = field ?? '';
    const v = key === '' ? args[auto++] : /^\d+$/.test(key) ? args[Number(key)] : kwargs.get(key);
    if (v === undefined) throw key === '' || /^\d+$/.test(key) ? raise('IndexError', 'Replacement index 0 out of range for positional args tuple') : new PyRaise(exception('KeyError', key));
    return formatValue(v, conv, spec);
  });
}

const STR: Record<string, (s: string, a: PyValue[], k: Map<string, PyValue>) => PyValue> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  strip: (s, a) => (a[0] === undefined || a[0] === null ? s.trim() : s.replace(new RegExp(`^[${escape(str(a[0]))}]+|[${escape(str(a[0]))}]+$`, 'g'), '')),
  lstrip: (s) => s.trimStart(),
  rstrip: (s) => s.trimEnd(),
  split: (s, a) => new PyList(a[0] === undefined || a[0] === null ? s.split(/\s+/).filter((x) => x !== '') : s.split(str(a[0]))),
  join: (s, a) => iterate(a[0]).map((x) => {
    if (typeof x !== 'string') throw raise('TypeError', `sequence item 0: expected str instance, ${typeName(x)} found`);
    return x;
  }).join(s),
  replace: (s, a) => s.split(str(a[0])).join(str(a[1])),
  startswith: (s, a) => s.startsWith(str(a[0])),
  endswith: (s, a) => s.endsWith(str(a[0])),
  find: (s, a) => s.indexOf(str(a[0])),
  count: (s, a) => s.split(str(a[0])).length - 1,
  format: (s, a, k) => strFormat(s, a, k),
  title: (s) => s.replace(/\w\S*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  isdigit: (s) => /^\d+$/.test(s),
  zfill: (s, a) => s.padStart(num(a[0]), '0'),
};

const escape = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');

const LIST: Record<string, (l: PyList, a: PyValue[]) => PyValue> = {
  append: (l, a) => (l.items.push(a[0]), null),
  extend: (l, a) => (l.items.push(...iterate(a[0])), null),
  pop: (l, a) => {
    if (l.items.length === 0) throw raise('IndexError', 'pop from empty list');
    return a[0] === undefined ? (l.items.pop() as PyValue) : l.items.splice(num(a[0]), 1)[0];
  },
  insert: (l, a) => (l.items.splice(num(a[0]), 0, a[1]), null),
  index: (l, a) => l.items.indexOf(a[0]),
  count: (l, a) => l.items.filter((x) => x === a[0]).length,
  reverse: (l) => (l.items.reverse(), null),
  sort: (l) => (l.items.sort((x, y) => (typeof x === 'string' && typeof y === 'string' ? (x < y ? -1 : x > y ? 1 : 0) : num(x) - num(y))), null),
  copy: (l) => new PyList([...l.items]),
};

const DICT: Record<string, (d: PyDict, a: PyValue[]) => PyValue> = {
  get: (d, a) => (d.has(a[0]) ? (d.get(a[0]) as PyValue) : (a[1] ?? null)),
  keys: (d) => new PyList(d.keys()),
  values: (d) => new PyList([...d.map.values()].map(([, v]) => v)),
  items: (d) => new PyList([...d.map.values()].map(([k, v]) => new PyTuple([k, v]))),
  update: (d, a) => {
    if (a[0] instanceof PyDict) for (const [k, v] of a[0].map.values()) d.set(k, v);
    return null;
  },
  setdefault: (d, a) => (d.has(a[0]) ? (d.get(a[0]) as PyValue) : (d.set(a[0], a[1] ?? null), a[1] ?? null)),
  pop: (d, a) => {
    if (!d.has(a[0])) {
      if (a[1] !== undefined) return a[1];
      throw new PyRaise(exception('KeyError', a[0]));
    }
    const v = d.get(a[0]) as PyValue;
    d.map.delete(PyDict.key(a[0]));
    return v;
  },
  copy: (d) => {
    const c = new PyDict();
    for (const [k, v] of d.map.values()) c.set(k, v);
    return c;
  },
};

function noAttr(obj: PyValue, name: string): PyRaise {
  return new PyRaise(exception('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`));
}

export function attribute(it: PyInterp, obj: PyValue, name: string): PyValue {
  void it;
  if (obj instanceof PyObj) {
    if (obj.attrs.has(name)) return obj.attrs.get(name) as PyValue;
    if (obj.strict) throw new PyBeyond(`${obj.type}.${name}`);
    throw noAttr(obj, name);
  }
  if (typeof obj === 'string' && STR[name]) return new PyFunc(name, { host: (a, k) => STR[name](obj, a, k) });
  if (obj instanceof PyList && LIST[name]) return pyfn(name, (a) => LIST[name](obj, a));
  if (obj instanceof PyDict && DICT[name]) return pyfn(name, (a) => DICT[name](obj, a));
  if (obj instanceof PyFunc && name === '__name__') return obj.name;
  if (typeof obj === 'string' || obj instanceof PyList || obj instanceof PyDict) {
    if (name.startsWith('__') || ['encode', 'decode', 'splitlines', 'partition', 'sort'].includes(name)) throw new PyBeyond(`${typeName(obj)}.${name}`);
  }
  throw noAttr(obj, name);
}

export function subscript(obj: PyValue, key: PyValue, slice?: [PyValue, PyValue]): PyValue {
  if (slice) {
    const seq = typeof obj === 'string' ? [...obj] : obj instanceof PyList || obj instanceof PyTuple ? obj.items : null;
    if (!seq) throw raise('TypeError', `'${typeName(obj)}' object is not subscriptable`);
    const part = seq.slice(slice[0] === null ? undefined : num(slice[0]), slice[1] === null ? undefined : num(slice[1]));
    return typeof obj === 'string' ? part.join('') : obj instanceof PyTuple ? new PyTuple(part) : new PyList(part);
  }
  if (obj instanceof PyDict) {
    if (!obj.has(key)) throw new PyRaise(exception('KeyError', key));
    return obj.get(key) as PyValue;
  }
  if (obj instanceof PyObj && obj.attrs.get('__getitem__') instanceof PyFunc) return (obj.attrs.get('__getitem__') as PyFunc).host?.([key], new Map()) as PyValue;
  const seq = typeof obj === 'string' ? [...obj] : obj instanceof PyList || obj instanceof PyTuple ? obj.items : null;
  if (!seq) throw raise('TypeError', `'${typeName(obj)}' object is not subscriptable`);
  if (typeof key !== 'number' && typeof key !== 'boolean') throw raise('TypeError', `${typeName(obj)} indices must be integers or slices, not ${typeName(key)}`);
  const i = num(key) < 0 ? seq.length + num(key) : num(key);
  if (i < 0 || i >= seq.length) throw raise('IndexError', `${typeName(obj) === 'str' ? 'string' : typeName(obj)} index out of range`);
  return seq[i];
}

export { repr, PyFloat };
