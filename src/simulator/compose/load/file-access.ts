// The read-only view of the host filesystem the loader needs, injected so that it runs over the
// simulator's in-memory host filesystem (or a plain object in tests), plus the POSIX path helpers
// Go's path/filepath gives compose-go (Join, Dir, Base, Abs, Clean).

export interface FileAccess {
  /** The file's text, or undefined when there is no regular file at that absolute path. */
  readFile(path: string): string | undefined;
  /** True when anything (file or directory) exists at the absolute path. */
  exists(path: string): boolean;
  /** True for a directory; when absent, "exists but unreadable" counts as a directory. */
  isDir?(path: string): boolean;
}

export function isDirectory(files: FileAccess, path: string): boolean {
  if (files.isDir) return files.isDir(path);
  return files.exists(path) && files.readFile(path) === undefined;
}

/** A FileAccess over a plain { '/abs/path': 'content' } object; directories are implied. */
export function memoryFiles(entries: Record<string, string>): FileAccess {
  const dirs = new Set<string>(['/']);
  for (const path of Object.keys(entries)) {
    for (let dir = dirname(path); dir !== '/'; dir = dirname(dir)) dirs.add(dir);
  }
  return {
    readFile: (path) => (Object.hasOwn(entries, path) ? entries[path] : undefined),
    exists: (path) => Object.hasOwn(entries, path) || dirs.has(path),
    isDir: (path) => dirs.has(path),
  };
}

/** filepath.Clean for POSIX paths. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** filepath.Join: joins the non-empty elements and cleans the result. */
export function joinPath(...parts: string[]): string {
  const nonEmpty = parts.filter((p) => p !== '');
  return nonEmpty.length === 0 ? '' : cleanPath(nonEmpty.join('/'));
}

export function isAbsPath(path: string): boolean {
  return path.startsWith('/');
}

/** filepath.Abs against a working directory. */
export function absPath(path: string, cwd: string): string {
  return isAbsPath(path) ? cleanPath(path) : joinPath(cwd, path);
}

/** filepath.Dir. */
export function dirname(path: string): string {
  const cleaned = cleanPath(path);
  const i = cleaned.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return cleaned.slice(0, i);
}

/** filepath.Base. */
export function basename(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** compose-go paths.ExpandUser: a leading "~" is replaced by $HOME (so "~x" is "$HOME/x"). */
export function expandUser(path: string, home: string | undefined): string {
  if (home === undefined || !path.startsWith('~')) return path;
  return joinPath(home, path.slice(1));
}
