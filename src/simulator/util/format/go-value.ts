// How plain JS values stand in for Go values when docker's templates (text/template), fmt and
// encoding/json look at them. One model shared by go-template.ts, go-fmt.ts and go-json.ts:
//
//   undefined          Go's invalid reflect.Value: a missing map key; prints "<no value>"
//   null               a nil pointer/interface; prints "<nil>"
//   string, boolean    string, bool
//   number             int when Number.isInteger, else float64 (JS cannot tell 3.0 from 3)
//   bigint             int64
//   Array              a slice ([]string when every element is a string, else []interface {})
//   plain object       map[string]interface {} (keys sorted when printed, ranged or marshalled)
//   goStruct(...)      a struct: fields in insertion order, missing field = template error
//
// Objects may carry, under symbols (so they never show up as keys):
//   GO_TYPE     the Go type name used in messages ("*formatter.ContainerContext",
//               "map[string]string", "[]string"); a name starting "map[" keeps map semantics,
//               any other name on a non-array object makes it a struct unless goMap set
//   GO_MAP_ELEM (the map's element type; named map types such as nat.PortMap).
//   GO_METHODS  methods, looked up before fields as text/template does ({{.Label "x"}}).
//   GO_JSON     a MarshalJSON: returns the JSON text to embed for this value.

export const GO_TYPE: unique symbol = Symbol.for('dockyard.go.type');
export const GO_METHODS: unique symbol = Symbol.for('dockyard.go.methods');
export const GO_JSON: unique symbol = Symbol.for('dockyard.go.json');
/** Set by goMap: a map even when its type has a name (formatter.SubHeaderContext, nat.PortMap). */
export const GO_MAP_ELEM: unique symbol = Symbol.for('dockyard.go.mapElem');

/** Parameter kinds a template-callable function declares (Go's static parameter types). */
export type GoParam = 'string' | 'int' | 'bool' | 'any' | 'value';

/**
 * A function callable from a template: a Go builtin, a docker template func or a method.
 * `params` are the fixed parameters; `variadic` the element kind of a trailing `...` one.
 * 'value' is reflect.Value (receives undefined for a missing value); 'any' is interface{}
 * (a missing value arrives as null). Throwing an Error is Go's non-nil error result.
 */
export interface GoFunc {
  params: GoParam[];
  variadic?: GoParam;
  fn: (...args: unknown[]) => unknown;
}

/** A method is a GoFunc or a bare function (all parameters 'any', arity from fn.length). */
export type GoMethod = GoFunc | ((...args: never[]) => unknown);

interface Tagged {
  [GO_TYPE]?: string;
  [GO_MAP_ELEM]?: string;
  [GO_METHODS]?: Record<string, GoMethod>;
  [GO_JSON]?: () => string;
}

function tag<T extends object>(obj: T, type: string | undefined, methods?: Record<string, GoMethod>, json?: () => string): T {
  if (type !== undefined) Object.defineProperty(obj, GO_TYPE, { value: type, enumerable: false, configurable: true });
  if (methods) Object.defineProperty(obj, GO_METHODS, { value: methods, enumerable: false, configurable: true });
  if (json) Object.defineProperty(obj, GO_JSON, { value: json, enumerable: false, configurable: true });
  return obj;
}

/** Marks `fields` as a Go struct of type `typeName` (e.g. "*formatter.ContainerContext"). */
export function goStruct<T extends object>(
  typeName: string,
  fields: T,
  opts: { methods?: Record<string, GoMethod>; json?: () => string } = {},
): T {
  return tag(fields, typeName, opts.methods, opts.json);
}

/**
 * Marks `entries` as a Go map with the given type name (default map[string]interface {}); a
 * named map type ("nat.PortMap") stays a map. `elem` is the element type (what a missing key
 * reads as with `index`); by default taken from a "map[K]V" name, else interface {}.
 */
export function goMap<T extends object>(entries: T, typeName = 'map[string]interface {}', methods?: Record<string, GoMethod>, elem?: string): T {
  tag(entries, typeName, methods);
  Object.defineProperty(entries, GO_MAP_ELEM, { value: elem ?? elemOfMapType(typeName), enumerable: false, configurable: true });
  return entries;
}

