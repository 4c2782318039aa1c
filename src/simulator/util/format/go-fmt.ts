// Go's fmt and strconv as docker's output goes through them: %v printing of values (maps as
// map[k:v] sorted by key, slices as [a b], nil as <nil>), Sprint/Sprintln/Sprintf with the
// usual verbs and Go's %!verb(type=value) complaints, strconv.Quote, and float formatting
// (%e %f %g with Go's round-half-even on the exact binary value, and the shortest form).
import {
  goMethodsOf,
  goTypeName,
  isGoMap,
  isGoStruct,
  isPointerType,
  sortedKeys,
  structFields,
  utf8Bytes,
  type GoFunc,
} from './go-value.ts';

// ---------------------------------------------------------------------------
// strconv: floats

interface Decimal {
  d: string; // significant digits, no leading/trailing zeros ('' for zero)
  dp: number; // value = 0.d × 10^dp
}

/** The exact decimal expansion of a finite double's magnitude. */
function exactDecimal(x: number): Decimal {
  x = Math.abs(x);
  if (x === 0) return { d: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  let digits: string, dp: number;
  if (e >= 0) {
    digits = (mant << BigInt(e)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e)).toString();
    dp = digits.length + e;
  }
  digits = digits.replace(/0+$/, '');
  const lead = digits.match(/^0*/)![0].length;
  return { d: digits.slice(lead), dp: dp - lead };
}

/** The shortest decimal that reads back as x (what JS and Go's strconv both produce). */
function shortestDecimal(x: number): Decimal {
  x = Math.abs(x);
  if (x === 0) return { d: '', dp: 0 };
  const [mant, exp] = x.toExponential().split('e');
  const d = mant.replace('.', '').replace(/0+$/, '');
  return { d, dp: Number(exp) + 1 };
}

/** Rounds to nd significant digits, half to even (the value is exact, so a 5 ending it is a tie). */
function roundDecimal(a: Decimal, nd: number): Decimal {
  if (nd < 0 || nd >= a.d.length) return a;
  let up: boolean;
  if (a.d[nd] === '5' && nd + 1 === a.d.length) up = nd > 0 && (Number(a.d[nd - 1]) % 2) === 1;
  else up = a.d[nd] >= '5';
  if (!up) {
    const d = a.d.slice(0, nd).replace(/0+$/, '');
    return { d, dp: d === '' ? 0 : a.dp };
  }
  const ds = a.d.slice(0, nd).split('').map(Number);
  let i = nd - 1;
  while (i >= 0 && ds[i] === 9) i--;
  if (i < 0) return { d: '1', dp: a.dp + 1 };
  ds[i]++;
  return { d: ds.slice(0, i + 1).join(''), dp: a.dp };
}

function digitAt(a: Decimal, i: number): string {
  return i < a.d.length ? a.d[i] : '0';
}

function fmtE(neg: boolean, a: Decimal, prec: number, expChar: string): string {
  let s = neg ? '-' : '';
  s += a.d.length === 0 ? '0' : a.d[0];
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) s += digitAt(a, i);
  }
  let exp = a.d.length === 0 ? 0 : a.dp - 1;
  s += expChar;
  if (exp < 0) { s += '-'; exp = -exp; } else s += '+';
  return s + (exp < 10 ? `0${exp}` : String(exp));
}

function fmtF(neg: boolean, a: Decimal, prec: number): string {
  let s = neg ? '-' : '';
  if (a.dp > 0) {
    for (let i = 0; i < a.dp; i++) s += digitAt(a, i);
  } else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = a.dp + i;
      s += j < 0 ? '0' : digitAt(a, j);
    }
  }
  return s;
}

