// A JavaScript tokenizer for the script model: names, numbers, strings (with their escapes),
// template literals (their ${...} parts lexed as nested token lists), regex literals (kept as
// text: the model goes no further with them), punctuators, line/column of each token and
// whether a line break came before it (for automatic semicolon insertion). Comments and a #!
// line are skipped. Nothing is evaluated here.

export type TokKind = 'name' | 'num' | 'str' | 'tmpl' | 'regex' | 'punc' | 'eof';

export interface Tok {
  k: TokKind;
  v: string;
  line: number;
  col: number;
  /** A line break precedes the token. */
  nl: boolean;
  /** Template literal: the cooked strings and the tokens of each ${...}. */
  parts?: { strs: string[]; exprs: Tok[][] };
}

export { ScriptSyntaxError as JsSyntaxError } from '../syntax.ts';
import { ScriptSyntaxError as JsSyntaxError } from '../syntax.ts';

const PUNCS = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>'];
const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
/** After these a '/' starts a regex, not a division. */
const REGEX_AFTER = new Set(['(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '&&', '||', '??', '=>', 'return', 'typeof', '+', '-', '*', '%', '==', '===', '!=', '!==', '<', '>']);

export function lex(src: string, startLine = 1, startCol = 1): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = startLine;
  let lineStart = 1 - startCol;
  let nl = true;
  if (src.startsWith('#!')) i = src.indexOf('\n') === -1 ? src.length : src.indexOf('\n');
  const err = (msg: string): never => {
    throw new JsSyntaxError(msg, line, i - lineStart + 1);
  };
  const push = (k: TokKind, v: string, start: number, startLineNo: number, startLineStart: number, parts?: Tok['parts']) => {
    toks.push({ k, v, line: startLineNo, col: start - startLineStart + 1, nl, ...(parts ? { parts } : {}) });
    nl = false;
  };
  const readEscape = (): string => {
    const c = src[++i];
    if (c === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(src.slice(i + 1));
      if (!m) err('Invalid Unicode escape sequence');
      i += (m as RegExpExecArray)[0].length;
      return String.fromCodePoint(parseInt((m as RegExpExecArray)[1] ?? (m as RegExpExecArray)[2], 16));
    }
    if (c === 'x') {
      const h = src.slice(i + 1, i + 3);
      i += 2;
      return String.fromCharCode(parseInt(h, 16));
    }
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      return '';
    }
    return ESC[c] ?? c;
  };
  const template = (): Tok['parts'] => {
    const strs: string[] = [];
    const exprs: Tok[][] = [];
    let cur = '';
    i++;
    for (;;) {
      if (i >= src.length) err('Unterminated template literal');
      const c = src[i];
      if (c === '`') break;
      if (c === '\\') cur += readEscape();
      else if (c === '$' && src[i + 1] === '{') {
        strs.push(cur);
        cur = '';
        const start = i + 2;
        let depth = 0;
        let j = start;
        for (; j < src.length; j++) {
          if (src[j] === '{') depth++;
          else if (src[j] === '}' && depth-- === 0) break;
          else if (src[j] === '`' || src[j] === '"' || src[j] === "'") j = skipQuoted(src, j);
        }
        if (j >= src.length) err('Unterminated template literal');
        exprs.push(lex(src.slice(start, j), line, start - lineStart + 1).slice(0, -1));
        for (let k = start; k < j; k++) if (src[k] === '\n') (line++, (lineStart = k + 1));
        i = j;
      } else {
        if (c === '\n') (line++, (lineStart = i + 1));
        cur += c;
      }
      i++;
    }
    strs.push(cur);
    return { strs, exprs };
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      nl = true;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') i++;
    else if (c === '/' && src[i + 1] === '/') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) err('Invalid or unexpected token');
      for (let k = i; k < end; k++) if (src[k] === '\n') (line++, (lineStart = k + 1), (nl = true));
      i = end + 2;
    } else {
      const start = i;
      const sl = line;
      const ss = lineStart;
      if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) {
        while (i < src.length && /[A-Za-z0-9_$\u00c0-\uffff]/.test(src[i])) i++;
        push('name', src.slice(start, i), start, sl, ss);
      } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
        const m = /^(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(\d[\d_]*)?\.?\d*([eE][+-]?\d+)?)n?/.exec(src.slice(i)) as RegExpExecArray;
        i += m[0].length;
        push('num', m[0].replace(/_/g, ''), start, sl, ss);
      } else if (c === '"' || c === "'") {
        let s = '';
        i++;
        while (src[i] !== c) {
          if (i >= src.length || src[i] === '\n') err('Invalid or unexpected token');
          s += src[i] === '\\' ? readEscape() : src[i];
          i++;
        }
        i++;
        push('str', s, start, sl, ss);
      } else if (c === '`') {
        const parts = template();
        i++;
        push('tmpl', src.slice(start, i), start, sl, ss, parts);
      } else if (c === '/' && (toks.length === 0 || REGEX_AFTER.has(toks[toks.length - 1].v))) {
        i = skipRegex(src, i);
        push('regex', src.slice(start, i), start, sl, ss);
      } else {
        const p = PUNCS.find((x) => src.startsWith(x, i)) ?? c;
        i += p.length;
        push('punc', p, start, sl, ss);
      }
    }
  }
  toks.push({ k: 'eof', v: '', line, col: i - lineStart + 1, nl: true });
  return toks;
}

function skipQuoted(src: string, j: number): number {
  const q = src[j];
  for (j++; j < src.length && src[j] !== q; j++) if (src[j] === '\\') j++;
  return j;
}

function skipRegex(src: string, i: number): number {
  let cls = false;
  for (i++; i < src.length && src[i] !== '\n'; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '[') cls = true;
    else if (src[i] === ']') cls = false;
    else if (src[i] === '/' && !cls) break;
  }
  i++;
  while (/[a-z]/.test(src[i] ?? '')) i++;
  return i;
}
