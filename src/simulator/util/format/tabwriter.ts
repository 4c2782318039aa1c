// Go's text/tabwriter (elastic tabstops), as docker/cli's fork in cli/command/formatter/tabwriter
// runs it: identical algorithm, but a cell's width is its display width (runewidth.StringWidth,
// East Asian wide characters count 2) instead of its rune count.
//
// docker's table output uses tabwriter.NewWriter(out, 10, 1, 3, ' ', 0) (formatter.go postFormat):
// minwidth 10, tabwidth 1, padding 3, pad with spaces, no flags. Those are the defaults here.
//
// Semantics: text is split into lines at '\n' (and '\f'), lines into cells at '\t' (and '\v').
// A cell is tab-terminated; the text after a line's last tab is a trailing cell that is not part
// of any column and is never padded. Tab-terminated cells in adjacent lines form a column; a
// column block ends at the first line that has fewer cells. Every cell of a column block is padded
// to the block's width: max(minwidth, widest cell + padding).
import { stringWidth } from './runewidth.ts';

export interface TabwriterOptions {
  minwidth?: number;
  tabwidth?: number;
  padding?: number;
  padchar?: string;
  /** Right-align cell contents (tabwriter.AlignRight). */
  alignRight?: boolean;
  /** Drop columns that are empty and terminated only by '\v' (tabwriter.DiscardEmptyColumns). */
  discardEmptyColumns?: boolean;
  /** Pad leading empty cells with tabs (tabwriter.TabIndent). */
  tabIndent?: boolean;
  /** Print '|' between columns (tabwriter.Debug). */
  debug?: boolean;
  /** Measure cells with this instead of display width (Go's stdlib tabwriter counts runes). */
  width?: (s: string) => number;
}

/** docker/cli's table writer settings: NewWriter(out, 10, 1, 3, ' ', 0). */
export const DOCKER_TABWRITER: Required<Pick<TabwriterOptions, 'minwidth' | 'tabwidth' | 'padding' | 'padchar'>> = {
  minwidth: 10,
  tabwidth: 1,
  padding: 3,
  padchar: ' ',
};

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

class Formatter {
  lines: Cell[][];
  widths: number[] = [];
  out: string[] = [];
  o: Required<Omit<TabwriterOptions, 'width'>>;

  constructor(lines: Cell[][], o: Required<Omit<TabwriterOptions, 'width'>>) {
    this.lines = lines;
    this.o = o;
  }

  writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.o.padchar === '\t' || useTabs) {
      if (this.o.tabwidth === 0) return;
      cellw = Math.ceil(cellw / this.o.tabwidth) * this.o.tabwidth;
      const n = cellw - textw;
      this.out.push('\t'.repeat(Math.ceil(n / this.o.tabwidth)));
      return;
    }
    this.out.push(this.o.padchar.repeat(Math.max(cellw - textw, 0)));
  }

  writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      let useTabs = this.o.tabIndent;
      line.forEach((c, j) => {
        if (j > 0 && this.o.debug) this.out.push('|');
        if (c.text.length === 0) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j], useTabs);
        } else {
          useTabs = false;
          if (!this.o.alignRight) {
            this.out.push(c.text);
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
          } else {
            if (j < this.widths.length) this.writePadding(c.width, this.widths[j], false);
            this.out.push(c.text);
          }
        }
      });
      if (i + 1 < this.lines.length) this.out.push('\n');
    }
  }

  format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur].length - 1) continue;
      // This line has a cell in this column: the block of lines with one starts here.
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.o.minwidth;
      let discardable = true;
      for (; cur < line1; cur++) {
        const line = this.lines[cur];
        if (column >= line.length - 1) break;
        const c = line[column];
        width = Math.max(width, c.width + this.o.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.o.discardEmptyColumns) width = 0;
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }
}

/**
 * Formats `text` the way writing it to a tabwriter and flushing does. Defaults to docker's table
 * settings (minwidth 10, tabwidth 1, padding 3, spaces).
 */
export function tabwrite(text: string, opts: TabwriterOptions = {}): string {
  const o = {
    minwidth: opts.minwidth ?? DOCKER_TABWRITER.minwidth,
    tabwidth: opts.tabwidth ?? DOCKER_TABWRITER.tabwidth,
    padding: opts.padding ?? DOCKER_TABWRITER.padding,
    padchar: opts.padchar ?? DOCKER_TABWRITER.padchar,
    alignRight: (opts.alignRight ?? false) && (opts.padchar ?? ' ') !== '\t',
    discardEmptyColumns: opts.discardEmptyColumns ?? false,
    tabIndent: opts.tabIndent ?? false,
    debug: opts.debug ?? false,
  };
  const measure = opts.width ?? stringWidth;
  let result = '';
  // A '\f' flushes: the lines so far are formatted on their own (their columns end there).
  let lines: Cell[][] = [[]];
  let cell = '';
  const flush = (): void => {
    if (cell.length > 0) {
      lines[lines.length - 1].push({ text: cell, width: measure(cell), htab: false });
      cell = '';
    }
    const f = new Formatter(lines, o);
    f.format(0, lines.length);
    result += f.out.join('');
    lines = [[]];
  };
  for (const ch of text) {
    if (ch === '\t' || ch === '\v' || ch === '\n' || ch === '\f') {
      lines[lines.length - 1].push({ text: cell, width: measure(cell), htab: ch === '\t' });
      cell = '';
      if (ch === '\n' || ch === '\f') {
        lines.push([]);
        if (ch === '\f' || lines[lines.length - 2].length === 1) {
          // A line with a single cell cannot influence later lines: Go flushes here.
          flush();
          if (ch === '\f' && o.debug) result += '---\n';
        }
      }
    } else cell += ch;
  }
  flush();
  return result;
}
