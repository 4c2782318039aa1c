// docker/cli's template functions (templates/templates.go): json, split, join, title, pad ...
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { goTypeName, isGoMap, goMapKeys, utf8Bytes, utf8Decode, type GoFunc } from '../go-value.ts';
import { goSprint } from '../go-fmt.ts';
import { goJsonMarshal } from '../go-json.ts';
import { compareBytes, fail } from './funcs.ts';
import { I } from './lex.ts';
import { type TemplateFuncs } from './nodes.ts';

// ===========================================================================
// docker/cli templates.go

/** strings.Title: the first letter of each word upper-cased (words split at non-letters/digits). */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? toTitleRune(ch) : ch;
    prev = ch;
  }
  return out;
}

export function isSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0x7f) {
    if (/[0-9a-zA-Z_]/.test(ch)) return false;
    return true;
  }
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

export function toTitleRune(ch: string): string {
  const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ' };
  if (special[ch]) return special[ch];
  return simpleCase(ch, true);
}

/** unicode.ToUpper / ToLower on one rune: the simple (one-to-one) case mapping. */
export function simpleCase(ch: string, upper: boolean): string {
  if (ch === 'İ' && !upper) return 'i';
  if (ch === 'ı' && upper) return 'I';
  const m = upper ? ch.toUpperCase() : ch.toLowerCase();
  return [...m].length === 1 ? m : ch;
}

/** strings.ToUpper. */
export function goToUpper(s: string): string {
  let out = '';
  for (const ch of s) out += simpleCase(ch, true);
  return out;
}

/** strings.ToLower. */
export function goToLower(s: string): string {
  let out = '';
  for (const ch of s) out += simpleCase(ch, false);
  return out;
}

/** strings.Split. */
export function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

export function goJoin(elems: unknown, sep: unknown): string {
  if (elems === null || elems === undefined) return '';
  if (Array.isArray(elems)) return elems.map((e) => (typeof e === 'string' ? e : goSprint([e]))).join(sep as string);
  if (isGoMap(elems)) {
    const out = goMapKeys(elems).map((k) => goSprint([elems[k]]));
    return out.sort((a, b) => compareBytes(a, b)).join(sep as string);
  }
  fail(`expected slice, got ${goTypeName(elems)}`);
}

export function truncateBytes(source: string, length: number): string {
  const bytes = utf8Bytes(source);
  if (bytes.length < length) return source;
  if (length < 0) fail(`runtime error: slice bounds out of range [:${length}]`);
  return utf8Decode(bytes.slice(0, length));
}

/** docker's basicFunctions (templates.Parse / templates.New). */
export const DOCKER_FUNCS: TemplateFuncs = {
  json: { params: ['any'], fn: (v) => goJsonMarshal(v, { escapeHTML: false }) },
  split: { params: ['string', 'string'], fn: (s, sep) => goSplit(s as string, sep as string) },
  join: { params: ['any', 'string'], fn: goJoin },
  title: { params: ['string'], fn: (s) => goTitle(s as string) },
  lower: { params: ['string'], fn: (s) => goToLower(s as string) },
  upper: { params: ['string'], fn: (s) => goToUpper(s as string) },
  pad: {
    params: ['string', 'int', 'int'],
    fn: (s, prefix, suffix) => {
      if (s === '') return s;
      if ((prefix as number) < 0 || (suffix as number) < 0) fail('strings: negative Repeat count');
      return ' '.repeat(prefix as number) + (s as string) + ' '.repeat(suffix as number);
    },
  },
  truncate: { params: ['string', 'int'], fn: (s, n) => truncateBytes(s as string, n as number) },
};

export const identity: GoFunc['fn'] = (v) => v;

/**
 * The function map in effect when docker renders a table header (templates.HeaderFunctions
 * added over basicFunctions): json/split/join/title/lower/upper/truncate return their string
 * argument unchanged; pad (not overridden) and Go's builtins still apply.
 */
export const DOCKER_HEADER_FUNCS: TemplateFuncs = {
  ...DOCKER_FUNCS,
  json: { params: ['string'], fn: identity },
  split: { params: ['string', 'string'], fn: identity },
  join: { params: ['string', 'string'], fn: identity },
  title: { params: ['string'], fn: identity },
  lower: { params: ['string'], fn: identity },
  upper: { params: ['string'], fn: identity },
  truncate: { params: ['string', 'int'], fn: identity },
};
