// A zustand PersistStorage over localStorage that never throws: storage that is disabled (access
// throws SecurityError), full (setItem throws QuotaExceededError) or holds unreadable JSON is
// reported once through `report`, and the store carries on in memory. Corrupt entries are removed
// so the page does not trip over them again on the next visit.
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type StorageProblem = 'unavailable' | 'full' | 'corrupt';

/** What we need of `window.localStorage`. */
export interface StorageBackend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function isStorageValue(v: unknown): v is StorageValue<unknown> {
  return typeof v === 'object' && v !== null && 'state' in v && typeof (v as { version?: unknown }).version === 'number';
}

/** The browser's localStorage, or undefined where touching it throws (disabled, sandboxed). */
export function browserStorage(): StorageBackend | undefined {
  try {
    const s = globalThis.localStorage;
    return s ?? undefined;
  } catch {
    return undefined;
  }
}

export function safeStorage<S>(
  getBackend: () => StorageBackend | undefined,
  report: (problem: StorageProblem, key: string) => void,
): PersistStorage<S> {
  const backend = (key: string): StorageBackend | undefined => {
    const b = getBackend();
    if (!b) report('unavailable', key);
    return b;
  };
  return {
    getItem(key) {
      const b = backend(key);
      if (!b) return null;
      let raw: string | null;
      try {
        raw = b.getItem(key);
      } catch {
        report('unavailable', key);
        return null;
      }
      if (raw === null) return null;
      try {
        const value: unknown = JSON.parse(raw);
        if (isStorageValue(value)) return value as StorageValue<S>;
      } catch {
        // fall through: unreadable
      }
      report('corrupt', key);
      try {
        b.removeItem(key);
      } catch {
        // nothing more to do
      }
      return null;
    },
    setItem(key, value) {
      const b = backend(key);
      if (!b) return;
      try {
        b.setItem(key, JSON.stringify(value));
      } catch (e) {
        report(isQuotaError(e) ? 'full' : 'unavailable', key);
      }
    },
    removeItem(key) {
      try {
        getBackend()?.removeItem(key);
      } catch {
        // a removal that fails leaves stale data, which the next load validates anyway
      }
    },
  };
}
