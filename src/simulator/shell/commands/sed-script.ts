// Parsing a sed script (GNU sed 4.9 / busybox sed): addresses N, $, /re/ and ranges with !,
// commands s p d q = a i c, ';' or newline between them; errors carry GNU's "char N" position.
import { toJsRegex } from './grep.ts';

export type Addr = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

export interface Subst {
  re: RegExp;
  rep: (m: RegExpExecArray) => string;
  global: boolean;
  nth: number;
  print: boolean;
}

export interface SedCmd {
  a1?: Addr;
  a2?: Addr;
  neg: boolean;
  name: string;
  s?: Subst;
  text?: string;
  code?: number;
  active?: boolean;
}

/** A script mistake: GNU's message text and the character position where parsing stopped. */
export class SedError {
  readonly message: string;
  readonly char: number;
  readonly busybox: string;
  constructor(message: string, char: number, busybox: string) {
    this.message = message;
    this.char = char;
    this.busybox = busybox;
  }
}

/** The replacement text: \1..\9 and & for groups, \n newline, other escapes literal. */
function replacement(text: string): (m: RegExpExecArray) => string {
  const parts: (string | number)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') parts.push(0);
    else if (c === '\\' && i + 1 < text.length) {
      const n = text[++i];
      if (/[0-9]/.test(n)) parts.push(Number(n));
      else parts.push(n === 'n' ? '\n' : n === 't' ? '\t' : n);
    } else parts.push(c);
  }
  return (m) => parts.map((p) => (typeof p === 'number' ? (m[p] ?? '') : p)).join('');
}

class Reader {
  i = 0;
  readonly src: string;
  readonly extended: boolean;
  constructor(src: string, extended: boolean) {
    this.src = src;
    this.extended = extended;
  }
  peek(): string {
    return this.src[this.i] ?? '';
  }
  skipSpace(): void {
    while (this.i < this.src.length && /[ \t]/.test(this.src[this.i])) this.i++;
  }
  /** Text up to the unescaped delimiter (consumed); null at the end of the script. */
  until(delim: string): string | null {
    let out = '';
    while (this.i < this.src.length) {
      const c = this.src[this.i++];
      if (c === '\\' && this.i < this.src.length) {
        const n = this.src[this.i++];
        out += n === delim && delim !== '\n' ? n : `\\${n}`;
      } else if (c === delim) return out;
      else if (c === '\n' && delim !== '\n') return null;
      else out += c;
    }
    return null;
  }
  regex(body: string, flags: string): RegExp {
    return new RegExp(toJsRegex(body, this.extended), flags);
  }
}

function address(r: Reader): Addr | undefined {
  const c = r.peek();
  if (/[0-9]/.test(c)) {
    const m = /^[0-9]+/.exec(r.src.slice(r.i))![0];
    r.i += m.length;
    return { kind: 'line', n: Number(m) };
  }
  if (c === '$') {
    r.i++;
    return { kind: 'last' };
  }
  if (c === '/' || c === '\\') {
    r.i += c === '\\' ? 2 : 1;
    const delim = c === '\\' ? r.src[r.i - 1] : '/';
    const body = r.until(delim);
    if (body === null) throw new SedError('unterminated address regex', r.src.length, `unmatched '${delim}'`);
    const icase = r.peek() === 'I';
    if (icase) r.i++;
    return { kind: 're', re: r.regex(body, icase ? 'i' : '') };
  }
  return undefined;
}

function substitute(r: Reader): Subst {
  const delim = r.src[r.i++];
  const unterminated = () => new SedError("unterminated `s' command", r.src.length, `unmatched '${delim ?? '/'}'`);
  if (!delim || delim === '\n') throw unterminated();
  const pattern = r.until(delim);
  if (pattern === null) throw unterminated();
  const rep = r.until(delim);
  if (rep === null) throw unterminated();
  const s: Subst = { re: /(?:)/, rep: replacement(rep), global: false, nth: 1, print: false };
  let flags = 'g';
  for (;;) {
    const c = r.peek();
    if (c === 'g') s.global = true;
    else if (c === 'p') s.print = true;
    else if (c === 'I' || c === 'i') flags += 'i';
    else if (/[0-9]/.test(c)) s.nth = Number(c);
    else if (c === '' || c === ';' || c === '\n' || c === '}' || c === ' ') break;
    else throw new SedError("unknown option to `s'", r.i + 1, 'bad option in substitution expression');
    r.i++;
  }
  s.re = r.regex(pattern, flags);
  return s;
}

function command(r: Reader, cmd: SedCmd): void {
  const c = r.src[r.i++] ?? '';
  cmd.name = c;
  if (c === 's') cmd.s = substitute(r);
  else if (c === 'q' || c === 'Q') {
    r.skipSpace();
    const m = /^[0-9]*/.exec(r.src.slice(r.i))![0];
    r.i += m.length;
    cmd.code = m === '' ? 0 : Number(m);
  } else if ('aic'.includes(c) && c !== '') {
    r.skipSpace();
    if (r.peek() === '\\') r.i++;
    if (r.peek() === '\n') r.i++;
    const end = r.src.indexOf('\n', r.i);
    cmd.text = r.src.slice(r.i, end === -1 ? undefined : end);
    r.i = end === -1 ? r.src.length : end;
  } else if (c === '') throw new SedError('missing command', r.i, 'missing command');
  else if (!'pd=lnN'.includes(c)) throw new SedError(`unknown command: \`${c}'`, r.i, `unsupported command ${c}`);
}

/** One -e expression (or the script operand) as a list of commands. */
export function parseScript(src: string, extended: boolean): SedCmd[] {
  const r = new Reader(src, extended);
  const cmds: SedCmd[] = [];
  for (;;) {
    while (r.i < src.length && /[\s;]/.test(src[r.i])) r.i++;
    if (r.i >= src.length) return cmds;
    const cmd: SedCmd = { neg: false, name: '' };
    cmd.a1 = address(r);
    if (cmd.a1 && r.peek() === ',') {
      r.i++;
      cmd.a2 = address(r);
      if (!cmd.a2) throw new SedError("unexpected `,'", r.i, 'bad address');
    }
    r.skipSpace();
    if (r.peek() === '!') {
      cmd.neg = true;
      r.i++;
      r.skipSpace();
    }
    command(r, cmd);
    cmds.push(cmd);
    r.skipSpace();
    const next = r.peek();
    if (next !== '' && next !== ';' && next !== '\n') throw new SedError(`extra characters after command`, r.i + 1, `unsupported command ${next}`);
  }
}
