// What `docker cp` moves between two filesystems, with go-archive's rules (CopyInfoDestinationPath,
// PrepareArchiveCopy, Untar): into an existing directory under the source's name; a directory
// to a new path takes that name; `dir/.` copies the directory's contents; a file over a file
// replaces it. Also the sizes the CLI reports: the content (regular files) and the tar stream.
import { isFsError } from '../../../fs/errors.ts';
import { basename, dirname, join } from '../../../fs/path.ts';
import type { Stat, Vfs } from '../../../fs/types.ts';
import { CliError } from '../../../errors/cli-error.ts';

export interface Side {
  fs: Vfs;
  /** Absolute path, with a trailing `/` or `/.` kept as typed. */
  path: string;
}

export interface Transfer {
  /** Bytes of regular files copied. */
  content: number;
  /** Bytes of the tar stream (512-byte headers and blocks, two zero blocks at the end). */
  tar: number;
  isDir: boolean;
}

const clean = (p: string) => join('/', p);
export const assertsDirectory = (p: string) => p.endsWith('/') || p.endsWith('/.');
export const contentsOnly = (p: string) => p.endsWith('/.');

function blocks(n: number): number {
  return Math.ceil(n / 512) * 512;
}

/** The entries' sizes under `path` (lstat, as tar does not follow links). */
function measure(fs: Vfs, path: string): { content: number; tar: number } {
  const st = fs.lstat(path);
  if (st.kind !== 'dir') return { content: st.kind === 'file' ? st.size : 0, tar: 512 + (st.kind === 'file' ? blocks(st.size) : 0) };
  let content = 0;
  let tar = 512;
  for (const name of fs.readdir(path)) {
    const m = measure(fs, join(path, name));
    content += m.content;
    tar += m.tar;
  }
  return { content, tar };
}

/** What the archive of `path` holds (`dir/.` too has an entry for the directory: IncludeSourceDir). */
export function sizes(fs: Vfs, path: string): Transfer {
  const m = measure(fs, clean(path));
  return { content: m.content, tar: m.tar + 1024, isDir: fs.lstat(clean(path)).kind === 'dir' };
}

/** Go's error text for a failed file operation: "open /x: permission denied". */
export function goError(op: string, path: string, e: unknown): CliError {
  const text = e instanceof Error ? e.message.charAt(0).toLowerCase() + e.message.slice(1) : String(e);
  return new CliError(`${op} ${path}: ${text}`, 1);
}

function lstatOrUndefined(fs: Vfs, path: string): Stat | undefined {
  try {
    return fs.lstat(path);
  } catch {
    return undefined;
  }
}

export interface Owner {
  uid: number;
  gid: number;
}

/** Copy the entry `from` in `src` to `to` in `dst` (recursively), as Untar writes it. */
function copyEntry(src: Vfs, from: string, dst: Vfs, to: string, owner: Owner | 'keep' | undefined): void {
  const st = src.lstat(from);
  if (st.kind === 'dir') {
    if (lstatOrUndefined(dst, to)?.kind !== 'dir') dst.mkdir(to, { mode: st.mode });
    for (const name of src.readdir(from)) copyEntry(src, join(from, name), dst, join(to, name), owner);
  } else if (st.kind === 'symlink') {
    if (lstatOrUndefined(dst, to)) dst.rm(to);
    dst.symlink(src.readlink(from), to);
  } else {
    dst.writeFile(to, src.readFile(from), { mode: st.mode });
    dst.chmod(to, st.mode);
  }
  const who = owner === 'keep' ? { uid: st.uid, gid: st.gid } : owner;
  if (who && st.kind !== 'symlink') dst.chown(to, who.uid, who.gid);
  if (st.kind !== 'symlink') dst.utimes(to, st.mtime);
}

/** Where the destination really is and what it is (CopyInfoDestinationPath; errors as Go's). */
export function destinationInfo(dst: Side): { path: string; exists: boolean; isDir: boolean } {
  let path = clean(dst.path);
  for (let i = 0; i < 10; i++) {
    const st = lstatOrUndefined(dst.fs, path);
    if (st?.kind === 'symlink') {
      const target = dst.fs.readlink(path);
      path = target.startsWith('/') ? clean(target) : join(dirname(path), target);
      continue;
    }
    if (st) return { path, exists: true, isDir: st.kind === 'dir' };
    const parent = lstatOrUndefined(dst.fs, dirname(path));
    if (!parent) throw new CliError(`stat ${dirname(path)}: no such file or directory`, 1);
    if (parent.kind !== 'dir') throw new CliError('not a directory', 1);
    return { path, exists: false, isDir: false };
  }
  throw new CliError(`too many symlinks in ${clean(dst.path)}`, 1);
}

/** PrepareArchiveCopy + Untar: copy `src` to `dst`. */
export function transfer(src: Side, dst: Side, owner?: Owner | 'keep'): Transfer {
  const from = clean(src.path);
  const info = destinationInfo(dst);
  const stat = src.fs.lstat(from);
  const srcIsDir = stat.kind === 'dir';
  const result = sizes(src.fs, from);
  const write = (f: () => void, path: string) => {
    try {
      f();
    } catch (e) {
      if (isFsError(e, 'EACCES')) throw goError('open', path, e);
      throw goError('mkdir', path, e);
    }
  };
  if (info.exists && info.isDir) {
    if (srcIsDir && contentsOnly(src.path)) {
      for (const name of src.fs.readdir(from)) write(() => copyEntry(src.fs, join(from, name), dst.fs, join(info.path, name), owner), join(info.path, name));
    } else write(() => copyEntry(src.fs, from, dst.fs, join(info.path, basename(from)), owner), join(info.path, basename(from)));
    return result;
  }
  if (info.exists && srcIsDir) throw new CliError('cannot copy directory', 1);
  if (!info.exists && !srcIsDir && assertsDirectory(dst.path)) throw new CliError('no such directory', 1);
  write(() => copyEntry(src.fs, from, dst.fs, info.path, owner), info.path);
  return result;
}
