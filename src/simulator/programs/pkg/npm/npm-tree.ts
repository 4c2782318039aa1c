// npm's view of a project: package.json, package-lock.json (lockfileVersion 3: "packages" keyed
// by install path), the registry (data/npm-registry.ts) to resolve a tree from, and the range
// checks `npm ci` runs to tell whether the lock matches package.json.
import { sha256Hex } from '../../../util/sha256.ts';
import { NPM_ROWS } from '../data/npm-registry.ts';

export interface RegistryPackage { name: string; version: string; funding: boolean; deps: string[]; bins: string[] }

/** One entry of package-lock.json's "packages": where it installs and what npm needs of it. */
export interface LockEntry { path: string; name: string; version: string; dev?: boolean; funding?: boolean; bins: string[] }

export interface PackageJson {
  name?: string;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

let registry: Map<string, RegistryPackage> | undefined;

export function registryPackage(name: string): RegistryPackage | undefined {
  if (!registry) {
    registry = new Map();
    for (const line of NPM_ROWS.split('\n')) {
      if (!line.trim()) continue;
      const [head, bins = ''] = line.split(' | ');
      const [fields, deps = ''] = head.split(' : ');
      const [n, version, flag] = fields.trim().split(/\s+/);
      const words = (s: string) => s.trim().split(/\s+/).filter((w) => w !== '');
      registry.set(n, { name: n, version, funding: flag === 'f', deps: words(deps), bins: words(bins) });
    }
  }
  return registry.get(name);
}

/** The flat tree npm installs for these top-level names (each package once, hoisted). */
export function resolveTree(names: { name: string; dev: boolean }[]): LockEntry[] {
  const out = new Map<string, LockEntry>();
  const visit = (name: string, dev: boolean) => {
    const p = registryPackage(name);
    const seen = out.get(name);
    if (!p) return;
    if (seen) {
      if (!dev) delete seen.dev;
      if (!dev) p.deps.forEach((d) => visit(d, dev));
      return;
    }
    out.set(name, { path: `node_modules/${name}`, name, version: p.version, funding: p.funding, bins: p.bins, ...(dev ? { dev: true } : {}) });
    p.deps.forEach((d) => visit(d, dev));
  };
  for (const n of names) visit(n.name, n.dev);
  return [...out.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Entries of a package-lock.json (v2/v3 "packages"; the root "" left out). */
export function lockEntries(lock: { packages?: Record<string, Record<string, unknown>> }): LockEntry[] {
  return Object.entries(lock.packages ?? {})
    .filter(([path]) => path !== '' && path.includes('node_modules/'))
    .map(([path, e]) => ({
      path,
      name: (e.name as string | undefined) ?? path.slice(path.lastIndexOf('node_modules/') + 13),
      version: String(e.version ?? '0.0.0'),
      ...(e.dev ? { dev: true } : {}),
      funding: e.funding !== undefined,
      bins: e.bin && typeof e.bin === 'object' ? Object.keys(e.bin) : [],
    }));
}

const num = (v: string) => v.split(/[.+-]/).slice(0, 3).map((x) => Number(x) || 0);

/** semver's satisfies for the ranges package.json files use: ^, ~, exact, x, *, >=, latest. */
export function satisfies(version: string, range: string): boolean {
  const r = range.trim();
  if (r === '' || r === '*' || r === 'latest' || r === 'x' || /^(file|git|http|npm):/.test(r)) return true;
  const [a, b, c] = num(version);
  const m = /^(\^|~|>=|=|v)?\s*(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(r);
  if (!m) return true;
  const [x, y, z] = [Number(m[2]), m[3] === undefined || /x|\*/.test(m[3]) ? undefined : Number(m[3]), m[4] === undefined || /x|\*/.test(m[4]) ? undefined : Number(m[4])];
  const cmp = a !== x ? a - x : b !== (y ?? b) ? b - (y ?? b) : c - (z ?? c);
  if (m[1] === '>=') return cmp >= 0;
  if (m[1] === '^') return a === x && (x > 0 || y === undefined || b === y) && cmp >= 0;
  if (m[1] === '~') return a === x && (y === undefined || b === y) && cmp >= 0;
  return a === x && (y === undefined || b === y) && (z === undefined || c === z);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A stand-in for the tarball's integrity (the model has no tarballs): stable per name@version. */
export function integrity(name: string, version: string): string {
  const hex = sha256Hex(`${name}@${version}`) + sha256Hex(`${version}@${name}`);
  const bytes: number[] = [];
  for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return `sha512-${out}`;
}
