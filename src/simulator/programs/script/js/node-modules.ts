// require() and import in the model: node's resolution (relative files, then node_modules up
// from the requiring file), MODULE_NOT_FOUND when a module is missing, the built-in modules a
// small app uses (http, fs, path, os) and the npm packages the model follows (express, cors,
// dotenv, body-parser). Any other installed package is beyond the model.
import { dirname, resolvePath } from '../../../fs/path.ts';
import { parseJs } from './parse.ts';
import type { NodeRuntime } from './node-runtime.ts';
import { fromJson } from './node-globals.ts';
import { expressModule } from './express.ts';
import { httpModule } from './node-http.ts';
import { Beyond, fn, JsArray, JsFunction, JsObject, JsThrow, makeError, toStr, type Value } from './values.ts';
import { dotenvModule, fsModule, osModule, pathModule } from './node-stdlib.ts';

const BUILTIN = new Set(['http', 'https', 'fs', 'fs/promises', 'path', 'os', 'url', 'util', 'events', 'crypto', 'child_process', 'net', 'process', 'querystring', 'stream', 'zlib', 'dns', 'cluster', 'worker_threads', 'buffer', 'readline', 'timers', 'assert']);

function isFile(rt: NodeRuntime, p: string): boolean {
  try {
    return rt.env.fs.stat(p).kind === 'file';
  } catch {
    return false;
  }
}

export function notFound(name: string, from: string): JsThrow {
  return new JsThrow(makeError('Error', `Cannot find module '${name}'\nRequire stack:\n- ${from}`, { code: 'MODULE_NOT_FOUND', requireName: name, requireFrom: from }));
}

function builtin(rt: NodeRuntime, name: string): Value {
  switch (name) {
    case 'http':
      return httpModule(rt);
    case 'fs':
      return fsModule(rt);
    case 'path':
      return pathModule(rt);
    case 'os':
      return osModule(rt);
    case 'process':
      return rt.processObj;
    default:
      return new JsObject(name);
  }
}

function packageModule(rt: NodeRuntime, name: string, from: string): Value {
  const base = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (isFile(rt, `${dir === '/' ? '' : dir}/node_modules/${base}/package.json`)) break;
    if (dir === '/') throw notFound(name, from);
  }
  switch (name) {
    case 'express':
      return expressModule(rt);
    case 'cors':
      return fn('cors', () => fn('corsMiddleware', (a) => {
        const res = a[1] as JsObject;
        (res.props.get('setHeader') as JsFunction).host?.(['Access-Control-Allow-Origin', '*'], res, { at: [0, 0] });
        return (a[2] as JsFunction).host?.([], undefined, { at: [0, 0] });
      }));
    case 'dotenv':
    case 'dotenv/config':
      return dotenvModule(rt, name === 'dotenv/config');
    case 'body-parser':
      return (expressModule(rt) as JsFunction).props.get('bodyParser') as Value;
    default:
      throw new Beyond(`require('${name}')`);
  }
}

function localModule(rt: NodeRuntime, spec: string, from: string): Value {
  const base = resolvePath(dirname(from), spec);
  const path = [base, `${base}.js`, `${base}.json`, `${base}/index.js`].find((p) => isFile(rt, p));
  if (!path) throw notFound(spec, from);
  const cached = rt.modules.get(path);
  if (cached !== undefined) return cached;
  const text = rt.env.fs.readFile(path);
  if (path.endsWith('.json')) return fromJson(JSON.parse(text));
  rt.modules.set(path, new JsObject());
  const exports = rt.runModule(parseJs(text), path, makeRequire(rt, path));
  rt.modules.set(path, exports);
  return exports;
}

export function requireModule(rt: NodeRuntime, spec: string, from: string): Value {
  const name = spec.replace(/^node:/, '');
  if (BUILTIN.has(name)) return builtin(rt, name);
  if (spec.startsWith('.') || spec.startsWith('/')) return localModule(rt, spec, from);
  const hit = rt.modules.get(`pkg:${name}`);
  if (hit !== undefined) return hit;
  const m = packageModule(rt, name, from);
  rt.modules.set(`pkg:${name}`, m);
  return m;
}

export function makeRequire(rt: NodeRuntime, from: string): JsFunction {
  return fn('require', (a) => requireModule(rt, toStr(a[0]), from));
}

/** `import x from 'y'` / `import { a } from 'y'`: CommonJS interop for the modules above. */
export function importBindings(rt: NodeRuntime, s: { source: string; def?: string; ns?: string; named: [string, string][] }, from: string): [string, Value][] {
  const m = requireModule(rt, s.source, from);
  const out: [string, Value][] = [];
  if (s.def) out.push([s.def, m]);
  if (s.ns) out.push([s.ns, m]);
  for (const [imported, local] of s.named) {
    const v = m instanceof JsObject || m instanceof JsFunction ? m.props.get(imported) : undefined;
    if (v === undefined && !(m instanceof JsArray)) throw new Beyond(`import { ${imported} } from '${s.source}'`);
    out.push([local, v]);
  }
  return out;
}
