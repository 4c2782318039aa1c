// .env and env_file parsing as compose-go's dotenv package does it: KEY=value, KEY: value,
// `export KEY=...`, a bare KEY inherited from the lookup, # comments (inline only after " #" on
// unquoted values), single quotes literal, double quotes with escapes, ${VAR} interpolation in
// unquoted and double-quoted values. Errors carry the parser's "line N: ..." texts.
import { substitute, type Lookup } from './template.ts';

const isSpace = (c: string) => c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === ' ' || c === '\x85' || c === '\xa0';
const isUnicodeSpace = (c: string) => /\s/.test(c);

export class DotenvError extends Error {}

/**
 * Parses `src` into `out` (later keys override earlier ones). `lookup` resolves inherited keys and
 * variables in values before the file's own earlier keys.
 */
export function parseDotenv(src: string, out: Record<string, string>, lookup: Lookup, warn: (m: string) => void = () => {}): void {
  const p = { line: 1 };
  let rest = src.replace(/^\uFEFF/, '');
  for (;;) {
    rest = statementStart(p, rest);
    if (rest === '') break;
    const { key, left, inherited } = locateKeyName(p, rest);
    if (key.includes(' ')) throw new DotenvError(`line ${p.line}: key cannot contain a space`);
    if (inherited) {
      const value = lookup(key);
      if (value !== undefined) out[key] = value;
      rest = left;
      continue;
    }
    const both: Lookup = (k) => lookup(k) ?? (Object.hasOwn(out, k) ? out[k] : undefined);
    const [value, after] = extractValue(p, left, both, warn);
    out[key] = value;
    rest = after;
  }
}

function statementStart(p: { line: number }, src: string): string {
  for (;;) {
    let pos = -1;
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\n') p.line++;
      if (!isUnicodeSpace(src[i])) {
        pos = i;
        break;
      }
    }
    if (pos === -1) return '';
    src = src.slice(pos);
    if (src[0] !== '#') return src;
    const nl = src.indexOf('\n');
    if (nl === -1) return '';
    src = src.slice(nl);
  }
}

function locateKeyName(p: { line: number }, input: string): { key: string; left: string; inherited: boolean } {
  let src = input;
  if (/^export\s+/.test(src)) src = trimLeftSpace(src.slice('export'.length));
  let key = '';
  let offset = 0;
  let inherited = false;
  let found = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (isSpace(c)) continue;
    if (c === '=' || c === ':' || c === '\n') {
      key = src.slice(0, i);
      offset = i + 1;
      inherited = c === '\n';
      found = true;
      break;
    }
    if (c === '_' || c === '.' || c === '-' || c === '[' || c === ']' || /[\p{L}\p{N}]/u.test(c)) continue;
    throw new DotenvError(`line ${p.line}: unexpected character ${JSON.stringify(c)} in variable name ${JSON.stringify(src.split('\n')[0])}`);
  }
  // A last line without "=" nor newline: the key stays empty and the text becomes its value,
  // as in compose-go's parser (no error).
  if (!found) offset = 0;
  if (inherited && !key.includes(' ')) p.line++;
  return { key: key.replace(/\s+$/u, ''), left: trimLeftSpace(src.slice(offset)), inherited };
}

function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i])) i++;
  return s.slice(i);
}

function extractValue(p: { line: number }, src: string, lookup: Lookup, warn: (m: string) => void): [string, string] {
  const quote = src[0] === '"' || src[0] === "'" ? src[0] : '';
  if (quote === '') {
    const nl = src.indexOf('\n');
    let value = nl < 0 ? src : src.slice(0, nl);
    const rest = nl < 0 ? '' : src.slice(nl + 1);
    p.line++;
    const hash = value.indexOf(' #');
    if (hash >= 0) value = value.slice(0, hash);
    return [substitute(value.replace(/\s+$/u, ''), lookup, warn), rest];
  }
  let escaped = false;
  let chars = '';
  for (let i = 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\n') p.line++;
    if (c !== quote) {
      if (!escaped && c === '\\') {
        escaped = true;
        continue;
      }
      if (escaped) {
        escaped = false;
        chars += '\\';
      }
      chars += c;
      continue;
    }
    if (escaped) {
      escaped = false;
      chars += c;
      continue;
    }
    const value = quote === '"' ? substitute(expandEscapes(chars), lookup, warn) : chars;
    return [value, src.slice(i + 1)];
  }
  const end = src.indexOf('\n');
  throw new DotenvError(`line ${p.line}: unterminated quoted value ${end < 0 ? src : src.slice(0, end)}`);
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '"': '"', '\\': '\\' };

/** expandEscapes: \n, \t, \", \\ ... as Go unquotes them; \$ becomes $$ (a literal $ after interpolation). */
function expandEscapes(s: string): string {
  return s.replace(/\\(?:[abcfnrtv$"\\]|0\d{0,3})/g, (m) => {
    if (m === '\\$') return '$$';
    if (m.startsWith('\\0')) {
      const digits = m.slice(2);
      if (digits.length !== 3 || /[89]/.test(digits)) return m;
      return String.fromCharCode(parseInt(digits, 8));
    }
    if (m === '\\c') return m;
    return ESCAPES[m[1]];
  });
}
