// The filesystem model: entry records (plain JSON, so layers and writable layers go into
// snapshots as they are), the store interface the implementations provide, and the Vfs that
// commands use. Paths given to a Vfs are absolute; the shell resolves relative ones first.

interface EntryBase {
  /** Permission bits only (0o755); the kind says file, directory or symlink. */
  mode: number;
  uid: number;
  gid: number;
  /** Modification time in ms on the injected clock. */
  mtime: number;
}

export interface FileEntry extends EntryBase {
  kind: 'file';
  data: string;
  /** Declared size for marker files (executables): `ls -l` shows it, reads return `data`. */
  size?: number;
  /** Hard-link count for files that stand for many names (busybox's applets). */
  nlink?: number;
}

export interface DirEntry extends EntryBase {
  kind: 'dir';
  /** overlayfs "opaque" directory: lower layers' contents are hidden (`.wh..wh..opq`). */
  opaque?: boolean;
}

export interface SymlinkEntry extends EntryBase {
  kind: 'symlink';
  target: string;
}

/** Only in layers: the path was deleted above the layers below (`.wh.<name>` in a tar). */
export interface WhiteoutEntry {
  kind: 'whiteout';
}

export type Entry = FileEntry | DirEntry | SymlinkEntry;
export type LayerEntry = Entry | WhiteoutEntry;

export type FileKind = Entry['kind'];

export interface Stat {
  kind: FileKind;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  nlink: number;
  /** For symlinks (lstat): where it points. */
  target?: string;
}

/** Entry-level storage under a Vfs: no symlink resolution, no errno rules (path-fs.ts has those). */
export interface EntryStore {
  /** The visible entry at a canonical path (ancestors are real directories), or undefined. */
  get(path: string): Entry | undefined;
  /** Names in a directory that `get` says is a directory. */
  list(dir: string): string[];
  /** Create or replace the entry (its parent directory exists). Throws EROFS when read-only. */
  put(path: string, entry: Entry): void;
  /** Remove the entry and everything below it. Throws EROFS/EBUSY where the rule says so. */
  delete(path: string): void;
  /** Link count `ls -l` shows for a directory (overlayfs reports 1 for merged directories). */
  dirLinks?(path: string): number;
}

export interface WriteOptions {
  append?: boolean;
  /** Mode for a newly created file (default 0o644, i.e. 0o666 under umask 022). */
  mode?: number;
}

export interface MkdirOptions {
  recursive?: boolean;
  mode?: number;
}

export interface RmOptions {
  recursive?: boolean;
  force?: boolean;
}

/** Who is acting: uid 0 passes every permission check, as root does. */
export interface Credentials {
  uid: number;
  gid: number;
}

export interface Vfs {
  stat(path: string): Stat;
  lstat(path: string): Stat;
  exists(path: string): boolean;
  readFile(path: string): string;
  writeFile(path: string, data: string, options?: WriteOptions): void;
  readdir(path: string): string[];
  mkdir(path: string, options?: MkdirOptions): void;
  /** unlink(2) for files and symlinks, rmdir(2) semantics with recursive for directories. */
  rm(path: string, options?: RmOptions): void;
  rmdir(path: string): void;
  rename(from: string, to: string): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  chown(path: string, uid: number, gid: number): void;
  utimes(path: string, mtime: number): void;
  /** Canonical path with every symlink resolved (ENOENT when a component is missing). */
  realpath(path: string): string;
  /** The entry store below, for mounting this filesystem into another one. */
  readonly store: EntryStore;
}
