// Each workspace's world (a lesson's, the playground's): the latest `sim.snapshot()`, so a reload
// finds containers and images as the learner left them. One localStorage key per workspace keeps
// a large world in one lesson from crowding out another's, and lets a reset drop just one.
import { persistedStore, type PersistedStore } from './persisted.ts';
import type { StorageBackend } from './safe-storage.ts';
import { isObject } from './validate.ts';

export interface WorldState {
  /** A `sim.snapshot()`, or null before the first command (the starting world is then rebuilt). */
  snapshot: { version: number } | null;
}

export const WORLD_VERSION = 1;

export function isWorldState(v: unknown): v is WorldState {
  return isObject(v) && (v.snapshot === null || (isObject(v.snapshot) && typeof v.snapshot.version === 'number'));
}

export function worldKey(workspace: string): string {
  return `dockyard:world:${workspace}`;
}

export function createWorldStore(workspace: string, backend?: () => StorageBackend | undefined): PersistedStore<WorldState> {
  return persistedStore<WorldState>(() => ({ snapshot: null }), {
    key: worldKey(workspace),
    version: WORLD_VERSION,
    validate: isWorldState,
    backend,
  });
}

const stores = new Map<string, PersistedStore<WorldState>>();

export function worldStore(workspace: string): PersistedStore<WorldState> {
  let s = stores.get(workspace);
  if (!s) stores.set(workspace, (s = createWorldStore(workspace)));
  return s;
}
