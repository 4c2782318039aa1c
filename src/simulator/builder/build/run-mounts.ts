// RUN --mount (BuildKit dispatchRunMounts, dispatchSecret): what each mount shows the command
// while it runs, none of which ends up in the step's layer. cache: a directory kept between
// builds by its id (default: the target path), in WorldState.buildCacheMounts; tmpfs: empty;
// bind: the build context, or a stage's or image's files (read-only unless rw); secret: the
// --secret value as /run/secrets/<id> (mode 0400) or an environment variable; ssh: nothing.
import type { Engine } from '../../engine/engine.ts';
import { fileEntry } from '../../fs/entry.ts';
import { emptyTree, MemoryStore, type TreeDir } from '../../fs/memory-fs.ts';
import type { Mount as FsMount } from '../../fs/mount-store.ts';
import { PathFs } from '../../fs/path-fs.ts';
import type { EntryStore } from '../../fs/types.ts';
import type { Mount } from '../parse/mount.ts';
import type { BuildContext } from './context.ts';
import { filesChecksum } from './cache-key.ts';

export interface MountSources {
  engine: Engine;
  context: BuildContext;
  secrets: Readonly<Record<string, string>>;
  /** A stage's or image's root as a store; undefined when `from` names neither. */
  storeOf: (from: string) => EntryStore | undefined;
}

export interface MountPlan {
  mounts: FsMount[];
  /** Environment variables from secrets with env=. */
  env: Record<string, string>;
  /** What the cache key adds: the checksums of bind-mounted context files. */
  keyPart: string;
  /** A required secret no --secret provided (`secret <id>: not found`). */
  missing?: string;
}

function treeStore(engine: Engine, fill: (fs: PathFs) => void): EntryStore {
  const store = new MemoryStore(emptyTree(engine.now()));
  fill(new PathFs(store, { now: () => engine.now() }));
  return store;
}

function contextStore(engine: Engine, ctx: BuildContext): EntryStore {
  return treeStore(engine, (fs) => {
    for (const [p, e] of ctx) {
      if (e.dir) fs.mkdir(`/${p}`, { recursive: true });
      else fs.writeFile(`/${p}`, e.data, { mode: e.mode });
    }
  });
}

function cacheTree(engine: Engine, m: Mount, target: string): TreeDir {
  const id = m.cacheId || target;
  const all = (engine.state.buildCacheMounts ??= {});
  return (all[id] ??= { ...emptyTree(engine.now(), { uid: m.uid ?? 0, gid: m.gid ?? 0 }), mode: m.mode ?? 0o755 });
}

function absolute(target: string, workdir: string): string {
  return target.startsWith('/') ? target : `${workdir.replace(/\/$/, '')}/${target}`;
}

/** The mounts of a RUN (already parsed with the build environment), as the union fs takes them. */
export function planMounts(src: MountSources, mounts: readonly Mount[], workdir: string): MountPlan {
  const plan: MountPlan = { mounts: [], env: {}, keyPart: '' };
  for (const m of mounts) {
    if (m.type === 'ssh') continue;
    if (m.type === 'secret') {
      secretMount(src, m, plan);
      continue;
    }
    const target = absolute(m.target, workdir || '/');
    if (m.type === 'cache') plan.mounts.push({ target, store: new MemoryStore(cacheTree(src.engine, m, target)) });
    else if (m.type === 'tmpfs') plan.mounts.push({ target, store: new MemoryStore(emptyTree(src.engine.now())) });
    else {
      const store = m.from ? src.storeOf(m.from) : contextStore(src.engine, src.context);
      if (!store) continue;
      if (!m.from) plan.keyPart += filesChecksum([...src.context].filter(([, e]) => !e.dir).map(([path, e]) => ({ path, data: e.data, mode: e.mode })));
      plan.mounts.push({ target, store, source: `/${m.source.replace(/^\/+/, '')}`, readonly: m.readOnly });
    }
  }
  return plan;
}

function secretMount(src: MountSources, m: Mount, plan: MountPlan): void {
  const id = m.source || m.cacheId || m.target.slice(m.target.lastIndexOf('/') + 1);
  const value = Object.hasOwn(src.secrets, id) ? src.secrets[id] : undefined;
  if (value === undefined) {
    if (m.required) plan.missing ??= id;
    return;
  }
  if (m.env !== null) {
    plan.env[m.env] = value;
    if (m.target === '') return;
  }
  const target = m.target || `/run/secrets/${id}`;
  const store = new MemoryStore(emptyTree(src.engine.now()));
  store.put('/secret', fileEntry(value, src.engine.now(), { uid: m.uid ?? 0, gid: m.gid ?? 0 }, m.mode ?? 0o400));
  plan.mounts.push({ target, store, source: '/secret', readonly: true });
}
