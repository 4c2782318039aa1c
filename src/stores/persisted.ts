// One way to make a persisted zustand store: a localStorage key, a version, migrations from each
// older version, and a validator. Whatever is stored (old, damaged, hand-edited) either migrates
// into a valid state or is set aside with a notice; the page never breaks over storage.
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { notify } from './notices.ts';
import { browserStorage, safeStorage, type StorageBackend, type StorageProblem } from './safe-storage.ts';

/** Turns the state saved at version `n` into the state of version `n + 1`. */
export type Migration = (old: unknown) => unknown;

export interface PersistedOptions<S> {
  /** localStorage key, `dockyard:...`. */
  key: string;
  version: number;
  /** `migrations[n]` upgrades version n to n + 1. */
  migrations?: Record<number, Migration>;
  /** Whether a (migrated) stored value is a usable state. */
  validate: (value: unknown) => value is S;
  /** Where to store; the browser's localStorage by default (tests pass a fake). */
  backend?: () => StorageBackend | undefined;
}

const NOTICE: Record<StorageProblem, Parameters<typeof notify>[0]> = {
  unavailable: 'storage-unavailable',
  full: 'storage-full',
  corrupt: 'storage-corrupt',
};

/** Apply migrations from `from` up to `to`; throws when a step is missing (unknown version). */
export function migrate(value: unknown, from: number, to: number, migrations: Record<number, Migration> = {}): unknown {
  if (from > to) throw new Error(`saved by a newer version (${from} > ${to})`);
  let v = value;
  for (let n = from; n < to; n++) {
    const step = migrations[n];
    if (!step) throw new Error(`no migration from version ${n}`);
    v = step(v);
  }
  return v;
}

export type PersistedStore<S> = StoreApi<S> & { persist: { rehydrate(): Promise<void> | void; clearStorage(): void } };

export function persistedStore<S extends object>(initial: () => S, options: PersistedOptions<S>): PersistedStore<S> {
  const storage = safeStorage<S>(options.backend ?? browserStorage, (problem) => notify(NOTICE[problem]));
  /** A stored value that cannot become a state: tell the learner, and drop it so it stays dropped. */
  const setAside = () => {
    notify('storage-corrupt');
    storage.removeItem(options.key);
  };
  return createStore<S>()(
    persist(initial, {
      name: options.key,
      version: options.version,
      storage,
      migrate: (state, version) => migrate(state, version, options.version, options.migrations) as S,
      merge: (stored, current) => {
        if (stored === undefined) return current;
        if (options.validate(stored)) return stored;
        setAside();
        return current;
      },
      onRehydrateStorage: () => (_state, error) => {
        if (error) setAside();
      },
    }),
  ) as PersistedStore<S>;
}
