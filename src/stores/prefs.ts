// Layout preferences: where the learner left the split between reading pane and workspace, and
// whether the terminal runs in screen reader mode.
import { persistedStore, type PersistedStore } from './persisted.ts';
import { isObject } from './validate.ts';

export interface PrefsState {
  /** Share of the width given to the reading pane, in percent. */
  split: number;
  /** xterm.js's screen reader mode (an accessible live copy of the terminal's output). */
  screenReader: boolean;
}

export const SPLIT_DEFAULT = 50;

function isPrefs(v: unknown): v is PrefsState {
  return isObject(v) && typeof v.split === 'number' && v.split >= 0 && v.split <= 100 && typeof v.screenReader === 'boolean';
}

let shared: PersistedStore<PrefsState> | undefined;

export function prefsStore(): PersistedStore<PrefsState> {
  return (shared ??= persistedStore<PrefsState>(() => ({ split: SPLIT_DEFAULT, screenReader: false }), {
    key: 'dockyard:prefs',
    version: 1,
    validate: isPrefs,
  }));
}
