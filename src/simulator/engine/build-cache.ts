// BuildKit's build cache as the daemon reports it (`docker system df`, `docker builder prune`):
// one "regular" record per build step that made a layer (its size is that layer's unpacked
// size) and one "exec.cachemount" record per RUN --mount=type=cache directory. No record is in
// use between builds, so all are reclaimable. A record whose layer an image holds is "shared":
// a prune without --all keeps it (BuildKit's checkShared), with --all it goes too, and the next
// build runs that step again. IDs are BuildKit's 25-character base-36 identities, derived from
// the step's cache key.
import { sha256Hex } from '../util/sha256.ts';
import type { TreeNode } from '../fs/memory-fs.ts';
import type { Engine } from './engine.ts';

export interface CacheRecordUsage {
  id: string;
  type: 'regular' | 'exec.cachemount';
  size: number;
  /** ms on the simulated clock. */
  created: number;
  lastUsed: number;
  description: string;
  /** An image holds its layer. */
  shared: boolean;
  /** The key in WorldState.buildCache or buildCacheMounts. */
  key: string;
}

function identity(key: string): string {
  return BigInt(`0x${sha256Hex(`buildkit:${key}`).slice(0, 32)}`).toString(36).padStart(25, '0').slice(-25);
}

function treeBytes(n: TreeNode): number {
  if (n.kind === 'file') return n.size ?? new TextEncoder().encode(n.data).length;
  if (n.kind === 'symlink') return 0;
  return Object.values(n.children).reduce((s, c) => s + treeBytes(c), 0);
}

/** What the step did, as BuildKit describes the record: "mount / from exec /bin/sh -c ...". */
function describe(createdBy: string): string {
  const run = /^RUN (?:\|\d+ \S+ )?(.*?)(?: # buildkit)?$/.exec(createdBy);
  return run ? `mount / from exec ${run[1]}` : createdBy.replace(/ # buildkit$/, '');
}

/** The cache records, oldest first. */
export function buildCacheUsage(engine: Engine): CacheRecordUsage[] {
  const out: CacheRecordUsage[] = [];
  const held = new Set(Object.values(engine.state.images).flatMap((im) => im.layers.map((l) => l.digest)));
  for (const [key, rec] of Object.entries(engine.state.buildCache ?? {})) {
    const step = rec.history[rec.history.length - 1];
    if (!step || step.empty_layer || rec.layers.length === 0) continue;
    // Build steps carry their time (formatRFC3339Nano) beside the catalog's HistoryEntry fields.
    const created = Date.parse((step as { created?: string }).created ?? '') || 0;
    const top = rec.layers[rec.layers.length - 1];
    const description = describe(step.created_by ?? '');
    out.push({ id: identity(key), type: 'regular', size: top.unpacked, created, lastUsed: created, description, shared: held.has(top.digest), key });
  }
  for (const [key, tree] of Object.entries(engine.state.buildCacheMounts ?? {})) {
    const t = tree.mtime;
    const id = identity(`mount:${key}`);
    out.push({ id, type: 'exec.cachemount', size: treeBytes(tree), created: t, lastUsed: t, description: `cached mount ${key}`, shared: false, key: `mount:${key}` });
  }
  return out.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
}

export interface PruneCacheOptions {
  /** --all: shared records too. */
  all: boolean;
  /** The until filter: only records unused for at least this long. */
  untilMs?: number;
}

/** BuildCachePrune: the records it dropped, oldest first. */
export function pruneBuildCache(engine: Engine, opts: PruneCacheOptions): CacheRecordUsage[] {
  const now = engine.now();
  const old = (r: CacheRecordUsage) => opts.untilMs === undefined || now - r.lastUsed >= opts.untilMs;
  const gone = buildCacheUsage(engine).filter((r) => (opts.all || !r.shared) && old(r));
  const keys = new Set(gone.map((r) => r.key));
  const cache = engine.state.buildCache ?? {};
  for (const [key, rec] of Object.entries(cache)) {
    const step = rec.history[rec.history.length - 1];
    // Metadata-only steps have no record of their own: they go with a full prune.
    const bare = !step || step.empty_layer;
    if (keys.has(key) || (bare && opts.all && opts.untilMs === undefined)) delete cache[key];
  }
  for (const key of Object.keys(engine.state.buildCacheMounts ?? {})) {
    if (keys.has(`mount:${key}`)) delete engine.state.buildCacheMounts![key];
  }
  if (gone.length) engine.emit('build cache prune');
  return gone;
}
