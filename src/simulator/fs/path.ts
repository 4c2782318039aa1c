// POSIX path helpers for the simulated filesystems: absolute, '/'-separated, no drive letters.
// `normalize` folds '.', '..' and repeated slashes lexically, as the kernel does after
// symlinks are resolved (resolution itself lives in resolve.ts).

/** Split an absolute or relative path into its non-empty components. */
export function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

/** Lexically normalised absolute path: '/a/./b/../c//' -> '/a/c'. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const c of components(path)) {
    if (c === '..') out.pop();
    else out.push(c);
  }
  return `/${out.join('/')}`;
}

/** Resolve `path` against `cwd` (both may be relative to '/'). */
export function resolvePath(cwd: string, path: string): string {
  return normalize(path.startsWith('/') ? path : `${cwd}/${path}`);
}

export function join(...parts: string[]): string {
  return normalize(parts.join('/'));
}

export function dirname(path: string): string {
  const n = normalize(path);
  const i = n.lastIndexOf('/');
  return i <= 0 ? '/' : n.slice(0, i);
}

/** Last component as `basename` prints it ('/a/b/' -> 'b', '/' -> '/'). */
export function basename(path: string): string {
  const parts = components(path);
  return parts.length === 0 ? (path.startsWith('/') ? '/' : '.') : parts[parts.length - 1];
}

/** True when `path` is `dir` itself or lies below it (both normalised). */
export function isWithin(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(`${dir}/`);
}

/** Ordering of `docker diff` and `find`: by components, so '/a/b' comes before '/a-c'. */
export function comparePaths(a: string, b: string): number {
  const ca = components(a);
  const cb = components(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    if (ca[i] !== cb[i]) return ca[i] < cb[i] ? -1 : 1;
  }
  return ca.length - cb.length;
}