/** strconv.FormatFloat(x, fmt, prec, 64) for fmt e, E, f, g, G; prec -1 is the shortest. */
export function formatFloat(x: number, fmt: 'e' | 'E' | 'f' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const shortest = prec < 0;
  let digs: Decimal;
  if (shortest) {
    digs = shortestDecimal(x);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(digs.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(digs.d.length - digs.dp, 0);
    else prec = digs.d.length;
  } else {
    const exact = exactDecimal(x);
    if (fmt === 'e' || fmt === 'E') digs = roundDecimal(exact, prec + 1);
    else if (fmt === 'f') digs = roundDecimal(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      digs = roundDecimal(exact, prec);
    }
  }
  if (fmt === 'e' || fmt === 'E') return fmtE(neg, digs, prec, fmt);
  if (fmt === 'f') return fmtF(neg, digs, prec);
  // %g: %e when the exponent is < -4 or >= the precision (6 when shortest).
  let eprec = prec;
  if (eprec > digs.d.length && digs.d.length >= digs.dp) eprec = digs.d.length;
  if (shortest) eprec = 6;
  const exp = digs.dp - 1;
  if (digs.d.length !== 0 && (exp < -4 || exp >= eprec)) {
    if (prec > digs.d.length) prec = digs.d.length;
    return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
  }
  if (prec > digs.dp) prec = digs.d.length;
  return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
}

// ---------------------------------------------------------------------------
// strconv: quoting

/** unicode.IsPrint, close enough: letters, marks, numbers, punctuation, symbols and U+0020. */
export function isPrint(cp: number): boolean {
  if (cp === 0x20) return true;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(cp));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function quoteRune(cp: number, quote: string): string {
  const ch = String.fromCodePoint(cp);
  if (ch === quote || ch === '\\') return `\\${ch}`;
  if (isPrint(cp)) return ch;
  switch (cp) {
    case 7: return '\\a';
    case 8: return '\\b';
    case 12: return '\\f';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
  }
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += quoteRune(ch.codePointAt(0)!, '"');
  return `${out}"`;
}

/** strconv.QuoteRune. */
export function goQuoteRune(cp: number): string {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
  return `'${quoteRune(cp, "'")}'`;
}

/** fmt's %#U: "U+0040 '@'" (the quoted character only when printable). */
export function formatUnicode(cp: number, sharp: boolean): string {
  const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return sharp && isPrint(cp) ? `${u} '${String.fromCodePoint(cp)}'` : u;
}

// ---------------------------------------------------------------------------
// fmt

interface Spec {
  /** %+v: struct field names. */
  plusV?: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const NO_FLAGS: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };

function pad(s: string, spec: Spec, zeroOk = false): string {
  if (spec.width === undefined) return s;
  const n = spec.width - [...s].length;
  if (n <= 0) return s;
  if (spec.minus) return s + ' '.repeat(n);
  if (spec.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

function stringerOf(v: unknown): GoFunc | ((...a: never[]) => unknown) | undefined {
  const m = goMethodsOf(v);
  if (!m) return undefined;
  return m.String ?? m.Error;
}

function callStringer(v: unknown): string | undefined {
  const s = stringerOf(v);
  if (!s) return undefined;
  const fn = typeof s === 'function' ? s : s.fn;
  return String((fn as () => unknown)());
}

function badVerb(verb: string, v: unknown): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatValue(v, 'v', NO_FLAGS, 0)})`;
}

function fmtInteger(n: bigint, verb: string, spec: Spec): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let digits: string;
  switch (verb) {
    case 'x': digits = abs.toString(16); break;
    case 'X': digits = abs.toString(16).toUpperCase(); break;
    case 'o': case 'O': digits = abs.toString(8); break;
    case 'b': digits = abs.toString(2); break;
    default: digits = abs.toString(10);
  }
  if (spec.prec !== undefined) {
    if (spec.prec === 0 && abs === 0n) digits = '';
    else digits = digits.padStart(spec.prec, '0');
  }
  let prefix = '';
  if (spec.sharp || verb === 'O') {
    if (verb === 'x') prefix = '0x';
    else if (verb === 'X') prefix = '0X';
    else if (verb === 'o' && !digits.startsWith('0')) prefix = '0';
    else if (verb === 'O') prefix = '0o';
    else if (verb === 'b' && spec.sharp) prefix = '0b';
  }
  const sign = neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '';
  let body = prefix + digits;
  if (spec.zero && !spec.minus && spec.width !== undefined && spec.prec === undefined) {
    const n = spec.width - sign.length - body.length;
    if (n > 0) body = prefix + '0'.repeat(n) + digits;
    return sign + body;
  }
  return pad(sign + body, spec);
}

function fmtFloatVerb(x: number, verb: string, spec: Spec): string {
  let s: string;
  switch (verb) {
    case 'v': s = formatFloat(x, 'g', spec.prec ?? -1); break;
    case 'e': case 'E': s = formatFloat(x, verb, spec.prec ?? 6); break;
    case 'f': case 'F': s = formatFloat(x, 'f', spec.prec ?? 6); break;
    case 'g': case 'G': s = formatFloat(x, verb, spec.prec ?? -1); break;
    default: return badVerb(verb, x);
  }
  if (spec.plus && !s.startsWith('-') && !s.startsWith('+')) s = `+${s}`;
  else if (s.startsWith('+') && !spec.plus) s = s.slice(1); // +Inf
  else if (spec.space && !s.startsWith('-')) s = ` ${s}`;
  const finite = Number.isFinite(x);
  return pad(s, spec, finite);
}

function hexString(s: string, upper: boolean, spec: Spec): string {
  let out = '';
  utf8Bytes(s).forEach((b, i) => {
    if (spec.space && i > 0) out += ' ';
    if (spec.sharp && (spec.space || i === 0)) out += upper ? '0X' : '0x';
    out += upper ? hex(b, 2).toUpperCase() : hex(b, 2);
  });
  return out;
}

function fmtString(s: string, verb: string, spec: Spec): string {
  if (spec.prec !== undefined) s = [...s].slice(0, spec.prec).join('');
  switch (verb) {
    case 'v': case 's': return pad(s, spec);
    case 'q': return pad(spec.sharp && !s.includes('`') ? `\`${s}\`` : goQuote(s), spec);
    case 'x': return pad(hexString(s, false, spec), spec);
    case 'X': return pad(hexString(s, true, spec), spec);
    default: return badVerb(verb, s);
  }
}

