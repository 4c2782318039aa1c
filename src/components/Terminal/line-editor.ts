// The prompt's line editor as a pure function: (state, key) -> state and an action, with the
// readline bindings a learner expects from bash (Ctrl+A/E/U/K/W, arrows, Home/End, history).
// No DOM and no terminal output here: render-line.ts draws the result, terminal-session.ts acts.
import { KEY } from './keys.ts';

export interface EditorState {
  readonly line: string;
  /** UTF-16 index into `line`; always on a code point boundary. */
  readonly cursor: number;
  /** Submitted lines, oldest first. */
  readonly history: readonly string[];
  /** Which history entry is shown; `history.length` means the new line being typed. */
  readonly historyIndex: number;
  /** The new line, kept while the learner browses history with Up/Down. */
  readonly draft: string;
}

export type EditorAction =
  | { type: 'submit'; line: string } // Enter: run this line
  | { type: 'cancel' } // Ctrl+C at the prompt: print ^C, fresh prompt
  | { type: 'clear-screen' } // Ctrl+L
  | { type: 'complete' } // Tab: ask the simulator for candidates
  | { type: 'bell' }; // nothing to do (Up at the oldest entry, Backspace at start, ...)

export interface EditResult {
  state: EditorState;
  action?: EditorAction;
}

export const HISTORY_LIMIT = 500;

export function createEditor(history: readonly string[] = []): EditorState {
  return { line: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

function isSurrogatePair(s: string, i: number): boolean {
  const hi = s.charCodeAt(i);
  const lo = s.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function prevBoundary(s: string, i: number): number {
  if (i <= 0) return 0;
  return i >= 2 && isSurrogatePair(s, i - 2) ? i - 2 : i - 1;
}

function nextBoundary(s: string, i: number): number {
  if (i >= s.length) return s.length;
  return isSurrogatePair(s, i) ? i + 2 : i + 1;
}

/** Start of the word before the cursor; `isWord` decides which characters belong to words. */
function wordStart(s: string, i: number, isWord: (ch: string) => boolean): number {
  let j = i;
  while (j > 0 && !isWord(s[j - 1])) j--;
  while (j > 0 && isWord(s[j - 1])) j--;
  return j;
}

function wordEnd(s: string, i: number, isWord: (ch: string) => boolean): number {
  let j = i;
  while (j < s.length && !isWord(s[j])) j++;
  while (j < s.length && isWord(s[j])) j++;
  return j;
}

const notSpace = (ch: string) => !/\s/.test(ch);
const alnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

function withLine(state: EditorState, line: string, cursor: number): EditResult {
  return { state: { ...state, line, cursor } };
}

function moveTo(state: EditorState, cursor: number): EditResult {
  return cursor === state.cursor ? { state, action: { type: 'bell' } } : withLine(state, state.line, cursor);
}

function insert(state: EditorState, text: string): EditResult {
  const { line, cursor } = state;
  return withLine(state, line.slice(0, cursor) + text + line.slice(cursor), cursor + text.length);
}

function deleteRange(state: EditorState, from: number, to: number): EditResult {
  if (from === to) return { state, action: { type: 'bell' } };
  return withLine(state, state.line.slice(0, from) + state.line.slice(to), from);
}

function showHistory(state: EditorState, index: number): EditResult {
  if (index < 0 || index > state.history.length || index === state.historyIndex) {
    return { state, action: { type: 'bell' } };
  }
  const draft = state.historyIndex === state.history.length ? state.line : state.draft;
  const line = index === state.history.length ? draft : state.history[index];
  return { state: { ...state, line, cursor: line.length, historyIndex: index, draft } };
}

function submit(state: EditorState): EditResult {
  const { line } = state;
  const last = state.history[state.history.length - 1];
  const keep = line.trim() !== '' && line !== last;
  const history = keep ? [...state.history, line].slice(-HISTORY_LIMIT) : state.history;
  return { state: createEditor(history), action: { type: 'submit', line } };
}

function isPrintable(key: string): boolean {
  return key.length > 0 && !/[\x00-\x1f\x7f]/.test(key);
}

/** Apply one key (as split by `splitKeys`) to the line. Unknown keys leave the state unchanged. */
export function editLine(state: EditorState, key: string): EditResult {
  const { line, cursor } = state;
  switch (key) {
    case KEY.enter:
      return submit(state);
    case KEY.ctrlC:
      return { state: createEditor(state.history), action: { type: 'cancel' } };
    case KEY.ctrlL:
      return { state, action: { type: 'clear-screen' } };
    case KEY.tab:
      return { state, action: { type: 'complete' } };
    case KEY.backspace:
    case KEY.ctrlH:
      return deleteRange(state, prevBoundary(line, cursor), cursor);
    case KEY.delete:
    case KEY.ctrlD:
      return deleteRange(state, cursor, nextBoundary(line, cursor));
    case KEY.left:
    case '\x1bOD':
    case KEY.ctrlB:
      return moveTo(state, prevBoundary(line, cursor));
    case KEY.right:
    case '\x1bOC':
    case KEY.ctrlF:
      return moveTo(state, nextBoundary(line, cursor));
    case KEY.home:
    case '\x1bOH':
    case '\x1b[1~':
    case KEY.ctrlA:
      return moveTo(state, 0);
    case KEY.end:
    case '\x1bOF':
    case '\x1b[4~':
    case KEY.ctrlE:
      return moveTo(state, line.length);
    case '\x1b[1;5D': // Ctrl+Left
    case '\x1bb': // Alt+B
      return moveTo(state, wordStart(line, cursor, alnum));
    case '\x1b[1;5C': // Ctrl+Right
    case '\x1bf': // Alt+F
      return moveTo(state, wordEnd(line, cursor, alnum));
    case KEY.up:
    case '\x1bOA':
    case KEY.ctrlP:
      return showHistory(state, state.historyIndex - 1);
    case KEY.down:
    case '\x1bOB':
    case KEY.ctrlN:
      return showHistory(state, state.historyIndex + 1);
    case KEY.ctrlU:
      return deleteRange(state, 0, cursor);
    case KEY.ctrlK:
      return deleteRange(state, cursor, line.length);
    case KEY.ctrlW:
      return deleteRange(state, wordStart(line, cursor, notSpace), cursor);
    default:
      return isPrintable(key) ? insert(state, key) : { state };
  }
}

/** Longest prefix shared by every word. */
export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const w of words) {
    while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}

export interface CompletionResult {
  state: EditorState;
  /** Candidates to list below the line (several and nothing more to insert), as bash does. */
  list?: string[];
  bell?: boolean;
}

/**
 * Apply `sim.complete(line, cursor)`: one candidate replaces the word and adds a space; several
 * extend the word to their common prefix, or are listed when that adds nothing.
 */
export function applyCompletion(
  state: EditorState,
  completion: { start: number; candidates: readonly string[] },
): CompletionResult {
  const { line, cursor } = state;
  const { start, candidates } = completion;
  if (candidates.length === 0 || start < 0 || start > cursor) return { state, bell: true };
  const word = line.slice(start, cursor);
  const unique = [...new Set(candidates)];
  const replace = (text: string): EditorState => ({
    ...state,
    line: line.slice(0, start) + text + line.slice(cursor),
    cursor: start + text.length,
  });
  if (unique.length === 1) {
    const only = unique[0];
    const suffix = /[/=]$/.test(only) || line[cursor] === ' ' ? '' : ' ';
    return { state: replace(only + suffix) };
  }
  const prefix = commonPrefix(unique);
  if (prefix.length > word.length && prefix.startsWith(word)) return { state: replace(prefix) };
  return { state, list: unique };
}
