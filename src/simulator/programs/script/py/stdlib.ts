// The standard library modules the Python model follows: os (environ, getenv, path, listdir),
// sys (argv, exit, stdout/stderr), time (sleep on the simulated clock, time), socket
// (gethostname), json (dumps/loads), math, random (seeded: the same run every time) and
// datetime.now(). Other standard modules import fine; using them is beyond the model.
import { basename, dirname, resolvePath } from '../../../fs/path.ts';
import type { PyRuntime } from './runtime.ts';
import { exception, num, PyBeyond, PyDict, PyFloat, PyList, PyObj, PyRaise, PyTuple, pyfn, raise, repr, str, truthy, type PyValue } from './values.ts';

function environ(rt: PyRuntime): PyObj {
  const data = new PyDict();
  for (const [k, v] of Object.entries(rt.env)) data.set(k, v);
  const env = new PyObj('os._Environ', {
    _data: data,
    get: pyfn('get', (a) => (data.has(a[0]) ? (data.get(a[0]) as PyValue) : (a[1] ?? null))),
    items: pyfn('items', () => new PyList([...data.map.values()].map(([k, v]) => new PyTuple([k, v])))),
    keys: pyfn('keys', () => new PyList(data.keys())),
    setdefault: pyfn('setdefault', (a) => (data.has(a[0]) ? (data.get(a[0]) as PyValue) : (data.set(a[0], a[1]), a[1]))),
    __getitem__: pyfn('__getitem__', (a) => {
      if (!data.has(a[0])) throw Object.assign(new PyRaise(exception('KeyError', a[0])), { frozen: '  File "<frozen os>", line 717, in __getitem__\n' });
      return data.get(a[0]) as PyValue;
    }),
  });
  env.attrs.set('__iter__', new PyList(data.keys()));
  return env;
}

function osModule(rt: PyRuntime): PyObj {
  const env = environ(rt);
  const exists = (p: PyValue) => rt.fs.exists(resolvePath(rt.cwd, str(p)));
  const path = new PyObj('os.path', {
    join: pyfn('join', (a) => a.map(str).reduce((acc, p) => (p.startsWith('/') ? p : acc === '' ? p : `${acc.replace(/\/$/, '')}/${p}`), '')),
    exists: pyfn('exists', (a) => exists(a[0])),
    isfile: pyfn('isfile', (a) => exists(a[0]) && rt.fs.stat(resolvePath(rt.cwd, str(a[0]))).kind === 'file'),
    dirname: pyfn('dirname', (a) => (str(a[0]).includes('/') ? dirname(str(a[0])) : '')),
    basename: pyfn('basename', (a) => basename(str(a[0]))),
    abspath: pyfn('abspath', (a) => resolvePath(rt.cwd, str(a[0]))),
  });
  return new PyObj('os', {
    environ: env,
    path,
    sep: '/',
    name: 'posix',
    getenv: pyfn('getenv', (a) => (env.attrs.get('get') as import('./values.ts').PyFunc).host?.(a, new Map()) as PyValue),
    getcwd: pyfn('getcwd', () => rt.cwd),
    getpid: pyfn('getpid', () => 1),
    listdir: pyfn('listdir', (a) => {
      try {
        return new PyList(rt.fs.readdir(resolvePath(rt.cwd, a[0] === undefined ? '.' : str(a[0]))));
      } catch {
        throw new PyRaise(exception('FileNotFoundError', `[Errno 2] No such file or directory: ${repr(a[0] ?? '.')}`));
      }
    }),
  });
}

/** json.dumps: separators (', ', ': ') by default, (',', ': ') with an indent, or as given. */
function jsonDumps(v: PyValue, indent: number | undefined, sortKeys: boolean, seps?: [string, string], depth = 0): string {
  const pad = indent === undefined ? '' : `\n${' '.repeat(indent * (depth + 1))}`;
  const end = indent === undefined ? '' : `\n${' '.repeat(indent * depth)}`;
  const sep = seps?.[0] ?? (indent === undefined ? ', ' : ',');
  const keySep = seps?.[1] ?? ': ';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return String(v);
  if (v instanceof PyFloat) return Number.isInteger(v.v) ? `${v.v}.0` : String(v.v);
  if (typeof v === 'string') return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length ? `[${pad}${v.items.map((x) => jsonDumps(x, indent, sortKeys, seps, depth + 1)).join(sep + pad)}${end}]` : '[]';
  if (v instanceof PyDict) {
    const entries = [...v.map.values()].map(([k, x]) => [str(k), x] as const);
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length ? `{${pad}${entries.map(([k, x]) => `${JSON.stringify(k)}${keySep}${jsonDumps(x, indent, sortKeys, seps, depth + 1)}`).join(sep + pad)}${end}}` : '{}';
  }
  throw raise('TypeError', `Object of type ${v instanceof PyObj ? v.type : 'object'} is not JSON serializable`);
}