/**
 * Formats one operand for verb, as fmt's printArg/printValue do (depth > 0 inside containers).
 * `deref`: the operand is a pointer text/template already dereferenced (no "&" on a struct).
 */
export function formatValue(v: unknown, verb: string, spec: Spec = NO_FLAGS, depth = 0, deref = false): string {
  if (verb === 'T') return pad(goTypeName(v), spec);
  if (v === undefined || v === null) {
    // A nil inside a slice, map or struct prints <nil> whatever the verb.
    return verb === 'v' || depth > 0 ? pad('<nil>', spec) : badVerb(verb, v);
  }
  // Stringer / error: for %v %s %q %x %X.
  if ('vsqxX'.includes(verb) && typeof v === 'object') {
    const str = callStringer(v);
    if (str !== undefined) return fmtString(str, verb, spec);
  }
  switch (typeof v) {
    case 'boolean':
      return verb === 'v' || verb === 't' ? pad(String(v), spec) : badVerb(verb, v);
    case 'string':
      return fmtString(v, verb, spec);
    case 'bigint':
    case 'number': {
      if (typeof v === 'number' && (!Number.isInteger(v) || Object.is(v, -0))) return fmtFloatVerb(v, verb, spec);
      const n = BigInt(v);
      switch (verb) {
        case 'v': case 'd': case 'b': case 'o': case 'O': case 'x': case 'X':
          return fmtInteger(n, verb, spec);
        case 'c': return pad(String.fromCodePoint(Number(n)), spec);
        case 'q': return pad(goQuoteRune(Number(n)), spec);
        case 'U': return pad(formatUnicode(Number(n), spec.sharp), spec);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
          return fmtFloatVerb(Number(n), verb, spec);
        default: return badVerb(verb, v);
      }
    }
    case 'function':
      return verb === 'v' || verb === 'p' ? '0x47b0e0' : badVerb(verb, v);
    default:
      break;
  }
  if (Array.isArray(v)) {
    if (verb === 's' && v.length === 0) return pad('[]', spec);
    const parts = v.map((x) => formatValue(x, verb, spec === NO_FLAGS ? NO_FLAGS : { ...spec, width: undefined }, depth + 1));
    return `[${parts.join(' ')}]`;
  }
  if (isGoMap(v)) {
    const keys = sortedKeys(v);
    const inner = { ...spec, width: undefined };
    return `map[${keys.map((k) => `${formatValue(k, verb, inner, depth + 1)}:${formatValue(v[k], verb, inner, depth + 1)}`).join(' ')}]`;
  }
  if (isGoStruct(v)) {
    if (depth > 0 && isPointerType(v)) return '0xc000010000';
    const inner = { ...spec, width: undefined };
    const fields = structFields(v).map((k) => {
      const val = formatValue(v[k], verb, inner, depth + 1);
      return spec.plusV ? `${k}:${val}` : val;
    });
    return `${depth === 0 && !deref && isPointerType(v) ? '&' : ''}{${fields.join(' ')}}`;
  }
  return badVerb(verb, v);
}

