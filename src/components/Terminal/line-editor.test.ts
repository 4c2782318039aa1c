import { describe, expect, it } from 'vitest';
import { KEY, splitKeys } from './keys.ts';
import { applyCompletion, commonPrefix, createEditor, editLine, type EditorState } from './line-editor.ts';

/** Type a chunk as xterm would deliver it, returning the final state and every action. */
function type(data: string, state: EditorState = createEditor()) {
  const actions: string[] = [];
  for (const key of splitKeys(data)) {
    const r = editLine(state, key);
    state = r.state;
    if (r.action && r.action.type !== 'bell') actions.push(r.action.type === 'submit' ? `submit:${r.action.line}` : r.action.type);
  }
  return { state, actions };
}

const at = (line: string, cursor = line.length, history: string[] = []): EditorState => ({
  ...createEditor(history),
  line,
  cursor,
});

describe('editLine: typing and deleting', () => {
  it('inserts printable text at the cursor', () => {
    expect(type('docker ps').state).toMatchObject({ line: 'docker ps', cursor: 9 });
    expect(type('X', at('ab', 1)).state).toMatchObject({ line: 'aXb', cursor: 2 });
  });

  it('deletes before the cursor with Backspace and Ctrl+H, at it with Delete and Ctrl+D', () => {
    expect(type(KEY.backspace, at('abc')).state).toMatchObject({ line: 'ab', cursor: 2 });
    expect(type(KEY.ctrlH, at('abc', 1)).state).toMatchObject({ line: 'bc', cursor: 0 });
    expect(type(KEY.delete, at('abc', 1)).state).toMatchObject({ line: 'ac', cursor: 1 });
    expect(type(KEY.ctrlD, at('abc', 0)).state).toMatchObject({ line: 'bc', cursor: 0 });
  });

  it('rings the bell for Backspace at the start and Delete at the end', () => {
    expect(editLine(at('ab', 0), KEY.backspace)).toEqual({ state: at('ab', 0), action: { type: 'bell' } });
    expect(editLine(at('ab'), KEY.delete).action).toEqual({ type: 'bell' });
  });

  it('keeps surrogate pairs whole', () => {
    const s = type(KEY.left, at('a🐳'));
    expect(s.state.cursor).toBe(1);
    expect(type(KEY.backspace, at('a🐳')).state).toMatchObject({ line: 'a', cursor: 1 });
    expect(type(KEY.right, at('🐳b', 0)).state.cursor).toBe(2);
  });

  it('ignores unknown escape sequences and stray control characters', () => {
    const start = at('abc', 1);
    expect(editLine(start, '\x1b[15~')).toEqual({ state: start }); // F5
    expect(editLine(start, '\x07')).toEqual({ state: start });
  });
});

describe('editLine: cursor movement', () => {
  it('moves with Left/Right (normal and application mode) and Ctrl+B/F', () => {
    expect(type(`${KEY.left}${KEY.left}`, at('abc')).state.cursor).toBe(1);
    expect(type('\x1bOD', at('abc')).state.cursor).toBe(2);
    expect(type(`${KEY.ctrlB}${KEY.ctrlF}${KEY.right}`, at('abc', 1)).state.cursor).toBe(2);
    expect(type('\x1bOC', at('abc', 0)).state.cursor).toBe(1);
  });

  it('goes home and to the end with Home/End, their variants, and Ctrl+A/E', () => {
    for (const home of [KEY.home, '\x1bOH', '\x1b[1~', KEY.ctrlA]) expect(type(home, at('abc')).state.cursor).toBe(0);
    for (const end of [KEY.end, '\x1bOF', '\x1b[4~', KEY.ctrlE]) expect(type(end, at('abc', 0)).state.cursor).toBe(3);
  });

  it('moves by words with Ctrl+Left/Right and Alt+B/F', () => {
    const line = 'docker run --name web';
    expect(type('\x1b[1;5D', at(line)).state.cursor).toBe(18);
    expect(type('\x1bb\x1bb', at(line)).state.cursor).toBe(13);
    expect(type('\x1b[1;5C', at(line, 0)).state.cursor).toBe(6);
    expect(type('\x1bf\x1bf', at(line, 0)).state.cursor).toBe(10);
  });
});

describe('editLine: killing text', () => {
  it('Ctrl+U kills to the start, Ctrl+K to the end', () => {
    expect(type(KEY.ctrlU, at('docker ps', 7)).state).toMatchObject({ line: 'ps', cursor: 0 });
    expect(type(KEY.ctrlK, at('docker ps', 6)).state).toMatchObject({ line: 'docker', cursor: 6 });
  });

  it('Ctrl+W kills the whitespace-delimited word before the cursor', () => {
    expect(type(KEY.ctrlW, at('docker run --name=web  ')).state).toMatchObject({ line: 'docker run ', cursor: 11 });
    expect(type(KEY.ctrlW, at('docker run', 8)).state).toMatchObject({ line: 'docker un', cursor: 7 });
  });
});

