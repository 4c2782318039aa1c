// psql's "aligned" output format: a centred title, centred headers padded on both sides, a
// dashed rule joined by "+", cells separated by " | " (numbers right-aligned, text left-aligned,
// the last column's text not padded), multi-line cells continued with "+", and the row footer.

export interface ResultSet {
  title?: string;
  columns: string[];
  /** Which columns are numeric (right-aligned). */
  numeric: boolean[];
  rows: string[][];
}

function centre(text: string, width: number): string {
  const left = Math.floor((width - text.length) / 2);
  return ' '.repeat(left) + text + ' '.repeat(width - text.length - left);
}

function widths(rs: ResultSet): number[] {
  return rs.columns.map((h, i) => Math.max(h.length, ...rs.rows.map((r) => Math.max(...r[i].split('\n').map((l) => l.length)))));
}

function rowLines(rs: ResultSet, row: string[], w: number[]): string[] {
  const parts = row.map((cell) => cell.split('\n'));
  const height = Math.max(...parts.map((p) => p.length));
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    let line = '';
    row.forEach((_, i) => {
      const text = parts[i][k] ?? '';
      const more = k < parts[i].length - 1;
      const last = i === row.length - 1;
      const cell = rs.numeric[i] ? text.padStart(w[i]) : last && !more ? text : text.padEnd(w[i]);
      line += (i === 0 ? ' ' : '') + cell + (last ? (more ? '+' : '') : more ? '+| ' : ' | ');
    });
    out.push(line);
  }
  return out;
}

/** The table as psql prints it, ending with the footer and an empty line. */
export function formatAligned(rs: ResultSet): string {
  const w = widths(rs);
  const header = rs.columns.map((h, i) => ` ${centre(h, w[i])} `).join('|');
  const rule = w.map((n) => '-'.repeat(n + 2)).join('+');
  const lines: string[] = [];
  if (rs.title) lines.push(centre(rs.title, rule.length).trimEnd());
  lines.push(header, rule);
  for (const row of rs.rows) lines.push(...rowLines(rs, row, w));
  lines.push(`(${rs.rows.length} ${rs.rows.length === 1 ? 'row' : 'rows'})`, '');
  return `${lines.join('\n')}\n`;
}
