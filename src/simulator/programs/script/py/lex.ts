// A Python tokenizer for the script model: NAME, NUMBER, STRING (prefixes r/b/u/f, triple
// quotes, adjacent literals joined by the parser), OP, NEWLINE, INDENT/DEDENT from the
// indentation stack, implicit line joining inside brackets and backslash continuations.
// f-strings keep their text; the parser splits out the {expressions}. Nothing is evaluated.

export type PyTokKind = 'name' | 'num' | 'str' | 'fstr' | 'op' | 'nl' | 'indent' | 'dedent' | 'eof';

export interface PyTok {
  k: PyTokKind;
  v: string;
  line: number;
  col: number;
}

export { ScriptSyntaxError as PySyntaxError } from '../syntax.ts';
import { ScriptSyntaxError as PySyntaxError } from '../syntax.ts';

const OPS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '**', '//', '==', '!=', '<=', '>=', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@='];
const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|N\{[^}]*\}|[\s\S])/g, (m, c: string) => {
    if (c[0] === 'x' || c[0] === 'u') return String.fromCharCode(parseInt(c.slice(1), 16));
    return ESC[c] ?? m;
  });
}

export function pyLex(src: string): PyTok[] {
  const toks: PyTok[] = [];
  const indents = [0];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let atLineStart = true;
  const err = (msg: string): never => {
    throw new PySyntaxError(msg, line, i - lineStart + 1);
  };
  const push = (k: PyTokKind, v: string, start: number, l = line, ls = lineStart) => toks.push({ k, v, line: l, col: start - ls + 1 });
  while (i < src.length) {
    if (atLineStart && depth === 0) {
      let col = 0;
      let j = i;
      while (src[j] === ' ' || src[j] === '\t') col += src[j++] === '\t' ? 8 - (col % 8) : 1;
      if (src[j] === '\n' || src[j] === '#' || src[j] === '\r' || j >= src.length) {
        while (j < src.length && src[j] !== '\n') j++;
        i = j + 1;
        line++;
        lineStart = i;
        continue;
      }
      i = j;
      atLineStart = false;
      if (col > indents[indents.length - 1]) {
        indents.push(col);
        push('indent', '', i);
      }
      while (col < indents[indents.length - 1]) {
        indents.pop();
        push('dedent', '', i);
      }
      if (col !== indents[indents.length - 1]) err('unindent does not match any outer indentation level');
    }
    const c = src[i];
    if (c === '\n') {
      if (depth === 0) {
        push('nl', '', i);
        atLineStart = true;
      }
      i++;
      line++;
      lineStart = i;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') i++;
    else if (c === '#') while (i < src.length && src[i] !== '\n') i++;
    else if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      lineStart = i;
    } else if (/[A-Za-z_\u00c0-\uffff]/.test(c)) {
      const start = i;
      while (i < src.length && /[A-Za-z0-9_\u00c0-\uffff]/.test(src[i])) i++;
      const word = src.slice(start, i);
      if (/^[rRbBuUfF]{1,2}$/.test(word) && (src[i] === '"' || src[i] === "'")) i = str(word.toLowerCase(), start);
      else push('name', word, start);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?\.?[\d_]*([eE][+-]?\d+)?j?)/.exec(src.slice(i)) as RegExpExecArray;
      push('num', m[0].replace(/_/g, ''), i);
      i += m[0].length;
    } else if (c === '"' || c === "'") i = str('', i);
    else {
      const op = OPS.find((o) => src.startsWith(o, i)) ?? c;
      if ('([{'.includes(op)) depth++;
      if (')]}'.includes(op)) depth = Math.max(0, depth - 1);
      push('op', op, i);
      i += op.length;
    }
  }
  if (toks.length && toks[toks.length - 1].k !== 'nl') push('nl', '', i);
  while (indents.length > 1) {
    indents.pop();
    push('dedent', '', i);
  }
  push('eof', '', i);
  return toks;

  function str(prefix: string, start: number): number {
    const sl = line;
    const ss = lineStart;
    let j = start + prefix.length;
    const q = src.startsWith(src[j].repeat(3), j) ? src[j].repeat(3) : src[j];
    j += q.length;
    const bodyStart = j;
    for (;;) {
      if (j >= src.length || (q.length === 1 && src[j] === '\n')) {
        i = j;
        err(q.length === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal');
      }
      if (src[j] === '\\' && !prefix.includes('r')) j += 2;
      else if (src.startsWith(q, j)) break;
      else {
        if (src[j] === '\n') (line++, (lineStart = j + 1));
        j++;
      }
    }
    const raw = src.slice(bodyStart, j);
    const value = prefix.includes('r') ? raw : prefix.includes('f') ? raw : unescape(raw);
    push(prefix.includes('f') ? 'fstr' : 'str', prefix.includes('f') && !prefix.includes('r') ? raw : value, start, sl, ss);
    return j + q.length;
  }
}

/** Escapes of an f-string's literal parts (the lexer keeps f-strings raw). */
export const pyUnescape = unescape;
