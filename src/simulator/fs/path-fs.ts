// The Vfs semantics shared by every filesystem here: errno rules of the Linux syscalls that
// coreutils call (open, mkdir, unlink, rmdir, rename, symlink, chmod ...), symlink resolution,
// permissions and mtimes, written once over an EntryStore (memory tree, union of layers, mounts).
import { allowed, cloneEntry, dirEntry, fileEntry, ROOT, statOf, symlinkEntry } from './entry.ts';
import { fsError } from './errors.ts';
import { dirname, isWithin } from './path.ts';
import { resolve, type Resolved } from './resolve.ts';
import type { Credentials, Entry, EntryStore, MkdirOptions, RmOptions, Stat, Vfs, WriteOptions } from './types.ts';

export interface PathFsOptions {
  now: () => number;
  /** Who acts (default root). */
  user?: Credentials;
}

export class PathFs implements Vfs {
  readonly store: EntryStore;
  private readonly now: () => number;
  private readonly who: Credentials;

  constructor(store: EntryStore, options: PathFsOptions) {
    this.store = store;
    this.now = options.now;
    this.who = options.user ?? ROOT;
  }

  private find(path: string, follow: boolean): Resolved {
    return resolve(this.store, path, follow, this.who);
  }

  private existing(path: string, follow: boolean): { path: string; entry: Entry } {
    const r = this.find(path, follow);
    if (!r.entry) throw fsError('ENOENT', path);
    return { path: r.path, entry: r.entry };
  }

  private need(e: Entry, bit: 4 | 2 | 1, path: string): void {
    if (!allowed(e, this.who, bit)) throw fsError('EACCES', path);
  }

  /** Creating or removing a name needs write and search rights on the directory; it changes its mtime. */
  private changeDir(canonical: string, path: string): void {
    const dir = dirname(canonical);
    const d = this.store.get(dir);
    if (!d || d.kind !== 'dir') throw fsError('ENOENT', path);
    this.need(d, 2, path);
    this.store.put(dir, { ...cloneEntry(d), mtime: this.now() });
  }

  private links(path: string, e: Entry): number {
    if (e.kind !== 'dir') return e.kind === 'file' ? (e.nlink ?? 1) : 1;
    if (this.store.dirLinks) return this.store.dirLinks(path);
    return 2 + this.store.list(path).filter((n) => this.store.get(`${path === '/' ? '' : path}/${n}`)?.kind === 'dir').length;
  }

  stat(path: string): Stat {
    const r = this.existing(path, true);
    return statOf(r.entry, this.links(r.path, r.entry));
  }

  lstat(path: string): Stat {
    const r = this.existing(path, false);
    return statOf(r.entry, this.links(r.path, r.entry));
  }

  exists(path: string): boolean {
    try {
      return this.find(path, true).entry !== undefined;
    } catch {
      return false;
    }
  }

  readFile(path: string): string {
    const r = this.existing(path, true);
    if (r.entry.kind === 'dir') throw fsError('EISDIR', path);
    this.need(r.entry, 4, path);
    return r.entry.kind === 'file' ? r.entry.data : '';
  }

  writeFile(path: string, data: string, options: WriteOptions = {}): void {
    const r = this.find(path, true);
    const e = r.entry;
    if (e?.kind === 'dir') throw fsError('EISDIR', path);
    if (e?.kind === 'file') {
      this.need(e, 2, path);
      const next = cloneEntry(e) as typeof e;
      next.data = options.append ? e.data + data : data;
      next.mtime = this.now();
      delete next.size;
      this.store.put(r.path, next);
      return;
    }
    if (r.path === '/') throw fsError('EISDIR', path);
    this.changeDir(r.path, path);
    this.store.put(r.path, fileEntry(data, this.now(), this.who, options.mode ?? 0o644));
  }

  readdir(path: string): string[] {
    const r = this.existing(path, true);
    if (r.entry.kind !== 'dir') throw fsError('ENOTDIR', path);
    this.need(r.entry, 4, path);
    return this.store.list(r.path).sort();
  }

