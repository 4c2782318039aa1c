// node's fs, path and os for the model (files are the container's), and dotenv, which loads a
// .env file into process.env as its 17.x release does (and says so on stdout).
import { basename, dirname, normalize, resolvePath } from '../../../fs/path.ts';
import type { NodeRuntime } from './node-runtime.ts';
import { fn, JsArray, JsObject, JsThrow, makeError, toStr, type Value } from './values.ts';

function enoent(path: string, syscall: string): JsThrow {
  return new JsThrow(makeError('Error', `ENOENT: no such file or directory, ${syscall} '${path}'`, { errno: -2, code: 'ENOENT', syscall, path }));
}

export function fsModule(rt: NodeRuntime): JsObject {
  const fs = rt.env.fs;
  const abs = (p: Value) => resolvePath(rt.env.cwd, toStr(p));
  const read = (p: Value) => {
    try {
      return fs.readFile(abs(p));
    } catch {
      throw enoent(toStr(p), 'open');
    }
  };
  return new JsObject('fs', {
    readFileSync: fn('readFileSync', (a) => read(a[0])),
    existsSync: fn('existsSync', (a) => fs.exists(abs(a[0]))),
    readdirSync: fn('readdirSync', (a) => {
      try {
        return new JsArray(fs.readdir(abs(a[0])).sort());
      } catch {
        throw enoent(toStr(a[0]), 'scandir');
      }
    }),
    writeFileSync: fn('writeFileSync', (a) => void fs.writeFile(abs(a[0]), toStr(a[1]))),
    appendFileSync: fn('appendFileSync', (a) => void fs.writeFile(abs(a[0]), toStr(a[1]), { append: true })),
    mkdirSync: fn('mkdirSync', (a) => void fs.mkdir(abs(a[0]), { recursive: true })),
  });
}

export function pathModule(rt: NodeRuntime): JsObject {
  return new JsObject('path', {
    sep: '/',
    join: fn('join', (a) => {
      const joined = a.map(toStr).filter((s) => s !== '').join('/');
      const n = normalize(joined);
      return joined.startsWith('/') ? n : n.slice(1) || '.';
    }),
    resolve: fn('resolve', (a) => a.map(toStr).reduce((acc, p) => resolvePath(acc, p), rt.env.cwd)),
    basename: fn('basename', (a) => {
      const b = basename(toStr(a[0]));
      return typeof a[1] === 'string' && b.endsWith(a[1]) ? b.slice(0, -a[1].length) : b;
    }),
    dirname: fn('dirname', (a) => dirname(toStr(a[0]))),
    extname: fn('extname', (a) => /(\.[^./]*)$/.exec(basename(toStr(a[0])))?.[1] ?? ''),
  });
}

export function osModule(rt: NodeRuntime): JsObject {
  return new JsObject('os', {
    EOL: '\n',
    hostname: fn('hostname', () => rt.env.hostname),
    platform: fn('platform', () => 'linux'),
    type: fn('type', () => 'Linux'),
    arch: fn('arch', () => 'x64'),
    homedir: fn('homedir', () => rt.env.env.HOME ?? '/root'),
  });
}

function parseDotenv(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    let v = m[2];
    const q = /^(['"`])([\s\S]*)\1$/.exec(v);
    if (q) v = q[1] === '"' ? q[2].replace(/\\n/g, '\n') : q[2];
    else v = v.replace(/\s+#.*$/, '');
    out.push([m[1], v]);
  }
  return out;
}

/** dotenv 17: config() reads .env into process.env (keeping what is set) and logs what it did. */
export function dotenvModule(rt: NodeRuntime, auto: boolean): JsObject {
  const config = (opts?: Value) => {
    const quiet = opts instanceof JsObject && opts.props.get('quiet') === true;
    const path = opts instanceof JsObject && typeof opts.props.get('path') === 'string' ? String(opts.props.get('path')) : '.env';
    const env = rt.processObj.props.get('env') as JsObject;
    let text: string | undefined;
    try {
      text = rt.env.fs.readFile(resolvePath(rt.env.cwd, path));
    } catch {
      text = undefined;
    }
    const pairs = text === undefined ? [] : parseDotenv(text);
    for (const [k, v] of pairs) if (!env.props.has(k)) env.props.set(k, v);
    if (!quiet) rt.env.write('stdout', `[dotenv@17.2.3] injecting env (${pairs.length}) from ${path} -- tip: ⚙️  suppress all logs with { quiet: true }\n`);
    return new JsObject(undefined, { parsed: new JsObject(undefined, Object.fromEntries(pairs)) });
  };
  if (auto) config();
  return new JsObject('dotenv', { config: fn('config', (a) => config(a[0])) });
}
