// Each workspace's command history, as bash keeps ~/.bash_history: lines submitted at the prompt,
// oldest first, recalled with the arrow keys after a reload.
import { persistedStore, type PersistedStore } from './persisted.ts';
import type { StorageBackend } from './safe-storage.ts';
import { isObject, isStringArray } from './validate.ts';

export interface HistoryState {
  lines: string[];
}

export const HISTORY_VERSION = 1;
/** As the line editor's own limit (HISTORY_LIMIT). */
export const HISTORY_KEEP = 500;

export function isHistoryState(v: unknown): v is HistoryState {
  return isObject(v) && isStringArray(v.lines);
}

export function createHistoryStore(workspace: string, backend?: () => StorageBackend | undefined): PersistedStore<HistoryState> {
  return persistedStore<HistoryState>(() => ({ lines: [] }), {
    key: `dockyard:history:${workspace}`,
    version: HISTORY_VERSION,
    validate: isHistoryState,
    backend,
  });
}

const stores = new Map<string, PersistedStore<HistoryState>>();

export function historyStore(workspace: string): PersistedStore<HistoryState> {
  let s = stores.get(workspace);
  if (!s) stores.set(workspace, (s = createHistoryStore(workspace)));
  return s;
}

export function setHistory(store: PersistedStore<HistoryState>, lines: readonly string[]): void {
  store.setState({ lines: lines.slice(-HISTORY_KEEP) });
}
