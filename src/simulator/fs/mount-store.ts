// Mount points over a root store, as a container's mount namespace has them: a bind mount shows
// a host directory (or file), a volume its own tree. What lies under a mount point in the
// image is hidden while mounted; writes under a read-only mount fail with EROFS, and the mount
// point itself cannot be removed (EBUSY), as rm and rmdir report it.
import { fsError } from './errors.ts';
import { components, dirname, isWithin, normalize } from './path.ts';
import type { Entry, EntryStore } from './types.ts';

export interface Mount {
  /** Absolute path inside the container. */
  target: string;
  /** The store holding the mounted content (a host memory-fs, a volume, another union). */
  store: EntryStore;
  /** Path inside `store` shown at `target` (default '/'): a bind mount's host directory or file. */
  source?: string;
  readonly?: boolean;
}

export class MountStore implements EntryStore {
  private readonly root: EntryStore;
  private readonly mounts: Mount[];

  constructor(root: EntryStore, mounts: Mount[]) {
    this.root = root;
    this.mounts = mounts
      .map((m) => ({ ...m, target: normalize(m.target), source: normalize(m.source ?? '/') }))
      .sort((a, b) => components(b.target).length - components(a.target).length);
  }

  /** The innermost mount covering `path`, and the path inside its store. */
  private route(path: string): { store: EntryStore; path: string; mount?: Mount } {
    for (const m of this.mounts) {
      if (!isWithin(path, m.target) || m.target === '/') continue;
      const rest = path.slice(m.target.length);
      return { store: m.store, path: normalize(`${m.source}${rest}`), mount: m };
    }
    return { store: this.root, path };
  }

  get(path: string): Entry | undefined {
    const r = this.route(path);
    const found = r.store.get(r.path);
    if (found || r.mount) return found;
    // runc creates the missing parents of a mount point (a secret at /run/secrets/NAME).
    if (!this.mounts.some((m) => m.target !== path && m.target !== '/' && isWithin(m.target, path))) return undefined;
    let up = dirname(path);
    while (up !== '/' && !this.root.get(up)) up = dirname(up);
    return { kind: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: this.root.get(up)?.mtime ?? 0 };
  }

  list(dir: string): string[] {
    const r = this.route(dir);
    const names = new Set(r.store.list(r.path));
    for (const m of this.mounts) {
      if (m.target === '/' || m.target === dir || !isWithin(m.target, dir)) continue;
      // The mount point, or the missing parent runc made for a deeper one.
      const rest = components(m.target).slice(components(dir).length);
      if (rest.length === 1 || r.store.get(normalize(`${r.path}/${rest[0]}`)) === undefined) names.add(rest[0]);
    }
    return [...names];
  }

  dirLinks(dir: string): number {
    const r = this.route(dir);
    if (r.store.dirLinks) return r.store.dirLinks(r.path);
    return 2 + r.store.list(r.path).filter((n) => r.store.get(`${r.path === '/' ? '' : r.path}/${n}`)?.kind === 'dir').length;
  }

  private writable(path: string): { store: EntryStore; path: string; mount?: Mount } {
    const r = this.route(path);
    if (r.mount?.readonly) throw fsError('EROFS', path);
    return r;
  }

  put(path: string, entry: Entry): void {
    const r = this.writable(path);
    r.store.put(r.path, entry);
  }

  delete(path: string): void {
    if (this.mounts.some((m) => m.target !== '/' && isWithin(m.target, path))) throw fsError('EBUSY', path);
    const r = this.writable(path);
    r.store.delete(r.path);
  }
}
