// Go's text predicates as BuildKit's parser uses them: unicode.IsSpace (not JS's \s, which also
// takes U+FEFF), strings.TrimSpace, the parser's `[\t\v\f\r ]+` splitter (no \n in it), and
// unicode.IsLetter / IsDigit for variable names.

const SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** unicode.IsSpace for one character (a whole code point). */
export function isSpace(ch: string): boolean {
  return ch !== '' && SPACE.has(ch.codePointAt(0) as number);
}

export function isLetter(ch: string): boolean {
  return /^\p{L}$/u.test(ch);
}

export function isDigit(ch: string): boolean {
  return /^\p{Nd}$/u.test(ch);
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
export function trimLeftSpace(s: string): string {
  let i = 0;
  for (const ch of s) {
    if (!isSpace(ch)) break;
    i += ch.length;
  }
  return s.slice(i);
}

/** strings.TrimRightFunc(s, unicode.IsSpace). */
export function trimRightSpace(s: string): string {
  const chars = Array.from(s);
  let n = chars.length;
  while (n > 0 && isSpace(chars[n - 1])) n--;
  return chars.slice(0, n).join('');
}

/** strings.TrimSpace. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

const WHITESPACE_RUN = /[\t\v\f\r ]+/;

/** reWhitespace.Split(s, n) with Go's regexp.Split semantics (n = -1: all; n = 2: at most 2). */
export function splitWhitespace(s: string, n = -1): string[] {
  const out: string[] = [];
  let rest = s;
  for (;;) {
    if (n > 0 && out.length === n - 1) break;
    const m = WHITESPACE_RUN.exec(rest);
    if (!m) break;
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out;
}

/** UTF-8 bytes of a string (Go strings are byte strings; some parser loops index bytes). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

/** Decode UTF-8 bytes (well-formed input: slices taken at ASCII boundaries of utf8Bytes output). */
export function utf8Decode(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let c = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) c = (c << 6) | (bytes[i + k] & 0x3f);
    out += String.fromCodePoint(c);
    i += n;
  }
  return out;
}
