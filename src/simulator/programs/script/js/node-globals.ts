// The globals a node script sees in the model: console, process, timers, JSON, Object, Math,
// Date, Number/String/Boolean/parseInt, Error constructors. Each does what node's does for the
// calls a small app makes; what else a script asks of them is beyond the model.
import type { NodeRuntime } from './node-runtime.ts';
import { Beyond, ExitSignal, fn, JsArray, JsFunction, JsObject, JsThrow, makeError, toNum, toStr, truthy, type Value } from './values.ts';

function json(v: Value, indent: string, depth: string): string | undefined {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined || v instanceof JsFunction) return undefined;
  const inner = depth + indent;
  const sep = indent ? `,\n${inner}` : ',';
  const wrap = (open: string, parts: string[], close: string) => (parts.length === 0 ? `${open}${close}` : indent ? `${open}\n${inner}${parts.join(sep)}\n${depth}${close}` : `${open}${parts.join(sep)}${close}`);
  if (v instanceof JsArray) return wrap('[', v.items.map((x) => json(x, indent, inner) ?? 'null'), ']');
  const parts: string[] = [];
  for (const [k, x] of v.props) {
    const s = json(x, indent, inner);
    if (s !== undefined) parts.push(`${JSON.stringify(k)}:${indent ? ' ' : ''}${s}`);
  }
  return wrap('{', parts, '}');
}

export function toJson(v: Value, indent = ''): string | undefined {
  return json(v, indent, '');
}

export function fromJson(x: unknown): Value {
  if (Array.isArray(x)) return new JsArray(x.map(fromJson));
  if (x && typeof x === 'object') return new JsObject(undefined, Object.fromEntries(Object.entries(x).map(([k, v]) => [k, fromJson(v)])));
  return x as Value;
}

