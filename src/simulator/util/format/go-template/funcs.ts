// Go's builtin template functions (text/template/funcs.go): and, or, index, len, printf, eq ...
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { goTypeName, isGoInt, isGoMap, isGoStruct, mapElemType, goMapKeys, utf8Bytes, utf8Decode, utf8Length, zeroValueOf } from '../go-value.ts';
import { formatValue, goSprint, goSprintf, goSprintln, isPrint } from '../go-fmt.ts';
import { GoFuncError, NIL_IFACE, fromContainer, hasOwn, isTrue } from './exec.ts';
import { type TemplateFuncs } from './nodes.ts';

// ===========================================================================
// Go's builtin functions (text/template/funcs.go)

export function fail(msg: string): never {
  throw new GoFuncError(msg);
}

/** The type name after reflect's indirect (a *T struct is looked at as T). */
export function derefType(v: unknown): string {
  const t = goTypeName(v);
  return isGoStruct(v) && t.startsWith('*') ? t.slice(1) : t;
}

export function indexArg(index: unknown, cap: number): number {
  if (index === undefined) fail('cannot index slice/array with nil');
  if (!isGoInt(index)) fail(`cannot index slice/array with type ${goTypeName(index)}`);
  const x = Number(index);
  if (x < 0 || x > cap) fail(`index out of range: ${x}`);
  return x;
}

export function goIndex(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('index of untyped nil');
  for (const idx of indexes) {
    if (item === null || item === NIL_IFACE) fail('index of nil pointer');
    if (typeof item === 'string') {
      const bytes = utf8Bytes(item);
      const x = indexArg(idx, bytes.length);
      if (x === bytes.length) fail(`index out of range: ${x}`);
      item = bytes[x];
    } else if (Array.isArray(item)) {
      const x = indexArg(idx, item.length);
      if (x === item.length) fail(`index out of range: ${x}`);
      item = fromContainer(item, item[x]);
    } else if (isGoMap(item)) {
      if (idx === undefined || idx === null) fail(`value is nil; should be of type string`);
      if (typeof idx !== 'string') fail(`value has type ${goTypeName(idx)}; should be string`);
      const m = item;
      item = fromContainer(m, hasOwn(m, idx) && m[idx] !== undefined ? m[idx] : zeroValueOf(mapElemType(m)));
    } else {
      fail(`can't index item of type ${derefType(item)}`);
    }
  }
  return item;
}

export function goSlice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  let len: number;
  let bytes: number[] | null = null;
  if (typeof item === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    bytes = utf8Bytes(item);
    len = bytes.length;
  } else if (Array.isArray(item)) len = item.length;
  else fail(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, len];
  indexes.forEach((x, i) => { idx[i] = indexArg(x, len); });
  if (idx[0] > idx[1]) fail(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) fail(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (bytes) return utf8Decode(bytes.slice(idx[0], idx[1]));
  return (item as unknown[]).slice(idx[0], idx[1]);
}

export function goLen(item: unknown): number {
  if (item === null) fail('len of nil pointer');
  if (item === undefined) fail('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return utf8Length(item);
  if (Array.isArray(item)) return item.length;
  if (isGoMap(item)) return goMapKeys(item).length;
  fail(`len of type ${derefType(item)}`);
}

export type Kind = 'invalid' | 'bool' | 'number' | 'string';

/**
 * Go's basicKind, except that ints and floats are one kind: JS cannot tell 2.0 from 2, so a float
 * that happens to be whole would otherwise be "incompatible" with a float (Go would compare
 * float64 with float64). Comparing a real int with a real float is an error in Go, true/false here.
 */
export function basicKind(v: unknown): Kind {
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'string': return 'string';
    case 'bigint': case 'number': return 'number';
    default: return 'invalid';
  }
}

export function numLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    if (Number.isInteger(a) || typeof a === 'bigint') {
      if (Number.isInteger(b) || typeof b === 'bigint') return BigInt(a as number) < BigInt(b as number);
    }
  }
  return Number(a) < Number(b);
}

export function numEq(a: unknown, b: unknown): boolean {
  return !numLess(a, b) && !numLess(b, a);
}

export function goEq(arg1: unknown, ...arg2: unknown[]): boolean {
  if (arg2.length === 0) fail('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of arg2) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (arg1 !== undefined && arg !== undefined) fail('incompatible types for comparison');
    } else if (k1 === 'number') {
      truth = numEq(arg1, arg);
    } else if (k1 !== 'invalid') {
      truth = arg1 === arg;
    } else {
      const nil1 = arg1 === undefined || arg1 === null, nil2 = arg === undefined || arg === null;
      if (nil1 || nil2) truth = nil1 === nil2;
      else if (Array.isArray(arg) || isGoMap(arg) || typeof arg === 'function') {
        fail(`non-comparable type ${formatValue(arg, 'v')}: ${goTypeName(arg)}`);
      } else truth = arg1 === arg;
    }
    if (truth) return true;
  }
  return false;
}

export function goLt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid') fail('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === 'invalid') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'number') return numLess(a, b);
  return compareBytes(a as string, b as string) < 0;
}

export function compareBytes(a: string, b: string): number {
  const x = utf8Bytes(a), y = utf8Bytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** text/template's evalArgs: Sprint of the arguments, one string argument passed through. */
export function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return goSprint(args.map((a) => (a === undefined ? null : a)));
}

export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\ufffd', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '\\': out += '\\\\'; continue;
      case "'": out += "\\'"; continue;
      case '"': out += '\\"'; continue;
      case '<': out += '\\u003C'; continue;
      case '>': out += '\\u003E'; continue;
      case '&': out += '\\u0026'; continue;
      case '=': out += '\\u003D'; continue;
    }
    if (cp < 0x20) out += `\\u00${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (cp >= 0x80 && !isPrint(cp)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

export function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export function goCall(fn: unknown, ...args: unknown[]): unknown {
  if (fn === undefined || fn === null) fail('call of nil');
  if (typeof fn !== 'function') fail(`non-function of type ${goTypeName(fn)}`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** Go's builtins (text/template funcs.go). */
export const GO_BUILTINS: TemplateFuncs = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined }, // evaluated specially (short-circuit)
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  call: { params: ['value'], variadic: 'value', fn: goCall },
  html: { params: [], variadic: 'any', fn: (...a) => htmlEscape(evalArgs(a)) },
  index: { params: ['value'], variadic: 'value', fn: goIndex },
  slice: { params: ['value'], variadic: 'value', fn: goSlice },
  js: { params: [], variadic: 'any', fn: (...a) => jsEscape(evalArgs(a)) },
  len: { params: ['value'], fn: goLen },
  not: { params: ['value'], fn: (a) => !isTrue(a) },
  print: { params: [], variadic: 'any', fn: (...a) => goSprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f, ...a) => goSprintf(f as string, a) },
  println: { params: [], variadic: 'any', fn: (...a) => goSprintln(a) },
  urlquery: { params: [], variadic: 'any', fn: (...a) => urlQueryEscape(evalArgs(a)) },
  eq: { params: ['value'], variadic: 'value', fn: goEq },
  ge: { params: ['value', 'value'], fn: (a, b) => !goLt(a, b) },
  gt: { params: ['value', 'value'], fn: (a, b) => !(goLt(a, b) || goEq(a, b)) },
  le: { params: ['value', 'value'], fn: (a, b) => goLt(a, b) || goEq(a, b) },
  lt: { params: ['value', 'value'], fn: goLt },
  ne: { params: ['value', 'value'], fn: (a, b) => !goEq(a, b) },
};
