import { beforeEach, describe, expect, it } from 'vitest';
import { noticeStore } from './notices.ts';
import { migrate, persistedStore } from './persisted.ts';
import { createProgressStore, lessonProgress, recordGoals, revealHint, revealSolution } from './progress.ts';
import type { StorageBackend } from './safe-storage.ts';
import { createHistoryStore, setHistory } from './history.ts';
import { createWorldStore } from './world.ts';

/** An in-memory localStorage that can be made to fail. */
class FakeStorage implements StorageBackend {
  data = new Map<string, string>();
  full = false;
  broken = false;
  getItem(key: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.broken) throw new DOMException('denied', 'SecurityError');
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const kinds = () => noticeStore.getState().notices.map((n) => n.kind);

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  noticeStore.setState({ notices: [] });
});

describe('persisted stores', () => {
  it('save every change under their key with a version, and restore it', () => {
    const store = createProgressStore(() => storage);
    recordGoals(store, 'first-container', [true, false]);
    expect(JSON.parse(storage.data.get('dockyard:progress') as string)).toEqual({
      state: { lessons: { 'first-container': { goals: [true, false], completed: false, hints: 0, solution: false } } },
      version: 1,
    });
    const again = createProgressStore(() => storage);
    expect(lessonProgress(again, 'first-container').goals).toEqual([true, false]);
    expect(kinds()).toEqual([]);
  });

  it('set aside unreadable JSON with a notice, and start afresh', () => {
    storage.data.set('dockyard:progress', '{"state": {"lessons": ');
    const store = createProgressStore(() => storage);
    expect(store.getState()).toEqual({ lessons: {} });
    expect(kinds()).toEqual(['storage-corrupt']);
    expect(storage.data.has('dockyard:progress')).toBe(false);
  });

  it('set aside valid JSON of the wrong shape', () => {
    storage.data.set('dockyard:progress', JSON.stringify({ state: { lessons: { a: { goals: 'yes' } } }, version: 1 }));
    expect(createProgressStore(() => storage).getState()).toEqual({ lessons: {} });
    expect(kinds()).toEqual(['storage-corrupt']);
    storage.data.set('dockyard:world:playground', JSON.stringify({ state: { snapshot: 'x' }, version: 1 }));
    expect(createWorldStore('playground', () => storage).getState()).toEqual({ snapshot: null });
    expect(storage.data.has('dockyard:world:playground')).toBe(false);
  });

  it('set aside state saved by a newer version', () => {
    storage.data.set('dockyard:history:playground', JSON.stringify({ state: { lines: ['ls'] }, version: 9 }));
    expect(createHistoryStore('playground', () => storage).getState()).toEqual({ lines: [] });
    expect(kinds()).toEqual(['storage-corrupt']);
  });

  it('work in memory when storage is disabled, with one notice', () => {
    const store = createProgressStore(() => undefined);
    recordGoals(store, 'x', [true]);
    revealHint(store, 'x', 3);
    expect(lessonProgress(store, 'x')).toEqual({ goals: [true], completed: true, hints: 1, solution: false });
    expect(kinds()).toEqual(['storage-unavailable']);
  });

  it('work in memory when storage access throws', () => {
    storage.broken = true;
    const store = createHistoryStore('playground', () => storage);
    setHistory(store, ['docker ps']);
    expect(store.getState().lines).toEqual(['docker ps']);
    expect(kinds()).toEqual(['storage-unavailable']);
  });

  it('keep changes in memory when storage is full, with a notice', () => {
    const store = createWorldStore('lesson:x', () => storage);
    storage.full = true;
    store.setState({ snapshot: { version: 1 } });
    expect(store.getState().snapshot).toEqual({ version: 1 });
    expect(kinds()).toEqual(['storage-full']);
    expect(storage.data.has('dockyard:world:lesson:x')).toBe(false);
  });

  it('migrate old versions step by step and save the result', () => {
    storage.data.set('k', JSON.stringify({ state: { done: [1] }, version: 1 }));
    const isV3 = (v: unknown): v is { goals: number[]; seen: boolean } => typeof v === 'object' && v !== null && 'seen' in v;
    const store = persistedStore(() => ({ goals: [] as number[], seen: false }), {
      key: 'k',
      version: 3,
      backend: () => storage,
      validate: isV3,
      migrations: {
        1: (old) => ({ goals: (old as { done: number[] }).done }),
        2: (old) => ({ ...(old as object), seen: true }),
      },
    });
    expect(store.getState()).toEqual({ goals: [1], seen: true });
    expect(JSON.parse(storage.data.get('k') as string)).toEqual({ state: { goals: [1], seen: true }, version: 3 });
    expect(kinds()).toEqual([]);
  });

  it('migrate refuses unknown and newer versions', () => {
    expect(() => migrate({}, 0, 2, { 1: (x) => x })).toThrow('no migration from version 0');
    expect(() => migrate({}, 3, 2)).toThrow('saved by a newer version (3 > 2)');
    expect(migrate({ a: 1 }, 2, 2)).toEqual({ a: 1 });
  });
});

describe('progress', () => {
  it('completes a lesson the first time every goal holds, and keeps it complete', () => {
    const store = createProgressStore(() => storage);
    recordGoals(store, 'l', [true, false]);
    expect(lessonProgress(store, 'l').completed).toBe(false);
    recordGoals(store, 'l', [true, true]);
    recordGoals(store, 'l', [false, true]);
    expect(lessonProgress(store, 'l')).toMatchObject({ goals: [false, true], completed: true });
  });

  it('counts hints up to the number there are, and remembers the solution', () => {
    const store = createProgressStore(() => storage);
    for (let i = 0; i < 5; i++) revealHint(store, 'l', 2);
    revealSolution(store, 'l');
    expect(lessonProgress(store, 'l')).toEqual({ goals: [], completed: false, hints: 2, solution: true });
  });
});
