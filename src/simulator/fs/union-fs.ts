// A container's root filesystem: its image's layers (shared, read-only), its own writable layer
// (plain JSON, owned by the container record) and its mounts, behind the common Vfs semantics.
// `docker commit` freezes `upper` into a layer; `docker diff` reads it (diff.ts).
import { createLayer, type Layer } from './layer.ts';
import { MountStore, type Mount } from './mount-store.ts';
import { PathFs } from './path-fs.ts';
import type { Credentials, LayerEntry } from './types.ts';
import { UnionStore } from './union-store.ts';

export interface UnionFsOptions {
  /** Image layers, bottom first. */
  layers: readonly Layer[];
  /** The writable layer, mutated in place (default: a new empty one). */
  upper?: Record<string, LayerEntry>;
  mounts?: Mount[];
  now: () => number;
  user?: Credentials;
  /** `docker run --read-only`: the root filesystem refuses writes (mounts may still be writable). */
  readonly?: boolean;
}

export type UnionFs = PathFs & { readonly union: UnionStore };

export function createUnionFs(options: UnionFsOptions): UnionFs {
  const union = new UnionStore(options.layers, options.upper ?? {}, options.readonly ?? false);
  const store = options.mounts?.length ? new MountStore(union, options.mounts) : union;
  const fs = new PathFs(store, { now: options.now, user: options.user });
  return Object.assign(fs, { union });
}

/** The same filesystem seen by another user (`docker exec -u`, a USER in the image). */
export function asUser(fs: UnionFs, user: Credentials, now: () => number): UnionFs {
  return Object.assign(new PathFs(fs.store, { now, user }), { union: fs.union });
}

/** `docker commit`: the container's changes become an immutable layer of a new image. */
export function commitLayer(upper: Record<string, LayerEntry>): Layer {
  return createLayer(upper);
}