  mkdir(path: string, options: MkdirOptions = {}): void {
    if (options.recursive) return this.mkdirp(path, options.mode);
    const r = this.find(path, false);
    if (r.entry) throw fsError('EEXIST', path);
    this.changeDir(r.path, path);
    this.store.put(r.path, dirEntry(this.now(), this.who, options.mode ?? 0o755));
  }

  private mkdirp(path: string, mode?: number): void {
    const parts = path.split('/').filter((c) => c !== '');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = `${path.startsWith('/') ? '/' : ''}${parts.slice(0, i).join('/')}`;
      const r = this.find(prefix, true);
      if (r.entry?.kind === 'dir') continue;
      if (r.entry) throw fsError(i === parts.length ? 'EEXIST' : 'ENOTDIR', path);
      this.mkdir(prefix, { mode });
    }
  }

  rm(path: string, options: RmOptions = {}): void {
    const r = this.find(path, false);
    if (!r.entry) {
      if (options.force) return;
      throw fsError('ENOENT', path);
    }
    if (r.entry.kind === 'dir' && !options.recursive) throw fsError('EISDIR', path);
    if (r.path === '/') throw fsError('EBUSY', path);
    this.changeDir(r.path, path);
    this.store.delete(r.path);
  }

  rmdir(path: string): void {
    const r = this.existing(path, false);
    if (r.entry.kind !== 'dir') throw fsError('ENOTDIR', path);
    if (this.store.list(r.path).length > 0) throw fsError('ENOTEMPTY', path);
    if (r.path === '/') throw fsError('EBUSY', path);
    this.changeDir(r.path, path);
    this.store.delete(r.path);
  }

  rename(from: string, to: string): void {
    const a = this.existing(from, false);
    const b = this.find(to, false);
    if (a.path === b.path) return;
    if (isWithin(b.path, a.path)) throw fsError('EINVAL', to);
    if (b.entry) {
      if (a.entry.kind === 'dir' && b.entry.kind !== 'dir') throw fsError('ENOTDIR', to);
      if (a.entry.kind !== 'dir' && b.entry.kind === 'dir') throw fsError('EISDIR', to);
      if (b.entry.kind === 'dir' && this.store.list(b.path).length > 0) throw fsError('ENOTEMPTY', to);
    }
    this.changeDir(a.path, from);
    this.changeDir(b.path, to);
    if (b.entry) this.store.delete(b.path);
    this.copyTree(a.path, b.path);
    this.store.delete(a.path);
  }

  /** Entry-level copy of a subtree (rename keeps modes, owners and mtimes). */
  private copyTree(from: string, to: string): void {
    const e = this.store.get(from);
    if (!e) return;
    this.store.put(to, cloneEntry(e.kind === 'dir' ? { ...e, opaque: false } : e));
    if (e.kind !== 'dir') return;
    for (const name of this.store.list(from)) this.copyTree(`${from === '/' ? '' : from}/${name}`, `${to}/${name}`);
  }

  symlink(target: string, path: string): void {
    const r = this.find(path, false);
    if (r.entry) throw fsError('EEXIST', path);
    this.changeDir(r.path, path);
    this.store.put(r.path, symlinkEntry(target, this.now(), this.who));
  }

  readlink(path: string): string {
    const r = this.existing(path, false);
    if (r.entry.kind !== 'symlink') throw fsError('EINVAL', path);
    return r.entry.target;
  }

  private update(path: string, change: (e: Entry) => void): void {
    const r = this.existing(path, true);
    if (this.who.uid !== 0 && this.who.uid !== r.entry.uid) throw fsError('EPERM', path);
    const next = cloneEntry(r.entry);
    change(next);
    this.store.put(r.path, next);
  }

  chmod(path: string, mode: number): void {
    this.update(path, (e) => (e.mode = mode & 0o7777));
  }

  chown(path: string, uid: number, gid: number): void {
    if (this.who.uid !== 0) throw fsError('EPERM', path);
    this.update(path, (e) => {
      e.uid = uid;
      e.gid = gid;
    });
  }

  utimes(path: string, mtime: number): void {
    this.update(path, (e) => (e.mtime = mtime));
  }

  realpath(path: string): string {
    return this.existing(path, true).path;
  }
}
