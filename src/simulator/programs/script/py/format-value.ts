// Python's format() for f-string fields: !r/!s conversions, fill/align/width, grouping, precision.
import { PyFloat, repr, str, type PyValue } from './values.ts';

/** format(value, spec) for f-strings: conversions !r/!s, and specs like .2f, >10, 05d, ','. */
export function formatValue(v: PyValue, conv?: string, spec?: string): string {
  let s = conv === 'r' ? repr(v) : str(v);
  if (!spec) return s;
  const m = /^(?:(.)?([<>^]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([bdfosxX%e])?$/.exec(spec);
  if (!m) return s;
  const [, fill = ' ', align, , zero, width, group, prec, type] = m;
  const n = typeof v === 'number' ? v : v instanceof PyFloat ? v.v : undefined;
  if (n !== undefined && (type === 'f' || type === '%' || (prec !== undefined && type !== 's'))) s = type === '%' ? `${(n * 100).toFixed(Number(prec ?? 6))}%` : n.toFixed(Number(prec ?? 6));
  else if (n !== undefined && type === 'x') s = n.toString(16);
  if (group && n !== undefined) s = s.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, group));
  const w = Number(width ?? 0);
  if (s.length >= w) return s;
  const pad = (zero ? '0' : fill).repeat(w - s.length);
  const a = align ?? (n !== undefined ? '>' : '<');
  if (a === '<') return s + pad;
  if (a === '^') return pad.slice(0, Math.floor(pad.length / 2)) + s + pad.slice(Math.floor(pad.length / 2));
  return pad + s;
}
