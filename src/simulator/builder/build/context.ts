// The build context as BuildKit receives it: the files under the context directory on the host,
// minus what .dockerignore excludes (`Dockerfile.dockerignore` beside the Dockerfile wins).
import { filterContext, ignoreFileLocations, readIgnoreFile } from '../context/index.ts';
import type { Vfs } from '../../fs/types.ts';

export interface ContextFile {
  dir: boolean;
  data: string;
  mode: number;
  /** Declared size of a marker file standing for a binary (a built program). */
  size?: number;
}

/** Relative path (no leading './') to its entry, in walk order. */
export type BuildContext = Map<string, ContextFile>;

function walk(fs: Vfs, root: string, rel: string, out: { path: string; dir: boolean }[]): void {
  const abs = rel ? `${root}/${rel}` : root;
  for (const name of fs.readdir(abs)) {
    const path = rel ? `${rel}/${name}` : name;
    // lstat: a symlink is sent as itself, never followed (no loops through links to parents)
    const st = fs.lstat(`${root}/${path}`);
    out.push({ path, dir: st.kind === 'dir' });
    if (st.kind === 'dir') walk(fs, root, path, out);
  }
}

/** The ignore patterns in effect, and the size of the file they came from (0 when none). */
function ignorePatterns(fs: Vfs, root: string, dockerfilePath: string): { patterns: string[]; size: number } {
  const base = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  const dir = dockerfilePath.slice(0, dockerfilePath.lastIndexOf('/'));
  const where = ignoreFileLocations(base);
  for (const p of [`${dir}/${where.besideDockerfile}`, `${root}/${where.contextRoot}`]) {
    if (fs.exists(p) && fs.stat(p).kind === 'file') {
      const text = fs.readFile(p);
      return { patterns: readIgnoreFile(text), size: text.length };
    }
  }
  return { patterns: [], size: 0 };
}

/** A file's content; a dangling or unreadable entry is sent empty. */
function readOrEmpty(fs: Vfs, path: string): string {
  try {
    return fs.readFile(path);
  } catch {
    return '';
  }
}

export function readContext(fs: Vfs, root: string, dockerfilePath: string): { context: BuildContext; ignoreSize: number; patterns: string[] } {
  const all: { path: string; dir: boolean }[] = [];
  walk(fs, root, '', all);
  const { patterns, size } = ignorePatterns(fs, root, dockerfilePath);
  const context: BuildContext = new Map();
  for (const e of filterContext(all, patterns)) {
    const st = fs.lstat(`${root}/${e.path}`);
    context.set(e.path, { dir: e.dir, data: e.dir ? '' : readOrEmpty(fs, `${root}/${e.path}`), mode: st.mode & 0o7777 });
  }
  return { context, ignoreSize: size, patterns };
}
