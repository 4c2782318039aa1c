// A container's filesystem as its processes see it: overlayfs of the image's layers and the
// container's writable layer (ContainerRecord.upper, plain JSON), with its mounts on top: bind
// mounts of the host's files, volumes (WorldState.volumeData), tmpfs, and the /etc/hostname,
// /etc/hosts and /etc/resolv.conf files the daemon bind-mounts into every container.
import { utf8Length } from '../../fs/entry.ts';
import { emptyTree, MemoryStore, type TreeDir } from '../../fs/memory-fs.ts';
import type { Mount } from '../../fs/mount-store.ts';
import type { Credentials, EntryStore, LayerEntry } from '../../fs/types.ts';
import { createUnionFs, type UnionFs } from '../../fs/union-fs.ts';
import type { Engine } from '../engine.ts';
import { imageLayers } from '../image-fs/image-layers.ts';
import type { ContainerRecord } from '../state.ts';
import { volumeTree } from '../volumes.ts';
import { etcFiles } from './etc-files.ts';

/** Per-container trees that live only as long as the daemon's process: tmpfs mounts, /etc files. */
const runtimeTrees = new WeakMap<ContainerRecord, Map<string, TreeDir>>();

function runtimeTree(engine: Engine, c: ContainerRecord, key: string, init?: (t: TreeDir) => void): TreeDir {
  let trees = runtimeTrees.get(c);
  if (!trees) runtimeTrees.set(c, (trees = new Map()));
  let tree = trees.get(key);
  if (!tree) {
    tree = emptyTree(engine.now());
    init?.(tree);
    trees.set(key, tree);
  }
  return tree;
}

/** A tmpfs is emptied when the container stops: it is keyed by the run it belongs to. */
function mountStore(engine: Engine, c: ContainerRecord, type: string, name: string | undefined, dest: string): EntryStore | undefined {
  if (type === 'bind') return engine.hostFs?.store;
  if (type === 'volume' && name) return new MemoryStore(volumeTree(engine, name));
  if (type === 'tmpfs') return new MemoryStore(runtimeTree(engine, c, `tmpfs:${c.state.startedAt}:${dest}`));
  return undefined;
}

function mounts(engine: Engine, c: ContainerRecord): Mount[] {
  const out: Mount[] = [];
  for (const m of c.mounts ?? []) {
    const store = mountStore(engine, c, m.Type, m.Name, m.Destination);
    if (store) out.push({ target: m.Destination, store, source: m.Type === 'bind' ? m.Source : '/', readonly: !m.RW });
  }
  const taken = new Set(out.map((m) => m.target));
  const etc = new MemoryStore(runtimeTree(engine, c, `etc:${c.state.startedAt}`, (t) => etcFiles(engine, c, t)));
  for (const name of ['hostname', 'hosts', 'resolv.conf']) {
    if (!taken.has(`/etc/${name}`)) out.push({ target: `/etc/${name}`, store: etc, source: `/${name}` });
  }
  return out;
}

export interface ContainerFsOptions {
  /** Who acts (default root). */
  user?: Credentials;
  /** The clock for file times (a container process's own time); default the daemon's. */
  now?: () => number;
}

/** The container's filesystem; writes go to its writable layer or its mounts. */
export function containerFs(engine: Engine, c: ContainerRecord, opts: ContainerFsOptions = {}): UnionFs {
  const image = engine.state.images[c.image];
  return createUnionFs({
    layers: image ? imageLayers(engine, image) : [],
    upper: (c.upper ??= {}),
    mounts: mounts(engine, c),
    now: opts.now ?? (() => engine.now()),
    user: opts.user,
    readonly: c.hostConfig.ReadonlyRootfs,
  });
}

function entryBytes(e: LayerEntry): number {
  if (e.kind === 'file') return e.size ?? utf8Length(e.data);
  if (e.kind === 'symlink') return utf8Length(e.target);
  return 0;
}

/** SizeRw: bytes of the files in the writable layer (directories and whiteouts count nothing). */
export function writableSize(c: ContainerRecord): number {
  return Object.values(c.upper ?? {}).reduce((n, e) => n + entryBytes(e), 0);
}

/** Keep ContainerRecord.sizeRw in step with the writable layer after a process wrote to it. */
export function syncSizeRw(engine: Engine, c: ContainerRecord): void {
  const size = writableSize(c);
  if (size !== c.sizeRw) {
    c.sizeRw = size;
    engine.emit('container changed');
  }
}
