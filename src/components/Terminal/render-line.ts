// Draws the prompt and the line being edited with ANSI sequences, as readline redraws a line
// that wraps over several terminal rows. Pure: takes what is on screen and what should be, and
// returns the text to write. Widths count code points (wide CJK glyphs are not special-cased).

export interface LineView {
  line: string;
  cursor: number;
}

export interface PromptGeometry {
  /** The prompt as written to the terminal (may carry colour). */
  prompt: string;
  /** Its width in cells. */
  promptWidth: number;
  cols: number;
}

const CSI = '\x1b[';

/** Width in cells of plain text (no escapes). */
export function textWidth(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function stripAnsi(text: string): string {
  // CSI sequences and OSC strings; enough for prompts and completion lists.
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07/g, '');
}

/** Cell offset of the cursor from the prompt's first cell. */
function cellOf(g: PromptGeometry, view: LineView): number {
  return g.promptWidth + textWidth(view.line.slice(0, view.cursor));
}

/**
 * After text ends exactly on the right margin the cursor waits to wrap; make it wrap now, as
 * readline does, with a space and CR. The space stays until overwritten: erasing it with EL
 * would also end the row's "wrapped" mark, and with it reflow and copying of the whole line.
 */
function settleWrap(g: PromptGeometry, endCell: number): string {
  return endCell > 0 && endCell % g.cols === 0 ? ' \r' : '';
}

/** Move the cursor from cell `from` to cell `to` (cells counted from the prompt's first cell). */
function moveCell(g: PromptGeometry, from: number, to: number): string {
  if (from === to) return '';
  const rows = Math.floor(to / g.cols) - Math.floor(from / g.cols);
  const col = to % g.cols;
  const vertical = rows < 0 ? `${CSI}${-rows}A` : rows > 0 ? `${CSI}${rows}B` : '';
  return vertical + '\r' + (col > 0 ? `${CSI}${col}C` : '');
}

/** Draw the prompt and line from the start of the current row (cursor at column 0). */
export function drawLine(g: PromptGeometry, view: LineView): string {
  const end = g.promptWidth + textWidth(view.line);
  return g.prompt + view.line + settleWrap(g, end) + moveCell(g, end, cellOf(g, view));
}

/** Move from the cursor of `shown` back to the start of the prompt's first row. */
export function toLineStart(g: PromptGeometry, shown: LineView): string {
  const up = Math.floor(cellOf(g, shown) / g.cols);
  return (up > 0 ? `${CSI}${up}A` : '') + '\r';
}

/**
 * Leave the line for good (Enter, Ctrl+C): go to its end, write `mark` (such as "^C") and start
 * a fresh row, where the command's output or the next prompt goes.
 */
export function leaveLine(g: PromptGeometry, shown: LineView, mark = ''): string {
  const end = g.promptWidth + textWidth(shown.line);
  const onFreshRow = end > 0 && end % g.cols === 0;
  // On the row settleWrap opened: clear its space, which also ends the wrap there.
  const newline = onFreshRow && mark === '' ? `\r${CSI}K` : '\r\n';
  return moveCell(g, cellOf(g, shown), end) + mark + newline;
}

/** Completion candidates in columns, filled row by row, each row ending with CRLF. */
export function formatColumns(words: readonly string[], cols: number): string {
  const width = Math.max(...words.map(textWidth)) + 2;
  const perRow = Math.max(1, Math.floor(cols / width));
  let out = '';
  for (let i = 0; i < words.length; i += perRow) {
    const row = words.slice(i, i + perRow);
    out += row.map((w, j) => (j < row.length - 1 ? w.padEnd(width) : w)).join('') + '\r\n';
  }
  return out;
}

/** The text that turns the screen from `shown` into `next`. */
export function redraw(g: PromptGeometry, shown: LineView, next: LineView): string {
  if (shown.line === next.line && shown.cursor === next.cursor) return '';
  const typedAtEnd =
    shown.cursor === shown.line.length &&
    next.cursor === next.line.length &&
    next.line.startsWith(shown.line);
  if (typedAtEnd) {
    const end = g.promptWidth + textWidth(next.line);
    return next.line.slice(shown.line.length) + settleWrap(g, end);
  }
  if (shown.line === next.line) return moveCell(g, cellOf(g, shown), cellOf(g, next));
  return toLineStart(g, shown) + `${CSI}J` + drawLine(g, next);
}

/** Bash-like prompt colours: green user@host, blue directory. Plain text otherwise unchanged. */
export function colourPrompt(prompt: string): string {
  const m = /^([^@\s]+@[^:\s]+):([^$#]*)([$#] ?)$/.exec(prompt);
  if (!m) return prompt;
  return `${CSI}1;32m${m[1]}${CSI}0m:${CSI}1;34m${m[2]}${CSI}0m${m[3]}`;
}