function elemOfMapType(t: string): string {
  if (t.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < t.length; i++) {
      if (t[i] === '[') depth++;
      else if (t[i] === ']' && --depth === 0) return t.slice(i + 1);
    }
  }
  return 'interface {}';
}

/** Names an array's Go type (e.g. "[]string" for an empty Env that should stay a []string). */
export function goSlice<T extends unknown[]>(items: T, typeName: string): T {
  return tag(items, typeName);
}

export function goTypeTag(v: object): string | undefined {
  return (v as Tagged)[GO_TYPE];
}

export function goMethodsOf(v: unknown): Record<string, GoMethod> | undefined {
  return v !== null && typeof v === 'object' ? (v as Tagged)[GO_METHODS] : undefined;
}

export function goJsonHook(v: object): (() => string) | undefined {
  return (v as Tagged)[GO_JSON];
}

export function isGoMap(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const t = goTypeTag(v);
  return t === undefined || t.startsWith('map[') || (v as Tagged)[GO_MAP_ELEM] !== undefined;
}

export function isGoStruct(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  return goTypeTag(v) !== undefined && !isGoMap(v);
}

/** A struct type name printed with & by fmt (a pointer to a struct). */
export function isPointerType(v: object): boolean {
  return (goTypeTag(v) ?? '').startsWith('*');
}

/** The keys of a map that hold a value (undefined entries count as absent). */
export function goMapKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).filter((k) => m[k] !== undefined);
}

/** The map's keys in Go's sorted order (byte-wise UTF-8 order, which is code-point order). */
export function sortedKeys(m: Record<string, unknown>): string[] {
  return goMapKeys(m).sort(compareGoStrings);
}

export function compareGoStrings(a: string, b: string): number {
  const ia = a[Symbol.iterator](), ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next(), y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const cx = x.value.codePointAt(0)!, cy = y.value.codePointAt(0)!;
    if (cx !== cy) return cx < cy ? -1 : 1;
  }
}

/** The struct's fields in declaration (insertion) order, functions left out. */
export function structFields(s: Record<string, unknown>): string[] {
  return Object.keys(s).filter((k) => typeof s[k] !== 'function');
}

export function isGoInt(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint';
}

/** Go's name for the dynamic type of `v`, as %T and reflect print it. */
export function goTypeName(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int64';
    case 'number':
      return Number.isInteger(v) ? 'int' : 'float64';
    case 'function':
      return 'func(...interface {}) interface {}';
    case 'object': {
      const t = goTypeTag(v);
      if (t !== undefined) return t;
      if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
      return 'map[string]interface {}';
    }
    default:
      return 'interface {}';
  }
}

/** The element type of a map, from its tag; an untagged map is map[string]interface {}. */
export function mapElemType(m: Record<string, unknown>): string {
  const elem = (m as Tagged)[GO_MAP_ELEM];
  if (elem !== undefined) return elem;
  const t = goTypeTag(m);
  return t === undefined ? 'interface {}' : elemOfMapType(t);
}

/** The static element type of a slice or map value (what Go's reflect sees for its elements). */
export function elemType(container: unknown): string | undefined {
  if (Array.isArray(container)) {
    const t = goTypeName(container);
    return t.startsWith('[]') ? t.slice(2) : undefined;
  }
  if (isGoMap(container)) return mapElemType(container);
  return undefined;
}

/** The zero value of a Go type name, as our JS values model it. */
export function zeroValueOf(type: string): unknown {
  if (type === 'string') return '';
  if (type === 'bool') return false;
  if (/^u?int(8|16|32|64)?$|^float(32|64)$|^uintptr$|^byte$|^rune$/.test(type)) return 0;
  // A nil slice or map prints and ranges like an empty one.
  if (type.startsWith('[]')) return goSlice([], type);
  if (type.startsWith('map[')) return goMap({}, type);
  return null;
}

// ---------------------------------------------------------------------------
// UTF-8 helpers: Go strings are bytes; len, index, slice and truncate count bytes.

export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd; // a lone surrogate is not valid UTF-8
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Decodes bytes as Go's range-over-string would: each invalid byte becomes U+FFFD. */
export function utf8Decode(bytes: number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0, cp = 0, min = 0;
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; cp = b & 0x0f; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; cp = b & 0x07; min = 0x10000; }
    else { out += '\ufffd'; i++; continue; }
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) { out += '\ufffd'; i++; continue; }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
