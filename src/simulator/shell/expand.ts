// Word expansion in POSIX order: tilde, parameters (${x:-y} ${#x} ${x%.txt} ...), command
// substitution, arithmetic, then field splitting of unquoted results on blanks, pathname
// expansion of unquoted wildcards, and quote removal. "$@" gives one field per argument.
import type { Vfs } from '../fs/types.ts';
import { ArithError, evalArith } from './arith.ts';
import type { Word, WordPart } from './ast.ts';
import { escapeGlob, expandGlob, globToRegExp, hasGlob } from './glob.ts';
import { heredocParts } from './lexer.ts';
import { getVar, setVar, type ShellState } from './state.ts';

/** An expansion that fails (${x:?msg}, bad substitution, arithmetic): the text after the prefix. */
export class ExpansionError extends Error {
  /** ${x:?} makes a non-interactive shell exit. */
  readonly fatal: boolean;
  /** For arithmetic errors, which dash and busybox word differently. */
  readonly arith?: { arith: 'div0' | 'syntax'; source: string };
  constructor(text: string, fatal = false, arith?: { arith: 'div0' | 'syntax'; source: string }) {
    super(text);
    this.fatal = fatal;
    this.arith = arith;
    this.name = 'ExpansionError';
  }
}

export interface ExpandEnv {
  state: ShellState;
  flavour: 'bash' | 'dash' | 'busybox';
  fs: Vfs;
  home: string;
  pid: number;
  resolve(path: string): string;
  /** Run a command substitution and return its standard output. */
  substitute(source: string): Promise<string>;
}

type Seg = { text: string; quoted: boolean; split: boolean } | { brk: true };

interface Field {
  value: string;
  pattern: string;
  glob: boolean;
}

const IFS = /[ \t\n]+/;

export class Expander {
  private readonly env: ExpandEnv;
  constructor(env: ExpandEnv) {
    this.env = env;
  }

