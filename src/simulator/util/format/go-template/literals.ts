// Go literal syntax for templates: strconv.Unquote and integer/float parsing as Go does it.
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { utf8Bytes, utf8Decode } from '../go-value.ts';

// ===========================================================================
// strconv.Unquote and number parsing for literals

export class SyntaxErr extends Error {}

export function unquoteChar(s: string, i: number, quote: string): { cp: number; next: number } {
  const c = s[i];
  if (c === quote && (quote === "'" || quote === '"')) throw new SyntaxErr('invalid syntax');
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return { cp, next: i + (cp > 0xffff ? 2 : 1) };
  }
  const e = s[i + 1];
  if (e === undefined) throw new SyntaxErr('invalid syntax');
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e in simple) return { cp: simple[e], next: i + 2 };
  if (e === "'" || e === '"') {
    if (e !== quote) throw new SyntaxErr('invalid syntax');
    return { cp: e.charCodeAt(0), next: i + 2 };
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const h = s.slice(i + 2, i + 2 + n);
    if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) throw new SyntaxErr('invalid syntax');
    const cp = parseInt(h, 16);
    if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) throw new SyntaxErr('invalid syntax');
    return { cp: e === 'x' ? -1 - cp : cp, next: i + 2 + n }; // \x is a byte: negative marks it
  }
  if (e >= '0' && e <= '7') {
    const o = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o)) throw new SyntaxErr('invalid syntax');
    const v = parseInt(o, 8);
    if (v > 255) throw new SyntaxErr('invalid syntax');
    return { cp: -1 - v, next: i + 4 };
  }
  throw new SyntaxErr('invalid syntax');
}

/** strconv.Unquote for "...", `...` and '...' literals. */
export function unquote(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new SyntaxErr('invalid syntax');
  const body = lit.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxErr('invalid syntax');
    return body.replace(/\r/g, '');
  }
  if (q !== '"' && q !== "'") throw new SyntaxErr('invalid syntax');
  if (body.includes('\n')) throw new SyntaxErr('invalid syntax');
  const bytes: number[] = [];
  let i = 0;
  let count = 0;
  while (i < body.length) {
    const { cp, next } = unquoteChar(body, i, q);
    if (cp < 0) bytes.push(-1 - cp);
    else bytes.push(...utf8Bytes(String.fromCodePoint(cp)));
    i = next;
    count++;
  }
  if (q === "'" && count !== 1) throw new SyntaxErr('invalid syntax');
  return utf8Decode(bytes);
}

export function charConstantValue(lit: string): number {
  const body = lit.slice(1, -1);
  if (body === '') throw new SyntaxErr(`malformed character constant: ${lit}`);
  let r: { cp: number; next: number };
  try {
    r = unquoteChar(body, 0, "'");
  } catch {
    throw new SyntaxErr(`malformed character constant: ${lit}`);
  }
  if (r.next !== body.length) throw new SyntaxErr(`malformed character constant: ${lit}`);
  return r.cp < 0 ? -1 - r.cp : r.cp;
}

export const INT64_MAX = (1n << 63n) - 1n;
export const INT64_MIN = -(1n << 63n);
export const UINT64_MAX = (1n << 64n) - 1n;

export function underscoreOK(s: string): boolean {
  // Underscores only between digits, or between a base prefix and a digit.
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hexa = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hexa = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hexa && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseInt/ParseUint with base 0; null on failure. */
export function parseGoInteger(text: string): bigint | null {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s.includes('_') && !underscoreOK(text)) return null;
  let digits = s.replace(/_/g, '');
  let base = 10;
  if (/^0[xX]/.test(digits)) { base = 16; digits = digits.slice(2); }
  else if (/^0[bB]/.test(digits)) { base = 2; digits = digits.slice(2); }
  else if (/^0[oO]/.test(digits)) { base = 8; digits = digits.slice(2); }
  else if (digits.length > 1 && digits[0] === '0') { base = 8; digits = digits.slice(1); }
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 2 ? /^[01]+$/ : base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  let v = 0n;
  for (const c of digits) v = v * BigInt(base) + BigInt(parseInt(c, 16));
  return neg ? -v : v;
}

export function parseGoFloat(text: string): number | null {
  if (text.includes('_') && !underscoreOK(text)) return null;
  const s = text.replace(/_/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (m && (m[2] + (m[3] ?? '')).length > 0) {
    const mant = parseInt(`${m[2]}${m[3] ?? ''}` || '0', 16);
    const v = mant * 2 ** (Number(m[4]) - 4 * (m[3] ?? '').length);
    return m[1] === '-' ? -v : v;
  }
  return null;
}