export { jsonDumps };

export function fromJs(x: unknown): PyValue {
  if (Array.isArray(x)) return new PyList(x.map(fromJs));
  if (x && typeof x === 'object') {
    const d = new PyDict();
    for (const [k, v] of Object.entries(x)) d.set(k, fromJs(v));
    return d;
  }
  if (typeof x === 'number' && !Number.isInteger(x)) return new PyFloat(x);
  return (x ?? null) as PyValue;
}

export function stdlibModule(rt: PyRuntime, name: string): PyObj | undefined {
  switch (name) {
    case 'os':
      return osModule(rt);
    case 'os.path':
      return osModule(rt).attrs.get('path') as PyObj;
    case 'sys':
      return new PyObj('sys', {
        argv: new PyList(rt.argv),
        version: `${rt.version} (main, Sep  2 2026, 00:00:00) [GCC 14.2.0]`,
        platform: 'linux',
        exit: pyfn('exit', (a) => rt.exit(a[0] ?? null)),
        stdout: new PyObj('sys.stdout', { write: pyfn('write', (a) => (rt.out.write('stdout', str(a[0])), str(a[0]).length)), flush: pyfn('flush', () => (rt.out.flush(), null)) }),
        stderr: new PyObj('sys.stderr', { write: pyfn('write', (a) => (rt.out.write('stderr', str(a[0])), str(a[0]).length)), flush: pyfn('flush', () => null) }),
      });
    case 'time':
      return new PyObj('time', {
        sleep: pyfn('sleep', (a) => ({ kind: 'sleep', ms: Math.round(num(a[0]) * 1000) }) as unknown as PyValue),
        time: pyfn('time', () => new PyFloat(rt.now() / 1000)),
      });
    case 'socket':
      return new PyObj('socket', { gethostname: pyfn('gethostname', () => rt.hostname) });
    case 'json':
      return new PyObj('json', {
        dumps: pyfn('dumps', (a, k) => jsonDumps(a[0], k.get('indent') === undefined || k.get('indent') === null ? undefined : num(k.get('indent') as PyValue), truthy(k.get('sort_keys') ?? false))),
        loads: pyfn('loads', (a) => {
          try {
            return fromJs(JSON.parse(str(a[0])));
          } catch {
            throw raise('json.decoder.JSONDecodeError', 'Expecting value: line 1 column 1 (char 0)');
          }
        }),
      });
    case 'math':
      return new PyObj('math', { pi: new PyFloat(Math.PI), sqrt: pyfn('sqrt', (a) => new PyFloat(Math.sqrt(num(a[0])))), floor: pyfn('floor', (a) => Math.floor(num(a[0]))), ceil: pyfn('ceil', (a) => Math.ceil(num(a[0]))) });
    case 'random':
      return new PyObj('random', {
        randint: pyfn('randint', (a) => num(a[0]) + Math.floor(rt.random() * (num(a[1]) - num(a[0]) + 1))),
        random: pyfn('random', () => new PyFloat(rt.random())),
        choice: pyfn('choice', (a) => {
          const items = a[0] instanceof PyList || a[0] instanceof PyTuple ? a[0].items : [...str(a[0])];
          return items[Math.floor(rt.random() * items.length)];
        }),
      });
    case 'datetime': {
      const now = () => {
        const d = new Date(rt.now());
        const iso = d.toISOString().replace('Z', '').replace(/\.(\d{3})$/, '.$1000');
        return new PyObj('datetime.datetime', {
          isoformat: pyfn('isoformat', () => iso),
          strftime: pyfn('strftime', (a) => str(a[0]).replace(/%([YmdHMS])/g, (_m, c: string) => ({ Y: iso.slice(0, 4), m: iso.slice(5, 7), d: iso.slice(8, 10), H: iso.slice(11, 13), M: iso.slice(14, 16), S: iso.slice(17, 19) })[c] ?? '')),
          __str__: iso.replace('T', ' '),
        });
      };
      return new PyObj('datetime', { datetime: new PyObj('datetime.datetime', { now: pyfn('now', () => now()), utcnow: pyfn('utcnow', () => now()) }) });
    }
    default:
      return undefined;
  }
}

/** Standard modules that import (a script may import them and never use them). */
export const STDLIB = new Set(['os', 'sys', 'time', 'socket', 'json', 'math', 'random', 'datetime', 'logging', 're', 'subprocess', 'threading', 'signal', 'pathlib', 'collections', 'typing', 'functools', 'itertools', 'uuid', 'hashlib', 'http', 'http.server', 'urllib', 'urllib.request', 'sqlite3', 'argparse', 'platform', 'shutil', 'string', 'textwrap', 'asyncio', 'dataclasses', 'enum', 'copy', 'io', 'traceback', 'csv', 'base64', 'secrets', 'os.path']);

export function unmodelled(name: string): PyObj {
  return new PyObj(name);
}

void PyBeyond;