  /** Full expansion of command words into fields. */
  async words(words: Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const w of words) {
      for (const f of await this.fields(w)) {
        const matches = f.glob ? expandGlob(f.pattern, this.env.fs, this.env.resolve) : [];
        if (matches.length > 0) out.push(...matches);
        else out.push(f.value);
      }
    }
    return out;
  }

  /** One string, no splitting or globbing (assignments, redirection targets, heredoc bodies). */
  async string(word: Word): Promise<string> {
    let s = '';
    for (const p of word.parts) for (const seg of await this.segs(p)) s += 'brk' in seg ? ' ' : seg.text;
    return s;
  }

  async heredoc(body: string): Promise<string> {
    return this.string({ parts: heredocParts(body), raw: body });
  }

  private async fields(word: Word): Promise<Field[]> {
    const fields: Field[] = [];
    let cur: Field | null = null;
    const push = () => {
      if (cur) fields.push(cur);
      cur = null;
    };
    const add = (text: string, quoted: boolean) => {
      cur ??= { value: '', pattern: '', glob: false };
      cur.value += text;
      cur.pattern += quoted ? escapeGlob(text) : text;
      if (!quoted && hasGlob(text)) cur.glob = true;
    };
    for (const part of word.parts) {
      for (const seg of await this.segs(part)) {
        if ('brk' in seg) {
          push();
          cur = { value: '', pattern: '', glob: false };
        } else if (!seg.split) {
          if (seg.text !== '' || seg.quoted) add(seg.text, seg.quoted);
        } else {
          if (/^[ \t\n]/.test(seg.text)) push();
          const pieces = seg.text.split(IFS).filter((p) => p !== '');
          pieces.forEach((piece, i) => {
            add(piece, false);
            if (i < pieces.length - 1) push();
          });
          if (/[ \t\n]$/.test(seg.text)) push();
        }
      }
    }
    push();
    return fields;
  }

  private async segs(part: WordPart): Promise<Seg[]> {
    switch (part.type) {
      case 'lit':
        return [{ text: part.text, quoted: part.quoted, split: false }];
      case 'tilde':
        return [{ text: this.tilde(part.user), quoted: true, split: false }];
      case 'bad':
        throw new ExpansionError(`${part.text}: bad substitution`);
      case 'cmdsub': {
        const text = (await this.env.substitute(part.source)).replace(/\n+$/, '');
        return [{ text, quoted: part.quoted, split: !part.quoted }];
      }
      case 'arith': {
        const src = await this.string({ parts: heredocParts(part.source), raw: part.source });
        try {
          // dash has no ** operator.
          const n = evalArith(src, { get: (n) => getVar(this.env.state, n), set: (n, v) => setVar(this.env.state, n, v) }, 0, this.env.flavour !== 'dash');
          return [{ text: String(n), quoted: part.quoted, split: !part.quoted }];
        } catch (e) {
          if (e instanceof ArithError) throw new ExpansionError(`${src}: ${e.message}`, false, { arith: e.kind, source: src });
          throw e;
        }
      }
      case 'param':
        if (part.name === '@' && part.quoted && !part.op) {
          const segs: Seg[] = [];
          this.env.state.args.forEach((a, i) => {
            if (i > 0) segs.push({ brk: true });
            segs.push({ text: a, quoted: true, split: false });
          });
          return segs;
        }
        return [{ text: await this.param(part), quoted: part.quoted, split: !part.quoted }];
    }
  }

  private tilde(user: string): string {
    if (user === '') return getVar(this.env.state, 'HOME') ?? this.env.home;
    if (user === 'root') return '/root';
    return `~${user}`;
  }

  private value(name: string): string | undefined {
    const s = this.env.state;
    if (name === '?') return String(s.lastExit);
    if (name === '$') return String(this.env.pid);
    if (name === '#') return String(s.args.length);
    if (name === '@' || name === '*') return s.args.join(' ');
    if (name === '0') return s.name;
    if (name === '!' || name === '-') return name === '-' ? 'hB' : undefined;
    if (/^\d+$/.test(name)) return s.args[Number(name) - 1];
    return getVar(s, name);
  }

  private async param(part: Extract<WordPart, { type: 'param' }>): Promise<string> {
    const v = this.value(part.name);
    const arg = async () => (part.arg ? this.string(part.arg) : '');
    const empty = v === undefined || v === '';
    switch (part.op) {
      case undefined: return v ?? '';
      case 'len': return String(v?.length ?? 0);
      case ':-': return empty ? arg() : (v as string);
      case '-': return v === undefined ? arg() : v;
      case ':+': return empty ? '' : arg();
      case '+': return v === undefined ? '' : arg();
      case ':=':
      case '=': {
        if (part.op === ':=' ? !empty : v !== undefined) return v as string;
        const next = await arg();
        setVar(this.env.state, part.name, next);
        return next;
      }
      case ':?':
      case '?': {
        if (part.op === ':?' ? !empty : v !== undefined) return v as string;
        const msg = part.arg && part.arg.parts.length > 0 ? await arg() : this.env.flavour === 'bash' ? 'parameter null or not set' : 'parameter not set or null';
        throw new ExpansionError(`${part.name}: ${msg}`, true);
      }
      default: return this.trim(v ?? '', part.op, part.arg);
    }
  }

  /** A word as a glob pattern: quoted characters match themselves (case patterns, ${x%p}). */
  async pattern(word: Word): Promise<string> {
    let pattern = '';
    for (const p of word.parts) {
      for (const seg of await this.segs(p)) if (!('brk' in seg)) pattern += seg.quoted ? escapeGlob(seg.text) : seg.text;
    }
    return pattern;
  }

  /** ${x#p} ${x##p} ${x%p} ${x%%p}: remove the shortest/longest matching prefix/suffix. */
  private async trim(v: string, op: '#' | '##' | '%' | '%%', arg: Word | undefined): Promise<string> {
    const re = globToRegExp(arg ? await this.pattern(arg) : '');
    const n = v.length;
    if (op === '#' || op === '##') {
      for (let i = op === '#' ? 0 : n; op === '#' ? i <= n : i >= 0; i += op === '#' ? 1 : -1) if (re.test(v.slice(0, i))) return v.slice(i);
    } else {
      for (let i = op === '%' ? n : 0; op === '%' ? i >= 0 : i <= n; i += op === '%' ? -1 : 1) if (re.test(v.slice(i))) return v.slice(0, i);
    }
    return v;
  }
}
