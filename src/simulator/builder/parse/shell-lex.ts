// BuildKit's Dockerfile shell lexer (frontend/dockerfile/shell/lex.go), ported rune for rune:
// quotes, the escape token, $VAR, ${VAR}, ${VAR:-w} ${VAR-w} ${VAR:+w} ${VAR+w} ${VAR:?w} ${VAR?w},
// ${VAR#p} ${VAR##p} ${VAR%p} ${VAR%%p}, ${VAR/p/r} ${VAR//p/r}, and word splitting. A parser, so
// it runs past 200 lines. Quirks kept on purpose: nested ${...} words share one words buffer
// (ProcessWords("a${x:-b}c") is ["bc"]), and errors read `failed to process "<word>": ...`.
import { goQuote } from '../../util/format/go-fmt.ts';
import { isDigit, isLetter, isSpace } from './go-text.ts';
import { PatternSubstitutionError, replacePattern, trimPrefix, trimSuffix } from './shell-pattern.ts';

export interface EnvGetter {
  get(name: string): string | undefined;
  keys(): string[];
}

export interface LexOptions {
  /** '\\' (default) or '`', as set by the `# escape=` directive. */
  escapeToken?: string;
  rawQuotes?: boolean;
  rawEscapes?: boolean;
  skipProcessQuotes?: boolean;
  /** Leave `$name` / `${name...}` as written when name is unset (heredoc detection). */
  skipUnsetEnv?: boolean;
}

export interface ProcessResult {
  result: string;
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
}

/** An expansion error; `message` is BuildKit's full text. */
export class LexError extends Error {}

const EOF = '';

/** shell.EnvsFromSlice: an EnvGetter over `KEY=value` strings (later entries win). */
export function envFromList(list: readonly string[]): EnvGetter {
  const map = new Map<string, string>();
  const keys: string[] = [];
  for (const kv of list) {
    const i = kv.indexOf('=');
    const k = i < 0 ? kv : kv.slice(0, i);
    keys.push(k);
    map.set(k, i < 0 ? '' : kv.slice(i + 1));
  }
  return { get: (k) => map.get(k), keys: () => keys };
}

/** ProcessWordWithMatches: expand one word (no splitting) and report the names it used. */
export function processWord(word: string, env: EnvGetter, opts: LexOptions = {}): ProcessResult {
  return new ShellWord(word, env, opts).process();
}

/** ProcessWords: expand, then split into words as BuildKit does. */
export function processWords(word: string, env: EnvGetter, opts: LexOptions = {}): string[] {
  return new ShellWord(word, env, opts).process().words;
}

class Words {
  readonly buf: { s: string };
  words: string[] = [];
  inWord = false;
  constructor(buf: { s: string }) {
    this.buf = buf;
  }
  addChar(ch: string): void {
    if (isSpace(ch) && this.inWord) {
      if (this.buf.s.length !== 0) {
        this.words.push(this.buf.s);
        this.buf.s = '';
        this.inWord = false;
      }
    } else if (!isSpace(ch)) this.addRawChar(ch);
  }
  addRawChar(ch: string): void {
    this.buf.s += ch;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  addRawString(s: string): void {
    this.buf.s += s;
    this.inWord = true;
  }
  getWords(): string[] {
    if (this.buf.s.length > 0) {
      this.words.push(this.buf.s);
      this.buf.s = '';
      this.inWord = false;
    }
    return this.words;
  }
}

class ShellWord {
  private readonly src: string;
  private readonly chars: string[];
  private pos = 0;
  private readonly env: EnvGetter;
  private readonly escape: string;
  private readonly opts: LexOptions;
  private rawEscapes: boolean;
  /** Shared by nested processStopOn calls, as Go's shellWord.wordsBuffer is. */
  private readonly wordsBuffer = { s: '' };
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();

  constructor(word: string, env: EnvGetter, opts: LexOptions) {
    this.src = word;
    this.chars = Array.from(word);
    this.env = env;
    this.opts = opts;
    this.escape = opts.escapeToken ?? '\\';
    this.rawEscapes = opts.rawEscapes ?? false;
  }

  process(): ProcessResult {
    try {
      const [result, words] = this.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: this.matched, unmatched: this.unmatched };
    } catch (e) {
      if (e instanceof LexError || e instanceof PatternSubstitutionError) {
        throw new LexError(`failed to process ${goQuote(this.src)}: ${e.message}`);
      }
      throw e;
    }
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }

  private next(): string {
    const ch = this.chars[this.pos] ?? EOF;
    if (ch !== EOF) this.pos++;
    return ch;
  }

