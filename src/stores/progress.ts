// The learner's progress in each lesson: which goals the world met at the last check, whether all
// of them ever held at once (the lesson is complete, and stays so), and how many hints and whether
// the solution were revealed. Read by the home page's list and the lesson page.
import { persistedStore, type PersistedStore } from './persisted.ts';
import type { StorageBackend } from './safe-storage.ts';
import { isBooleanArray, isCount, isObject } from './validate.ts';

export interface LessonProgress {
  /** One flag per goal, from the last evaluation. */
  goals: boolean[];
  /** Every goal held at once at some point. */
  completed: boolean;
  /** How many hints are revealed. */
  hints: number;
  solution: boolean;
}

export interface ProgressState {
  lessons: Record<string, LessonProgress>;
}

export const PROGRESS_KEY = 'dockyard:progress';
export const PROGRESS_VERSION = 1;

function isLessonProgress(v: unknown): v is LessonProgress {
  return isObject(v) && isBooleanArray(v.goals) && typeof v.completed === 'boolean' && isCount(v.hints) && typeof v.solution === 'boolean';
}

export function isProgressState(v: unknown): v is ProgressState {
  return isObject(v) && isObject(v.lessons) && Object.values(v.lessons).every(isLessonProgress);
}

export function emptyProgress(): LessonProgress {
  return { goals: [], completed: false, hints: 0, solution: false };
}

export function createProgressStore(backend?: () => StorageBackend | undefined): PersistedStore<ProgressState> {
  return persistedStore<ProgressState>(() => ({ lessons: {} }), {
    key: PROGRESS_KEY,
    version: PROGRESS_VERSION,
    validate: isProgressState,
    backend,
  });
}

let shared: PersistedStore<ProgressState> | undefined;

/** The page's progress store (created, and read from storage, on first use). */
export function progressStore(): PersistedStore<ProgressState> {
  return (shared ??= createProgressStore());
}

export function lessonProgress(store: PersistedStore<ProgressState>, slug: string): LessonProgress {
  return store.getState().lessons[slug] ?? emptyProgress();
}

function update(store: PersistedStore<ProgressState>, slug: string, change: (p: LessonProgress) => LessonProgress): void {
  const before = lessonProgress(store, slug);
  const after = change(before);
  if (JSON.stringify(after) === JSON.stringify(before) && store.getState().lessons[slug]) return;
  store.setState({ lessons: { ...store.getState().lessons, [slug]: after } });
}

/** Record a fresh evaluation; the lesson becomes complete the first time every goal holds. */
export function recordGoals(store: PersistedStore<ProgressState>, slug: string, goals: boolean[]): void {
  const all = goals.length > 0 && goals.every(Boolean);
  update(store, slug, (p) => ({ ...p, goals, completed: p.completed || all }));
}

export function revealHint(store: PersistedStore<ProgressState>, slug: string, total: number): void {
  update(store, slug, (p) => ({ ...p, hints: Math.min(total, p.hints + 1) }));
}

export function revealSolution(store: PersistedStore<ProgressState>, slug: string): void {
  update(store, slug, (p) => ({ ...p, solution: true }));
}