function errorCtor(name: string): JsFunction {
  return fn(name, (a) => makeError(name, a[0] === undefined ? '' : toStr(a[0])));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

function date(rt: NodeRuntime, ms: number): JsObject {
  const d = new Date(ms);
  return new JsObject('Date', {
    toISOString: fn('toISOString', () => d.toISOString()),
    toJSON: fn('toJSON', () => d.toISOString()),
    getTime: fn('getTime', () => ms),
    valueOf: fn('valueOf', () => ms),
    toString: fn('toString', () => `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT+0000 (Coordinated Universal Time)`),
    toLocaleString: fn('toLocaleString', () => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}, ${((d.getUTCHours() + 11) % 12) + 1}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`),
    getFullYear: fn('getFullYear', () => d.getUTCFullYear()),
    getHours: fn('getHours', () => d.getUTCHours()),
  });
  void rt;
}

function processObject(rt: NodeRuntime): JsObject {
  const env = new JsObject(undefined, rt.env.env);
  const p = new JsObject('process', {
    env,
    argv: new JsArray(rt.env.argv),
    platform: 'linux',
    arch: 'x64',
    pid: 1,
    version: `v${rt.env.version}`,
    versions: new JsObject(undefined, { node: rt.env.version }),
    exitCode: undefined,
    exit: fn('exit', (a) => {
      throw new ExitSignal(a[0] === undefined ? toNum(p.props.get('exitCode') ?? 0) || 0 : toNum(a[0]));
    }),
    cwd: fn('cwd', () => rt.env.cwd),
    uptime: fn('uptime', () => rt.clock / 1000),
    nextTick: fn('nextTick', (a) => {
      if (a[0] instanceof JsFunction) rt.ticks.push({ fn: a[0], args: a.slice(1) });
      return undefined;
    }),
    on: fn('on', (a) => {
      throw new Beyond(`process.on('${toStr(a[0])}')`);
    }),
    stdout: new JsObject('process.stdout', { write: fn('write', (a) => (rt.env.write('stdout', toStr(a[0])), true)) }),
    stderr: new JsObject('process.stderr', { write: fn('write', (a) => (rt.env.write('stderr', toStr(a[0])), true)) }),
  });
  return p;
}

let seed = 0;

export function makeGlobals(rt: NodeRuntime): { globals: Map<string, Value>; process: JsObject } {
  const process = processObject(rt);
  seed = [...rt.env.file].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  const console = new JsObject('console', {
    log: fn('log', (a) => void rt.print('stdout', a)),
    info: fn('info', (a) => void rt.print('stdout', a)),
    debug: fn('debug', (a) => void rt.print('stdout', a)),
    error: fn('error', (a) => void rt.print('stderr', a)),
    warn: fn('warn', (a) => void rt.print('stderr', a)),
  });
  const globals = new Map<string, Value>(Object.entries({
    console,
    process,
    globalThis: new JsObject('globalThis'),
    setTimeout: fn('setTimeout', (a) => rt.addTimer(a[0], a[1], a.slice(2), false)),
    setInterval: fn('setInterval', (a) => rt.addTimer(a[0], a[1], a.slice(2), true)),
    setImmediate: fn('setImmediate', (a) => rt.addTimer(a[0], 0, a.slice(1), false)),
    clearTimeout: fn('clearTimeout', (a) => void rt.clearTimer(a[0])),
    clearInterval: fn('clearInterval', (a) => void rt.clearTimer(a[0])),
    JSON: new JsObject('JSON', {
      stringify: fn('stringify', (a) => toJson(a[0], typeof a[2] === 'number' ? ' '.repeat(a[2]) : typeof a[2] === 'string' ? a[2] : '')),
      parse: fn('parse', (a) => {
        try {
          return fromJson(JSON.parse(toStr(a[0])));
        } catch (e) {
          throw new JsThrow(makeError('SyntaxError', (e as Error).message));
        }
      }),
    }),
    Object: fn('Object', (a) => a[0] ?? new JsObject(), {
      keys: fn('keys', (a) => new JsArray(a[0] instanceof JsObject ? [...a[0].props.keys()] : [])),
      values: fn('values', (a) => new JsArray(a[0] instanceof JsObject ? [...a[0].props.values()] : [])),
      entries: fn('entries', (a) => new JsArray(a[0] instanceof JsObject ? [...a[0].props].map(([k, v]) => new JsArray([k, v])) : [])),
      assign: fn('assign', (a) => {
        const t = a[0] as JsObject;
        for (const s of a.slice(1)) if (s instanceof JsObject) for (const [k, v] of s.props) t.props.set(k, v);
        return t;
      }),
      freeze: fn('freeze', (a) => a[0]),
    }),
    Array: fn('Array', () => new JsArray(), {
      isArray: fn('isArray', (a) => a[0] instanceof JsArray),
      from: fn('from', (a) => new JsArray(a[0] instanceof JsArray ? [...a[0].items] : typeof a[0] === 'string' ? [...a[0]] : [])),
    }),
    Math: new JsObject('Math', {
      PI: Math.PI, floor: fn('floor', (a) => Math.floor(toNum(a[0]))), ceil: fn('ceil', (a) => Math.ceil(toNum(a[0]))),
      round: fn('round', (a) => Math.round(toNum(a[0]))), abs: fn('abs', (a) => Math.abs(toNum(a[0]))),
      max: fn('max', (a) => Math.max(...a.map(toNum))), min: fn('min', (a) => Math.min(...a.map(toNum))),
      pow: fn('pow', (a) => toNum(a[0]) ** toNum(a[1])), sqrt: fn('sqrt', (a) => Math.sqrt(toNum(a[0]))),
      random: fn('random', () => random()),
    }),
    Date: fn('Date', (a) => date(rt, a[0] === undefined ? rt.env.now() : toNum(a[0])), { now: fn('now', () => rt.env.now()) }),
    Number: fn('Number', (a) => (a.length ? toNum(a[0]) : 0), { isInteger: fn('isInteger', (a) => Number.isInteger(a[0])), parseInt: fn('parseInt', (a) => parseInt(toStr(a[0]), a[1] === undefined ? undefined : toNum(a[1]))) }),
    String: fn('String', (a) => (a.length ? toStr(a[0]) : '')),
    Boolean: fn('Boolean', (a) => truthy(a[0])),
    parseInt: fn('parseInt', (a) => parseInt(toStr(a[0]), a[1] === undefined ? undefined : toNum(a[1]))),
    parseFloat: fn('parseFloat', (a) => parseFloat(toStr(a[0]))),
    isNaN: fn('isNaN', (a) => Number.isNaN(toNum(a[0]))),
    Error: errorCtor('Error'),
    TypeError: errorCtor('TypeError'),
    RangeError: errorCtor('RangeError'),
    NaN: NaN,
    Infinity: Infinity,
  }));
  return { globals, process };
}
