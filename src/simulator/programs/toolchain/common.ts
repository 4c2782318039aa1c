// What every toolchain model works with: the request's streams and working directory, the
// process's files, time passing (compiling takes a while on the simulated clock), and small
// helpers to find a project file up the tree, list sources and write outputs.
import { utf8Length } from '../../fs/entry.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest, ShellHost } from '../../shell/context.ts';

export interface Tool {
  req: ExternalRequest;
  host: ShellHost;
  fs: Vfs;
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Let `ms` of simulated time pass (the process is working). */
  work(ms: number): Promise<void>;
  now(): number;
  /** An absolute path for `p` (relative to the working directory). */
  abs(p: string): string;
}

export function normalize(path: string): string {
  const out: string[] = [];
  for (const s of path.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return `/${out.join('/')}`;
}

export function makeTool(req: ExternalRequest, host: ShellHost): Tool {
  const cwd = req.cwd || '/';
  return {
    req,
    host,
    fs: host.fs,
    cwd,
    out: (t) => req.io.stdout.write(t),
    err: (t) => req.io.stderr.write(t),
    work: async (ms) => {
      await host.wait?.(ms);
    },
    now: () => host.now(),
    abs: (p) => normalize(p.startsWith('/') ? p : `${cwd}/${p}`),
  };
}

export function readText(fs: Vfs, path: string): string | undefined {
  try {
    return fs.stat(path).kind === 'file' ? fs.readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

export function isDir(fs: Vfs, path: string): boolean {
  try {
    return fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/** The nearest `name` in `dir` or a parent directory. */
export function findUp(fs: Vfs, dir: string, name: string): string | undefined {
  for (let d = normalize(dir); ; d = d.slice(0, d.lastIndexOf('/')) || '/') {
    const p = `${d === '/' ? '' : d}/${name}`;
    if (readText(fs, p) !== undefined) return p;
    if (d === '/') return undefined;
  }
}

/** Files under `dir` (recursively) whose names end with one of `exts`, sorted. */
export function listFiles(fs: Vfs, dir: string, exts: readonly string[], recursive = true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[] = [];
    try {
      names = fs.readdir(d);
    } catch {
      return;
    }
    for (const n of names.sort()) {
      const p = `${d === '/' ? '' : d}/${n}`;
      if (isDir(fs, p)) {
        if (recursive && n !== 'node_modules' && n !== 'target' && n !== 'bin' && n !== 'obj') walk(p);
      } else if (exts.some((e) => n.endsWith(e))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function mkdirp(fs: Vfs, dir: string): void {
  if (!isDir(fs, dir)) fs.mkdir(dir, { recursive: true });
}

/** Write a file, creating its directory; `size` declares the bytes a marker file stands for. */
export function writeOut(fs: Vfs, path: string, data: string, mode = 0o644, size?: number): void {
  mkdirp(fs, path.slice(0, path.lastIndexOf('/')) || '/');
  fs.writeFile(path, data, { mode });
  fs.chmod(path, mode);
  if (size === undefined || size === utf8Length(data)) return;
  const real = fs.realpath(path);
  const e = fs.store.get(real);
  if (e?.kind === 'file') fs.store.put(real, { ...e, size });
}

/** A duration as the tools print it: `1.23s`. */
export function secs(ms: number): string {
  return `${(ms / 1000).toFixed(2)}s`;
}

/** A short stable hash (hex) of a text: build outputs' content hashes. */
export function shortHash(text: string, len = 8): string {
  let h = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ text.charCodeAt(i), 0x85ebca6b) >>> 0;
  }
  return (h.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).slice(0, len);
}

/** A Rollup-style content hash (base64url characters): Vite's `index-DiwrgTda.js`. */
export function urlHash(text: string, len = 8): string {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const hex = shortHash(text, 16);
  let out = '';
  for (let i = 0; i < len; i++) out += abc[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 64];
  return out;
}

/** String literals passed to a call: `fmt.Println("a")` -> ['a'] for pattern `fmt\.Println`. */
export function literalArgs(source: string, call: string): { text: string; at: number }[] {
  const re = new RegExp(`${call}\\(\\s*"((?:[^"\\\\\\n]|\\\\.)*)"`, 'g');
  const out: { text: string; at: number }[] = [];
  for (let m = re.exec(source); m; m = re.exec(source)) out.push({ text: unescapeC(m[1]), at: m.index });
  return out;
}

/** C-like escapes of a string literal (\n, \t, \", \\). */
export function unescapeC(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
