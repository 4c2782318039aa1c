// A plain in-memory tree: the learner's home on the host, and each volume's contents. The tree
// is plain JSON (directories hold their children by name) and is mutated in place, so the
// owner can put it in a snapshot as it is and restore it by passing it back.
import { cloneEntry, dirEntry } from './entry.ts';
import { fsError } from './errors.ts';
import { components } from './path.ts';
import { PathFs } from './path-fs.ts';
import type { Credentials, DirEntry, Entry, EntryStore, FileEntry, SymlinkEntry } from './types.ts';

export type TreeNode = FileEntry | SymlinkEntry | TreeDir;
export interface TreeDir extends DirEntry {
  children: Record<string, TreeNode>;
}

export function emptyTree(mtime = 0, owner?: Credentials): TreeDir {
  return { ...dirEntry(mtime, owner), children: {} };
}

export class MemoryStore implements EntryStore {
  readonly root: TreeDir;

  constructor(root: TreeDir) {
    this.root = root;
  }

  private node(path: string): TreeNode | undefined {
    let n: TreeNode = this.root;
    for (const c of components(path)) {
      if (n.kind !== 'dir') return undefined;
      const next: TreeNode | undefined = Object.hasOwn(n.children, c) ? n.children[c] : undefined;
      if (!next) return undefined;
      n = next;
    }
    return n;
  }

  private parentOf(path: string): { dir: TreeDir; name: string } {
    const parts = components(path);
    const name = parts.pop();
    const dir = this.node(`/${parts.join('/')}`);
    if (name === undefined || !dir || dir.kind !== 'dir') throw fsError('ENOENT', path);
    return { dir, name };
  }

  get(path: string): Entry | undefined {
    return this.node(path);
  }

  list(dir: string): string[] {
    const n = this.node(dir);
    return n?.kind === 'dir' ? Object.keys(n.children) : [];
  }

  put(path: string, entry: Entry): void {
    const fresh = cloneEntry(entry);
    if (components(path).length === 0) {
      if (fresh.kind === 'dir') Object.assign(this.root, fresh, { children: this.root.children });
      return;
    }
    const { dir, name } = this.parentOf(path);
    const old = Object.hasOwn(dir.children, name) ? dir.children[name] : undefined;
    if (fresh.kind === 'dir') {
      delete fresh.opaque;
      dir.children[name] = { ...fresh, children: old?.kind === 'dir' ? old.children : {} };
    } else dir.children[name] = fresh;
  }

  delete(path: string): void {
    if (components(path).length === 0) throw fsError('EBUSY', path);
    const { dir, name } = this.parentOf(path);
    delete dir.children[name];
  }
}

export interface MemoryFsOptions {
  now: () => number;
  /** An existing tree (from a snapshot) to work on in place; default a new empty one. */
  tree?: TreeDir;
  user?: Credentials;
}

export type MemoryFs = PathFs & { readonly tree: TreeDir };

export function createMemoryFs(options: MemoryFsOptions): MemoryFs {
  const tree = options.tree ?? emptyTree(options.now());
  const fs = new PathFs(new MemoryStore(tree), { now: options.now, user: options.user });
  return Object.assign(fs, { tree });
}
