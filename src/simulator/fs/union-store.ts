// overlayfs over image layers: read-only layers bottom to top plus one writable upper layer (a
// plain JSON record the container owns). Lookups take the topmost entry; a whiteout hides what
// is below; a directory merges the layers down to the first opaque one. Writes copy up the
// parent directories, deletions of lower content leave whiteouts, as overlayfs does.
import { cloneEntry } from './entry.ts';
import { fsError } from './errors.ts';
import { layerChildren, type Layer } from './layer.ts';
import { basename, components, dirname, isWithin } from './path.ts';
import type { Entry, EntryStore, LayerEntry } from './types.ts';

interface Found {
  entry: LayerEntry;
  /** Highest level that may hold children (a directory merges levels [bound, top]; layers.length = upper). */
  top: number;
  /** Lowest level that still contributes to this directory (== top for non-dirs). */
  bound: number;
}

export class UnionStore implements EntryStore {
  readonly layers: readonly Layer[];
  readonly upper: Record<string, LayerEntry>;
  private readonly readonly: boolean;

  constructor(layers: readonly Layer[], upper: Record<string, LayerEntry>, readonly = false) {
    this.layers = layers;
    this.upper = upper;
    this.readonly = readonly;
  }

  private at(level: number, path: string): LayerEntry | undefined {
    const map = level === this.layers.length ? this.upper : this.layers[level].entries;
    return Object.hasOwn(map, path) ? map[path] : undefined;
  }

  private children(level: number, dir: string): string[] {
    if (level < this.layers.length) return layerChildren(this.layers[level], dir);
    const prefix = dir === '/' ? '/' : `${dir}/`;
    return Object.keys(this.upper).filter((p) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map(basename);
  }

  /** Topmost entry at `path` among levels [bound, top], and how far down a directory merges. */
  private findIn(path: string, top: number, bound: number): Found | undefined {
    for (let i = top; i >= bound; i--) {
      const e = this.at(i, path);
      if (!e) continue;
      if (e.kind !== 'dir' || e.opaque) return { entry: e, top: i, bound: i };
      let low = i;
      for (let j = i - 1; j >= bound; j--) {
        const below = this.at(j, path);
        if (!below) continue;
        if (below.kind !== 'dir') break;
        low = j;
        if (below.opaque) break;
      }
      // Levels above i without an entry here are transparent: they may still hold children.
      return { entry: e, top, bound: low };
    }
    return undefined;
  }

  /** Walk from the root; `top` below layers.length gives the view without the upper layer. */
  private lookup(path: string, top = this.layers.length): Found | undefined {
    let found = this.findIn('/', top, 0);
    let cur = '';
    for (const c of components(path)) {
      if (!found || found.entry.kind !== 'dir') return undefined;
      cur += `/${c}`;
      found = this.findIn(cur, found.top, found.bound);
    }
    return found && found.entry.kind !== 'whiteout' ? found : undefined;
  }

  get(path: string): Entry | undefined {
    return this.lookup(path)?.entry as Entry | undefined;
  }

  /** The entry as the image alone has it (no container changes): what `docker diff` compares to. */
  lower(path: string): Entry | undefined {
    return this.lookup(path, this.layers.length - 1)?.entry as Entry | undefined;
  }

  list(dir: string): string[] {
    const d = this.lookup(dir);
    if (!d || d.entry.kind !== 'dir') return [];
    const names = new Set<string>();
    for (let i = d.top; i >= d.bound; i--) for (const n of this.children(i, dir)) names.add(n);
    const prefix = dir === '/' ? '' : dir;
    return [...names].filter((n) => {
      const e = this.findIn(`${prefix}/${n}`, d.top, d.bound)?.entry;
      return e !== undefined && e.kind !== 'whiteout';
    });
  }

  dirLinks(dir: string): number {
    const d = this.lookup(dir);
    let levels = 0;
    for (let i = d?.top ?? -1; d && i >= d.bound; i--) if (this.at(i, dir)) levels++;
    if (levels > 1) return 1;
    const prefix = dir === '/' ? '' : dir;
    return 2 + this.list(dir).filter((n) => this.get(`${prefix}/${n}`)?.kind === 'dir').length;
  }

  private writable(path: string): void {
    if (this.readonly) throw fsError('EROFS', path);
  }

  /** overlayfs copy-up: every ancestor directory gets its own entry in the upper layer. */
  private copyUpParents(path: string): void {
    let cur = '';
    for (const c of ['', ...components(dirname(path))]) {
      cur = c === '' ? '/' : `${cur === '/' ? '' : cur}/${c}`;
      if (this.upper[cur]) continue;
      const e = this.get(cur);
      if (e) this.upper[cur] = cloneEntry({ ...e, opaque: false } as Entry);
    }
  }

  put(path: string, entry: Entry): void {
    this.writable(path);
    const visible = this.get(path);
    const next = cloneEntry(entry);
    if (next.kind === 'dir') {
      const wasDir = visible?.kind === 'dir';
      const hidden = !wasDir && this.lookupBelow(path);
      const up = this.upper[path];
      const keep = wasDir && up?.kind === 'dir' && up.opaque === true;
      if (hidden || keep) next.opaque = true;
      else delete next.opaque;
    }
    if (path !== '/') this.copyUpParents(path);
    this.upper[path] = next;
  }

  /** Whether a level under the upper one holds anything at `path` within the parent's merge. */
  private lookupBelow(path: string): boolean {
    if (path === '/') return true;
    const parent = this.lookup(dirname(path));
    if (!parent) return false;
    const top = Math.min(parent.top, this.layers.length - 1);
    const found = top >= parent.bound ? this.findIn(path, top, parent.bound) : undefined;
    return found !== undefined && found.entry.kind !== 'whiteout';
  }

  delete(path: string): void {
    this.writable(path);
    for (const p of Object.keys(this.upper)) if (p !== path && isWithin(p, path)) delete this.upper[p];
    const below = this.lookupBelow(path);
    if (below) {
      this.copyUpParents(path);
      this.upper[path] = { kind: 'whiteout' };
    } else delete this.upper[path];
  }
}