describe('editLine: Enter, Ctrl+C, Ctrl+L, Tab', () => {
  it('submits the line and records it in history', () => {
    const { state, actions } = type('docker ps\r');
    expect(actions).toEqual(['submit:docker ps']);
    expect(state).toEqual(createEditor(['docker ps']));
  });

  it('submits each line of a paste in turn, "\\r\\n" and "\\n" included', () => {
    expect(type('docker ps\rdocker images\r\nls\n').actions).toEqual([
      'submit:docker ps',
      'submit:docker images',
      'submit:ls',
    ]);
  });

  it('keeps blank lines and immediate repeats out of history', () => {
    expect(type('ls\rls\r   \rpwd\r').state.history).toEqual(['ls', 'pwd']);
  });

  it('Ctrl+C cancels the line but keeps history', () => {
    const r = editLine(at('docker p', 3, ['ls']), KEY.ctrlC);
    expect(r).toEqual({ state: createEditor(['ls']), action: { type: 'cancel' } });
  });

  it('Ctrl+L and Tab ask the terminal to act and keep the line', () => {
    expect(editLine(at('ab', 1), KEY.ctrlL)).toEqual({ state: at('ab', 1), action: { type: 'clear-screen' } });
    expect(editLine(at('ab', 1), KEY.tab)).toEqual({ state: at('ab', 1), action: { type: 'complete' } });
  });
});

describe('editLine: history', () => {
  const history = ['docker pull nginx', 'docker ps'];

  it('walks back with Up and forward with Down, restoring the draft', () => {
    let s = at('docker im', 9, history);
    s = editLine(s, KEY.up).state;
    expect(s).toMatchObject({ line: 'docker ps', cursor: 9, historyIndex: 1 });
    s = editLine(s, KEY.up).state;
    expect(s).toMatchObject({ line: 'docker pull nginx', historyIndex: 0 });
    expect(editLine(s, KEY.up).action).toEqual({ type: 'bell' });
    s = editLine(editLine(s, KEY.down).state, KEY.down).state;
    expect(s).toMatchObject({ line: 'docker im', cursor: 9, historyIndex: 2 });
    expect(editLine(s, KEY.down).action).toEqual({ type: 'bell' });
  });

  it('accepts Ctrl+P/N and application-mode arrows', () => {
    expect(type(`${KEY.ctrlP}${KEY.ctrlP}${KEY.ctrlN}`, at('', 0, history)).state.line).toBe('docker ps');
    expect(type('\x1bOA\x1bOA\x1bOB', at('', 0, history)).state.line).toBe('docker ps');
  });

  it('submits an edited history entry as a new entry', () => {
    const { state, actions } = type(`${KEY.up}${KEY.backspace}${KEY.backspace}images\r`, at('', 0, history));
    expect(actions).toEqual(['submit:docker images']);
    expect(state.history).toEqual([...history, 'docker images']);
    expect(state.historyIndex).toBe(3);
  });
});

describe('applyCompletion', () => {
  it('replaces the word with a single candidate and adds a space', () => {
    expect(applyCompletion(at('docker ima'), { start: 7, candidates: ['images'] }).state).toMatchObject({
      line: 'docker images ',
      cursor: 14,
    });
  });

  it('completes in the middle of a line without doubling the space', () => {
    expect(applyCompletion(at('docker p -a', 8), { start: 7, candidates: ['ps'] }).state).toMatchObject({
      line: 'docker ps -a',
      cursor: 9,
    });
  });

  it('adds no space after a candidate ending in "/" or "="', () => {
    expect(applyCompletion(at('cd pro'), { start: 3, candidates: ['project/'] }).state.line).toBe('cd project/');
  });

  it('extends to the common prefix of several candidates', () => {
    const r = applyCompletion(at('docker ima'), { start: 7, candidates: ['image', 'images'] });
    expect(r).toEqual({ state: at('docker image') });
  });

  it('lists several candidates when nothing more can be inserted', () => {
    const r = applyCompletion(at('docker i'), { start: 7, candidates: ['image', 'images', 'info', 'inspect'] });
    expect(r).toEqual({ state: at('docker i'), list: ['image', 'images', 'info', 'inspect'] });
  });

  it('rings the bell with no candidates', () => {
    expect(applyCompletion(at('xyz'), { start: 0, candidates: [] })).toEqual({ state: at('xyz'), bell: true });
  });

  it('commonPrefix', () => {
    expect(commonPrefix(['image', 'images', 'imagine'])).toBe('imag');
    expect(commonPrefix([])).toBe('');
  });
});
