// How ls lays out what it lists: GNU's long format (aligned columns, "Nov 25 02:12" for recent
// files and "Apr 18  2025" for older ones, -h sizes rounded up) and its column layout (as
// ls.c computes it, tab-aligned), busybox's fixed-width long format and its simpler columns.
import type { Stat } from '../../fs/types.ts';
import { MONTHS } from './date.ts';

export interface Item {
  /** Name as shown (relative to the listed directory, or the operand as typed). */
  name: string;
  stat: Stat;
  owner: string;
  group: string;
}

export function modeString(st: Stat): string {
  const type = st.kind === 'dir' ? 'd' : st.kind === 'symlink' ? 'l' : '-';
  const m = st.mode;
  const rwx = (shift: number, special: number, ch: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const x = m & (1 << shift);
    const e = m & special ? (x ? ch : ch.toUpperCase()) : x ? 'x' : '-';
    return r + w + e;
  };
  return type + rwx(6, 0o4000, 's') + rwx(3, 0o2000, 's') + rwx(0, 0o1000, 't');
}

/**
 * busybox's make_human_readable_str: one rounded decimal at every size from 1K ("147.8K"), or
 * none (`whole`, as for `total`).
 */
export function busyboxHuman(bytes: number, whole = false): string {
  if (bytes === 0) return '0';
  const units = ['', 'K', 'M', 'G', 'T', 'P'];
  let val = bytes;
  let frac = 0;
  let u = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    u++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  if (u === 0) return String(val);
  if (whole) return `${frac >= 5 ? val + 1 : val}${units[u]}`;
  return `${val}.${frac}${units[u]}`;
}

/** GNU -h: powers of 1024, one decimal below 10, always rounded up. */
export function humanSize(bytes: number, busybox: boolean): string {
  if (busybox) return busyboxHuman(bytes);
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T', 'P'];
  let v = bytes;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const tenth = Math.ceil(v * 10 - 1e-9) / 10;
  if (tenth < 10) return `${tenth.toFixed(1)}${units[u]}`;
  const whole = Math.ceil(v - 1e-9);
  return whole >= 1024 && u < units.length - 1 ? `1.0${units[u + 1]}` : `${whole}${units[u]}`;
}

const SIX_MONTHS = (365.2425 * 86400000) / 2;

export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = String(d.getUTCDate()).padStart(2);
  const recent = mtime > now - SIX_MONTHS && mtime <= now + 1000;
  if (recent) return `${MONTHS[d.getUTCMonth()]} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${MONTHS[d.getUTCMonth()]} ${day}  ${d.getUTCFullYear()}`;
}

/** 1K blocks as `total` counts them: 4K filesystem blocks for files and directories, none for links. */
export function blocks(st: Stat): number {
  if (st.kind === 'symlink') return 0;
  return Math.ceil(st.size / 4096) * 4;
}

export function longLines(items: Item[], now: number, human: boolean, busybox: boolean, names: string[]): string[] {
  const size = (it: Item) => (human ? humanSize(it.stat.size, busybox) : String(it.stat.size));
  const suffix = (it: Item, i: number) => `${names[i]}${it.stat.kind === 'symlink' ? ` -> ${it.stat.target}` : ''}`;
  if (busybox) {
    const width = human ? 7 : 9;
    return items.map((it, i) => `${modeString(it.stat)} ${String(it.stat.nlink).padStart(4)} ${it.owner.padEnd(8)} ${it.group.padEnd(8)} ${size(it).padStart(width)} ${lsDate(it.stat.mtime, now)} ${suffix(it, i)}`);
  }
  const w = (f: (it: Item) => string) => Math.max(0, ...items.map((it) => f(it).length));
  const wl = w((it) => String(it.stat.nlink));
  const wo = w((it) => it.owner);
  const wg = w((it) => it.group);
  const ws = w(size);
  return items.map(
    (it, i) => `${modeString(it.stat)} ${String(it.stat.nlink).padStart(wl)} ${it.owner.padEnd(wo)} ${it.group.padEnd(wg)} ${size(it).padStart(ws)} ${lsDate(it.stat.mtime, now)} ${suffix(it, i)}`,
  );
}

/** Display width (names here are single-width; combining marks are rare in a tutorial). */
const width = (s: string) => [...s].length;

/** GNU ls -C: the most columns that fit `lineLength`, filled top to bottom, padded with tabs. */
export function gnuColumns(names: string[], lineLength: number): string {
  const n = names.length;
  if (n === 0) return '';
  const maxCols = Math.max(1, Math.min(Math.floor(lineLength / 3), n));
  const configs = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * 3, cols: new Array<number>(i + 1).fill(3) }));
  names.forEach((name, f) => {
    const len = width(name);
    configs.forEach((c, i) => {
      if (!c.valid) return;
      const rows = Math.ceil(n / (i + 1));
      const idx = Math.floor(f / rows);
      const real = len + (idx === i ? 0 : 2);
      if (c.cols[idx] < real) {
        c.lineLen += real - c.cols[idx];
        c.cols[idx] = real;
        c.valid = c.lineLen < lineLength;
      }
    });
  });
  let cols = maxCols;
  while (cols > 1 && !configs[cols - 1].valid) cols--;
  const widths = configs[cols - 1].cols;
  const rows = Math.ceil(n / cols);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let pos = 0;
    for (let c = 0, f = r; f < n; c++, f += rows) {
      out += names[f];
      if (f + rows >= n) break;
      out += indent(pos + width(names[f]), pos + widths[c]);
      pos += widths[c];
    }
    out += '\n';
  }
  return out;
}

function indent(from: number, to: number): string {
  let s = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor((from + 1) / 8)) {
      s += '\t';
      from += 8 - (from % 8);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/** busybox ls: columns as wide as the longest name plus two, filled top to bottom, spaces. */
export function busyboxColumns(names: string[], lineLength: number): string {
  if (names.length === 0) return '';
  const colWidth = Math.max(...names.map(width)) + 2;
  // busybox takes one column less than the terminal has ("go one less...").
  const cols = Math.max(1, Math.floor((lineLength - 1) / colWidth));
  const rows = Math.ceil(names.length / cols);
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < cols; c++) {
      const f = r + c * rows;
      if (f >= names.length) break;
      const last = c === cols - 1 || f + rows >= names.length;
      line += last ? names[f] : names[f].padEnd(colWidth);
    }
    out += `${line}\n`;
  }
  return out;
}
