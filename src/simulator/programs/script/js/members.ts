// Members of the script's own values: string, number and array methods a small app uses
// (split, join, map, filter, includes, toUpperCase, toFixed ...). Others are beyond the model.
import type { Interp } from './interp.ts';
import { Beyond, fn, JsArray, JsFunction, JsObject, toNum, toStr, truthy, type Value } from './values.ts';

type Method = (self: never, args: Value[], it: Interp) => Value;

const callback = (it: Interp, f: Value, args: Value[]): Value => {
  if (!(f instanceof JsFunction)) throw new Beyond('a callback that is not a function');
  return it.call(f, undefined, args, [0, 0]);
};

const STRING: Record<string, Method> = {
  toUpperCase: (s: string) => s.toUpperCase(),
  toLowerCase: (s: string) => s.toLowerCase(),
  trim: (s: string) => s.trim(),
  trimStart: (s: string) => s.trimStart(),
  trimEnd: (s: string) => s.trimEnd(),
  includes: (s: string, a) => s.includes(toStr(a[0])),
  startsWith: (s: string, a) => s.startsWith(toStr(a[0])),
  endsWith: (s: string, a) => s.endsWith(toStr(a[0])),
  indexOf: (s: string, a) => s.indexOf(toStr(a[0])),
  slice: (s: string, a) => s.slice(a[0] === undefined ? undefined : toNum(a[0]), a[1] === undefined ? undefined : toNum(a[1])),
  substring: (s: string, a) => s.substring(toNum(a[0]), a[1] === undefined ? undefined : toNum(a[1])),
  split: (s: string, a) => new JsArray(a[0] === undefined ? [s] : s.split(toStr(a[0]))),
  replace: (s: string, a) => (typeof a[1] === 'string' ? s.replace(toStr(a[0]), a[1]) : (() => { throw new Beyond('String.replace with a function'); })()),
  replaceAll: (s: string, a) => s.split(toStr(a[0])).join(toStr(a[1])),
  repeat: (s: string, a) => s.repeat(toNum(a[0])),
  padStart: (s: string, a) => s.padStart(toNum(a[0]), a[1] === undefined ? ' ' : toStr(a[1])),
  padEnd: (s: string, a) => s.padEnd(toNum(a[0]), a[1] === undefined ? ' ' : toStr(a[1])),
  charAt: (s: string, a) => s.charAt(toNum(a[0])),
  concat: (s: string, a) => s + a.map(toStr).join(''),
  toString: (s: string) => s,
};

const NUMBER: Record<string, Method> = {
  toFixed: (n: number, a: Value[]) => n.toFixed(toNum(a[0] ?? 0)),
  toString: (n: number, a: Value[]) => n.toString(a[0] === undefined ? 10 : toNum(a[0])),
};

const ARRAY: Record<string, Method> = {
  push: (x: JsArray, a) => x.items.push(...a),
  pop: (x: JsArray) => x.items.pop(),
  shift: (x: JsArray) => x.items.shift(),
  unshift: (x: JsArray, a) => x.items.unshift(...a),
  join: (x: JsArray, a) => x.items.map((v) => (v === undefined || v === null ? '' : toStr(v))).join(a[0] === undefined ? ',' : toStr(a[0])),
  includes: (x: JsArray, a) => x.items.includes(a[0]),
  indexOf: (x: JsArray, a) => x.items.indexOf(a[0]),
  slice: (x: JsArray, a) => new JsArray(x.items.slice(a[0] === undefined ? undefined : toNum(a[0]), a[1] === undefined ? undefined : toNum(a[1]))),
  concat: (x: JsArray, a) => new JsArray(x.items.concat(...a.map((v) => (v instanceof JsArray ? v.items : [v])))),
  reverse: (x: JsArray) => (x.items.reverse(), x),
  map: (x: JsArray, a, it) => new JsArray(x.items.map((v, i) => callback(it, a[0], [v, i, x]))),
  filter: (x: JsArray, a, it) => new JsArray(x.items.filter((v, i) => truthy(callback(it, a[0], [v, i, x])))),
  forEach: (x: JsArray, a, it) => void x.items.forEach((v, i) => callback(it, a[0], [v, i, x])),
  find: (x: JsArray, a, it) => x.items.find((v, i) => truthy(callback(it, a[0], [v, i, x]))),
  findIndex: (x: JsArray, a, it) => x.items.findIndex((v, i) => truthy(callback(it, a[0], [v, i, x]))),
  some: (x: JsArray, a, it) => x.items.some((v, i) => truthy(callback(it, a[0], [v, i, x]))),
  every: (x: JsArray, a, it) => x.items.every((v, i) => truthy(callback(it, a[0], [v, i, x]))),
  reduce: (x: JsArray, a, it) => (a.length > 1 ? x.items.reduce((acc: Value, v, i) => callback(it, a[0], [acc, v, i, x]), a[1]) : x.items.reduce((acc: Value, v, i) => callback(it, a[0], [acc, v, i, x]))),
};

export function memberOf(it: Interp, obj: Value, key: string): Value {
  if (typeof obj === 'string') {
    if (key === 'length') return obj.length;
    if (/^\d+$/.test(key)) return obj[Number(key)];
    return method(it, obj, STRING[key], `String.prototype.${key}`);
  }
  if (typeof obj === 'number') return method(it, obj, NUMBER[key], `Number.prototype.${key}`);
  if (obj instanceof JsArray) {
    if (key === 'length') return obj.items.length;
    if (/^\d+$/.test(key)) return obj.items[Number(key)];
    return method(it, obj, ARRAY[key], `Array.prototype.${key}`);
  }
  if (obj instanceof JsObject) {
    if (key === 'hasOwnProperty') return fn('hasOwnProperty', (a) => obj.props.has(toStr(a[0])));
    if (key === 'toString') return fn('toString', () => toStr(obj));
    return undefined;
  }
  if (obj instanceof JsFunction) {
    if (key === 'name') return obj.name;
    throw new Beyond(`Function.prototype.${key}`);
  }
  return undefined;
}

function method(it: Interp, self: Value, m: Method | undefined, what: string): Value {
  if (!m) throw new Beyond(what);
  return fn(what.split('.').pop() ?? '', (args) => m(self as never, args, it));
}