/** fmt.Sprint: operands formatted with %v, a space between two operands when neither is a string. */
export function goSprint(args: unknown[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatValue(a, 'v');
  });
  return out;
}

/** fmt.Sprintln: operands with %v, always space-separated, newline-terminated. */
export function goSprintln(args: unknown[]): string {
  return `${args.map((a) => formatValue(a, 'v')).join(' ')}\n`;
}

/** fmt.Sprintf. */
export function goSprintf(format: string, args: unknown[]): string {
  let out = '';
  let argNum = 0;
  let i = 0;
  const usedIndex = /%[^%a-zA-Z]*\[/.test(format);
  const end = format.length;
  while (i < end) {
    const pct = format.indexOf('%', i);
    if (pct === -1) { out += format.slice(i); break; }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };
    let badIndex = false;
    // %[n]: explicit argument index (1-based) for the next width, precision or verb.
    const argIndex = (): void => {
      const m = /^\[(\d+)\]/.exec(format.slice(i));
      if (!m) return;
      const n = Number(m[1]);
      if (n < 1 || n > args.length) badIndex = true;
      else argNum = n - 1;
      i += m[0].length;
    };
    // flags
    for (; i < end; i++) {
      const c = format[i];
      if (c === '-') { spec.minus = true; spec.zero = false; }
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    // width
    argIndex();
    if (format[i] === '*') {
      i++;
      const w = args[argNum++];
      if (typeof w === 'number' && Number.isInteger(w)) {
        spec.width = Math.abs(w);
        if (w < 0) { spec.minus = true; spec.zero = false; }
      } else out += '%!(BADWIDTH)';
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) { spec.width = Number(m[0]); i += m[0].length; }
    }
    // precision
    if (format[i] === '.') {
      i++;
      argIndex();
      if (format[i] === '*') {
        i++;
        const p = args[argNum++];
        if (typeof p === 'number' && Number.isInteger(p) && p >= 0) spec.prec = p;
        else out += '%!(BADPREC)';
      } else {
        const m = /^\d+/.exec(format.slice(i));
        spec.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    argIndex();
    if (i >= end) { out += '%!(NOVERB)'; break; }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    if (verb === '%') { out += '%'; continue; }
    if (badIndex) { out += `%!${verb}(BADINDEX)`; continue; }
    if (argNum >= args.length) { out += `%!${verb}(MISSING)`; continue; }
    const arg = args[argNum++];
    if (verb === 'v' && spec.sharp) { out += formatValue(arg, 'v', { ...spec, sharp: false }); continue; }
    if (verb === 'v' && spec.plus) { out += formatValue(arg, 'v', { ...spec, plus: false, plusV: true }); continue; }
    out += formatValue(arg, verb, spec);
  }
  if (argNum < args.length && !usedIndex) {
    out += `%!(EXTRA ${args.slice(argNum).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a, 'v')}`)).join(', ')})`;
  }
  return out;
}
