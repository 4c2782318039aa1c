// Values of the JavaScript model: primitives as themselves, and objects, arrays and functions as
// small classes (never the host's own objects, so no prototype of the simulator is reachable).
// Host objects (express's app, http's response, process ...) name themselves: reading a member
// they do not model is "beyond the model" rather than a silent undefined.
import type { At, FnExpr } from './ast.ts';

export type Value = undefined | null | boolean | number | string | JsObject | JsArray | JsFunction;

export class JsObject {
  readonly props = new Map<string, Value>();
  /** A host object's name for messages ('app', 'res', 'process'); undefined for the script's own. */
  readonly host?: string;
  constructor(host?: string, init?: Record<string, Value>) {
    this.host = host;
    if (init) for (const [k, v] of Object.entries(init)) this.props.set(k, v);
  }
}

export class JsArray {
  items: Value[];
  constructor(items: Value[] = []) {
    this.items = items;
  }
}

export interface CallInfo {
  at: At;
}

export type HostFn = (args: Value[], self: Value, info: CallInfo) => Value;

export class JsFunction {
  readonly name: string;
  readonly host?: HostFn;
  readonly decl?: FnExpr;
  readonly scope?: unknown;
  /** Members of a function object (express.static, http.STATUS_CODES ...). */
  readonly props = new Map<string, Value>();
  constructor(name: string, impl: { host?: HostFn; decl?: FnExpr; scope?: unknown }) {
    this.name = name;
    this.host = impl.host;
    this.decl = impl.decl;
    this.scope = impl.scope;
  }
}

export const fn = (name: string, host: HostFn, props?: Record<string, Value>): JsFunction => {
  const f = new JsFunction(name, { host });
  if (props) for (const [k, v] of Object.entries(props)) f.props.set(k, v);
  return f;
};

/** A thrown JavaScript value (throw new Error(...), a TypeError of the model's). */
export class JsThrow extends Error {
  readonly value: Value;
  readonly at?: At;
  constructor(value: Value, at?: At) {
    super('js throw');
    this.value = value;
    this.at = at;
  }
}

/** The script did something the model does not follow: `what` names it ('fs.watch', 'class'). */
export class Beyond extends Error {
  readonly what: string;
  constructor(what: string) {
    super(`beyond: ${what}`);
    this.what = what;
  }
}

/** process.exit(code). */
export class ExitSignal extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

export function makeError(kind: string, message: string, extra?: Record<string, Value>): JsObject {
  return new JsObject(undefined, { name: kind, message, ...extra });
}

export function isError(v: Value): v is JsObject {
  return v instanceof JsObject && typeof v.props.get('message') === 'string' && typeof v.props.get('name') === 'string';
}

export function truthy(v: Value): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

export function typeOf(v: Value): string {
  if (v === null) return 'object';
  if (v instanceof JsFunction) return 'function';
  if (v instanceof JsObject || v instanceof JsArray) return 'object';
  return typeof v;
}

/** String(v) as JavaScript converts it. */
export function toStr(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (v instanceof JsArray) return v.items.map((x) => (x === null || x === undefined ? '' : toStr(x))).join(',');
  if (v instanceof JsFunction) return `function ${v.name}() { [native code] }`;
  if (v instanceof JsObject && v.host === 'Date') return String((v.props.get('toString') as JsFunction).host?.([], v, { at: [0, 0] }));
  if (v instanceof JsObject) return isError(v) ? `${toStr(v.props.get('name'))}: ${toStr(v.props.get('message'))}` : '[object Object]';
  return String(v);
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (v === undefined || v instanceof JsObject || v instanceof JsFunction) return NaN;
  if (v instanceof JsArray) return v.items.length === 0 ? 0 : v.items.length === 1 ? toNum(v.items[0]) : NaN;
  const s = v.trim();
  return s === '' ? 0 : Number(s);
}