  private processStopOn(stop: string, rawEscapes: boolean): [string, string[]] {
    let result = '';
    this.wordsBuffer.s = '';
    const words = new Words(this.wordsBuffer);
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        const ch = this.peek();
        if (stop !== EOF && ch === stop) {
          this.next();
          return [result, words.getWords()];
        }
        const special = this.special(ch);
        if (special) {
          const tmp = special();
          result += tmp;
          if (ch === '$') words.addString(tmp);
          else words.addRawString(tmp);
          continue;
        }
        let c = this.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += c;
          }
          c = this.next();
          if (c === EOF) break;
          words.addRawChar(c);
        } else words.addChar(c);
        result += c;
      }
      if (stop !== EOF) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
      return [result, words.getWords()];
    } finally {
      this.rawEscapes = saved;
    }
  }

  private special(ch: string): (() => string) | null {
    if (ch === '$') return () => this.processDollar();
    if (ch === '<') return () => this.processPossibleHeredoc();
    if (this.opts.skipProcessQuotes) return null;
    if (ch === "'") return () => this.processSingleQuote();
    if (ch === '"') return () => this.processDoubleQuote();
    return null;
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return this.opts.rawQuotes ? result + ch : result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.opts.rawQuotes) result += open;
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (p === '"') {
        const ch = this.next();
        return this.opts.rawQuotes ? result + ch : result;
      }
      if (p === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const n = this.peek();
        if (n === EOF) continue; // a trailing escape inside quotes is dropped
        if (n === '"' || n === '$' || n === this.escape) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `$${name}`;
      return value ?? '';
    }
    this.next();
    const p = this.peek();
    if (p === EOF) throw new LexError("syntax error: missing '}'");
    if (p === '{' || p === '}' || p === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    const ch = this.next();
    if (ch === EOF) throw new LexError('unsupported modifier (\uFFFD) in substitution');
    if (ch === '}') {
      const value = this.getEnv(name);
      if (value === undefined && this.opts.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (':+-?#%'.includes(ch)) return this.processModifier(name, ch);
    if (ch === '/') return this.processReplace(name);
    throw new LexError(`unsupported modifier (${ch}) in substitution`);
  }

  private processModifier(name: string, first: string): string {
    let ch = first;
    let chs = first;
    const nullIsUnset = first === ':';
    if (nullIsUnset) {
      ch = this.next();
      chs += ch === EOF ? '\uFFFD' : ch; // Go's string(rune(EOF))
    }
    const rawEscapes = ch === '#' || ch === '%';
    if (nullIsUnset && rawEscapes) throw new LexError(`unsupported modifier (${chs}) in substitution`);
    const word = this.stopOnOrMissing('}', rawEscapes, "syntax error: missing '}'");
    const value = this.getEnv(name);
    const set = value !== undefined;
    if (this.opts.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;
    const empty = !set || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return empty ? word : (value as string);
      case '+':
        return empty ? '' : word;
      case '?':
        if (!set) throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return value as string;
      case '%':
      case '#': {
        const greedy = word.length > 0 && word[0] === ch;
        const pattern = greedy ? word.slice(1) : word;
        return ch === '%' ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
      }
      default:
        throw new LexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    const pattern = this.stopOnOrMissing('/', true, "syntax error: missing '/' in ${}");
    const replacement = this.stopOnOrMissing('}', true, "syntax error: missing '}'");
    const value = this.getEnv(name);
    if (this.opts.skipUnsetEnv && value === undefined) return `\${${name}/${pattern}/${replacement}}`;
    return replacePattern(value ?? '', pattern, replacement, all);
  }

  /** processStopOn, turning "ran out of input" into the caller's own syntax error. */
  private stopOnOrMissing(stop: string, rawEscapes: boolean, missing: string): string {
    try {
      return this.processStopOn(stop, rawEscapes)[0];
    } catch (e) {
      if (e instanceof LexError && this.peek() === EOF) throw new LexError(missing);
      throw e;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name.length === 0 && isDigit(ch)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += this.next();
        return name;
      }
      if (name.length === 0 && '@*#?-$!0'.includes(ch)) return this.next();
      if (!isLetter(ch) && !isDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private processPossibleHeredoc(): string {
    this.next();
    if (this.peek() !== '<') return '<';
    this.next();
    let space = '';
    while (this.peek() === '\t' || this.peek() === '\r' || this.peek() === ' ') space += this.next();
    return `<<${space}`;
  }

  private getEnv(name: string): string | undefined {
    const v = this.env.get(name);
    if (v !== undefined) this.matched.add(name);
    else this.unmatched.add(name);
    return v;
  }
}
