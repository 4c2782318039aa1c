// An immutable image layer: canonical path -> entry, including whiteouts (a deletion of what the
// layers below have) and opaque directories. Layer objects are shared by every image and
// container that uses them; a container's own writes never touch them (see union-store.ts).
import { cloneEntry } from './entry.ts';
import { basename, comparePaths, dirname, normalize } from './path.ts';
import type { LayerEntry } from './types.ts';

export interface Layer {
  readonly entries: Readonly<Record<string, LayerEntry>>;
}

/** Freeze a map of entries into a layer (the map is copied; later edits to it do not leak in). */
export function createLayer(entries: Record<string, LayerEntry>): Layer {
  const copy: Record<string, LayerEntry> = {};
  for (const [path, e] of Object.entries(entries)) {
    copy[normalize(path)] = e.kind === 'whiteout' ? { kind: 'whiteout' } : Object.freeze(cloneEntry(e));
  }
  return Object.freeze({ entries: Object.freeze(copy) });
}

/** A layer as JSON for a snapshot: its entries, plain. `createLayer` restores it. */
export function layerToJSON(layer: Layer): Record<string, LayerEntry> {
  return { ...layer.entries };
}

const childIndex = new WeakMap<Layer, Map<string, string[]>>();

/** Names directly inside `dir` in this layer alone (whiteouts included), from a cached index. */
export function layerChildren(layer: Layer, dir: string): string[] {
  let index = childIndex.get(layer);
  if (!index) {
    index = new Map();
    for (const path of Object.keys(layer.entries)) {
      if (path === '/') continue;
      const parent = dirname(path);
      const list = index.get(parent);
      if (list) list.push(basename(path));
      else index.set(parent, [basename(path)]);
    }
    childIndex.set(layer, index);
  }
  return index.get(dir) ?? [];
}

export interface ArchiveEntry {
  /** Path as in a layer tar, e.g. 'etc/.wh.motd' or 'var/cache/.wh..wh..opq'. */
  name: string;
  entry?: LayerEntry;
}

const WH = '.wh.';
const OPAQUE = '.wh..wh..opq';

/** Read tar-style entries, turning `.wh.<name>` into whiteouts and `.wh..wh..opq` into opaque dirs. */
export function layerFromArchive(items: ArchiveEntry[]): Layer {
  const entries: Record<string, LayerEntry> = {};
  const opaque: string[] = [];
  for (const { name, entry } of items) {
    const path = normalize(name);
    const base = basename(path);
    if (base === OPAQUE) opaque.push(dirname(path));
    else if (base.startsWith(WH)) entries[normalize(`${dirname(path)}/${base.slice(WH.length)}`)] = { kind: 'whiteout' };
    else if (entry) entries[path] = entry;
  }
  for (const dir of opaque) {
    const e = entries[dir];
    if (e?.kind === 'dir') entries[dir] = { ...e, opaque: true };
  }
  return createLayer(entries);
}

/** The layer as a tar would list it (what `docker save` writes), in path order. */
export function layerToArchive(layer: Layer): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  for (const path of Object.keys(layer.entries).sort(comparePaths)) {
    const e = layer.entries[path];
    const rel = path.slice(1);
    if (e.kind === 'whiteout') out.push({ name: `${dirname(path).slice(1)}${dirname(path) === '/' ? '' : '/'}${WH}${basename(path)}` });
    else {
      out.push({ name: rel === '' ? './' : rel, entry: e });
      if (e.kind === 'dir' && e.opaque) out.push({ name: `${rel}/${OPAQUE}` });
    }
  }
  return out;
}
