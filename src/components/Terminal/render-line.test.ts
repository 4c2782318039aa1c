import { describe, expect, it } from 'vitest';
import { colourPrompt, drawLine, formatColumns, leaveLine, redraw, stripAnsi, type PromptGeometry } from './render-line.ts';

const g: PromptGeometry = { prompt: '$ ', promptWidth: 2, cols: 10 };
const view = (line: string, cursor = line.length) => ({ line, cursor });

describe('drawLine', () => {
  it('writes prompt and line, then moves back to the cursor', () => {
    expect(drawLine(g, view('abc'))).toBe('$ abc');
    expect(drawLine(g, view('abc', 1))).toBe('$ abc\r\x1b[3C');
  });

  it('wraps the cursor onto a fresh row when the line fills the last column', () => {
    expect(drawLine(g, view('abcdefgh'))).toBe('$ abcdefgh \r');
  });

  it('moves up across wrapped rows', () => {
    expect(drawLine(g, view('abcdefghijkl', 2))).toBe('$ abcdefghijkl\x1b[1A\r\x1b[4C');
  });
});

describe('redraw', () => {
  it('only writes the new text when typing at the end', () => {
    expect(redraw(g, view('ab'), view('abcd'))).toBe('cd');
    expect(redraw(g, view('abcdefg'), view('abcdefgh'))).toBe('h \r');
  });

  it('moves the cursor without redrawing when only the cursor changes', () => {
    expect(redraw(g, view('abc'), view('abc', 0))).toBe('\r\x1b[2C');
    expect(redraw(g, view('abcdefghijkl', 1), view('abcdefghijkl'))).toBe('\x1b[1B\r\x1b[4C');
  });

  it('redraws from the prompt when the text changes elsewhere', () => {
    expect(redraw(g, view('abc', 1), view('bc', 0))).toBe('\r\x1b[J$ bc\r\x1b[2C');
    expect(redraw(g, view('abcdefghijkl'), view(''))).toBe('\x1b[1A\r\x1b[J$ ');
  });

  it('writes nothing when nothing changed', () => {
    expect(redraw(g, view('abc', 1), view('abc', 1))).toBe('');
  });
});

describe('leaveLine', () => {
  it('goes to the end of the line and starts a new row', () => {
    expect(leaveLine(g, view('abc', 0))).toBe('\r\x1b[5C\r\n');
    expect(leaveLine(g, view('abc'), '^C')).toBe('^C\r\n');
  });

  it('does not add an empty row when the line ended on the margin', () => {
    expect(leaveLine(g, view('abcdefgh'))).toBe('\r\x1b[K');
  });
});

describe('formatColumns', () => {
  it('lays words out in rows of equal-width columns', () => {
    expect(formatColumns(['image', 'images', 'info', 'inspect'], 20)).toBe('image    images\r\ninfo     inspect\r\n');
  });
});

describe('colourPrompt', () => {
  it('colours user@host and the directory like a default bash prompt', () => {
    const coloured = colourPrompt('learner@dockyard:~$ ');
    expect(coloured).toBe('\x1b[1;32mlearner@dockyard\x1b[0m:\x1b[1;34m~\x1b[0m$ ');
    expect(stripAnsi(coloured)).toBe('learner@dockyard:~$ ');
    expect(colourPrompt('root@1a2b3c4d5e6f:/# ')).toContain('\x1b[1;34m/\x1b[0m# ');
  });

  it('leaves other prompts alone', () => {
    expect(colourPrompt('> ')).toBe('> ');
  });
});
