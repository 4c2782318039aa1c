// Go's path/filepath.Clean for '/'-separated paths: the shortest equivalent path, lexically.
// "" -> ".", "a//b/./c/.." -> "a/b", "/../x" -> "/x", "../../a" stays.

export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') out.push(part);
    else if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (!rooted) out.push('..');
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** filepath.Dir. */
export function dirPath(path: string): string {
  const i = path.lastIndexOf('/');
  return cleanPath(i < 0 ? '' : path.slice(0, i + 1));
}
