// Go text/template's lexer (text/template/parse/lex.go): items from template text.
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { goQuote, formatUnicode } from '../go-fmt.ts';

// ===========================================================================
// Lexer (text/template/parse/lex.go)

export const ITEM = {
  error: 'error',
  bool: 'bool',
  char: 'char',
  charConstant: 'charConstant',
  comment: 'comment',
  complex: 'complex',
  assign: 'assign',
  declare: 'declare',
  eof: 'eof',
  field: 'field',
  identifier: 'identifier',
  leftDelim: 'leftDelim',
  leftParen: 'leftParen',
  number: 'number',
  pipe: 'pipe',
  rawString: 'rawString',
  rightDelim: 'rightDelim',
  rightParen: 'rightParen',
  space: 'space',
  string: 'string',
  text: 'text',
  variable: 'variable',
  // keywords
  block: 'block',
  break: 'break',
  continue: 'continue',
  dot: 'dot',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  nil: 'nil',
  range: 'range',
  template: 'template',
  with: 'with',
} as const;
export type ItemType = (typeof ITEM)[keyof typeof ITEM];
export const I = ITEM;

export const KEYWORDS: Record<string, ItemType> = {
  '.': I.dot,
  block: I.block,
  break: I.break,
  continue: I.continue,
  define: I.define,
  else: I.else,
  end: I.end,
  if: I.if,
  range: I.range,
  nil: I.nil,
  template: I.template,
  with: I.with,
};
export const KEYWORD_TYPES = new Set<ItemType>([I.block, I.break, I.continue, I.dot, I.define, I.else, I.end, I.if, I.nil, I.range, I.template, I.with]);

export interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

export function itemString(it: Item): string {
  if (it.typ === I.eof) return 'EOF';
  if (it.typ === I.error) return it.val;
  if (KEYWORD_TYPES.has(it.typ)) return `<${it.val}>`;
  const runes = [...it.val];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(''))}...`;
  return goQuote(it.val);
}

export const LEFT = '{{';
export const RIGHT = '}}';
export const EOF = -1;

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

export function isAlphaNumeric(c: number): boolean {
  if (c < 0) return false;
  if (c === 0x5f) return true;
  return /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(c));
}

export function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && s[at] === '-' && isSpace(s.charCodeAt(at + 1));
}

export function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && isSpace(s.charCodeAt(at)) && s[at + 1] === '-';
}

export type StateFn = ((l: Lexer) => StateFn) | null;

export class Lexer {
  input: string;
  pos = 0;
  start = 0;
  atEOF = false;
  items: Item[] = [];
  parenDepth = 0;
  breakOK: boolean;
  continueOK: boolean;

  newlines: number[] = [];

  constructor(input: string, breakOK: boolean, continueOK: boolean) {
    this.input = input;
    for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) this.newlines.push(i);
    this.breakOK = breakOK;
    this.continueOK = continueOK;
    let state: StateFn = lexText;
    while (state) state = state(this);
  }

  /** 1 + the number of newlines before pos. */
  lineAt(pos: number): number {
    let lo = 0, hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const c = this.input.codePointAt(this.pos)!;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  peek(): number {
    const c = this.next();
    this.backup();
    return c;
  }

  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const lo = this.input.charCodeAt(this.pos - 1);
      this.pos -= lo >= 0xdc00 && lo <= 0xdfff && this.pos >= 2 ? 2 : 1;
    }
  }

  emit(t: ItemType): void {
    this.items.push({ typ: t, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.lineAt(this.start) });
    this.start = this.pos;
  }

  ignore(): void {
    this.start = this.pos;
  }

  accept(valid: string): boolean {
    const c = this.next();
    if (c !== EOF && valid.includes(String.fromCodePoint(c))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const c = this.next();
      if (c === EOF || !valid.includes(String.fromCodePoint(c))) break;
    }
    this.backup();
  }

  errorf(msg: string): StateFn {
    this.items.push({ typ: I.error, pos: this.start, val: msg, line: this.lineAt(this.start) });
    return null;
  }

  atRightDelim(): { delim: boolean; trim: boolean } {
    if (hasRightTrimMarker(this.input, this.pos) && this.input.startsWith(RIGHT, this.pos + 2)) return { delim: true, trim: true };
    if (this.input.startsWith(RIGHT, this.pos)) return { delim: true, trim: false };
    return { delim: false, trim: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    if (r === EOF) return true;
    if ('.,|:)('.includes(String.fromCodePoint(r))) return true;
    return this.input.startsWith(RIGHT, this.pos);
  }
}

export function rightTrimLength(s: string): number {
  return s.length - s.replace(/[ \t\r\n]+$/, '').length;
}

export function leftTrimLength(s: string): number {
  return s.length - s.replace(/^[ \t\r\n]+/, '').length;
}

export function lexText(l: Lexer): StateFn {
  const x = l.input.indexOf(LEFT, l.pos);
  if (x >= 0) {
    l.pos = x;
    let trimLength = 0;
    if (hasLeftTrimMarker(l.input, l.pos + LEFT.length)) trimLength = rightTrimLength(l.input.slice(l.start, l.pos));
    l.pos -= trimLength;
    if (l.pos > l.start) l.emit(I.text);
    l.pos += trimLength;
    l.ignore();
    return lexLeftDelim;
  }
  l.pos = l.input.length;
  if (l.pos > l.start) l.emit(I.text);
  l.emit(I.eof);
  return null;
}

export function lexLeftDelim(l: Lexer): StateFn {
  l.pos += LEFT.length;
  const trimSpace = hasLeftTrimMarker(l.input, l.pos);
  const afterMarker = trimSpace ? 2 : 0;
  if (l.input.startsWith('/*', l.pos + afterMarker)) {
    l.pos += afterMarker;
    l.ignore();
    return lexComment;
  }
  l.emit(I.leftDelim);
  l.pos += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return lexInsideAction;
}

export function lexComment(l: Lexer): StateFn {
  l.pos += 2;
  const i = l.input.indexOf('*/', l.pos);
  if (i < 0) return l.errorf('unclosed comment');
  l.pos = i + 2;
  const { delim, trim } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  if (trim) l.pos += 2;
  l.pos += RIGHT.length;
  if (trim) l.pos += leftTrimLength(l.input.slice(l.pos));
  l.ignore();
  return lexText;
}

export function lexRightDelim(l: Lexer): StateFn {
  const trimSpace = hasRightTrimMarker(l.input, l.pos);
  if (trimSpace) {
    l.pos += 2;
    l.ignore();
  }
  l.pos += RIGHT.length;
  l.emit(I.rightDelim);
  if (trimSpace) {
    l.pos += leftTrimLength(l.input.slice(l.pos));
    l.ignore();
  }
  return lexText;
}

export function fmtU(r: number): string {
  return formatUnicode(r, true);
}

export function lexInsideAction(l: Lexer): StateFn {
  const { delim } = l.atRightDelim();
  if (delim) {
    if (l.parenDepth === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup();
    return lexSpace;
  }
  const ch = String.fromCodePoint(r);
  if (ch === '=') l.emit(I.assign);
  else if (ch === ':') {
    if (l.next() !== 0x3d) return l.errorf('expected :=');
    l.emit(I.declare);
  } else if (ch === '|') l.emit(I.pipe);
  else if (ch === '"') return lexQuote;
  else if (ch === '`') return lexRawQuote;
  else if (ch === '$') return lexVariable;
  else if (ch === "'") return lexChar;
  else if (ch === '.' && l.pos < l.input.length && !(l.input[l.pos] >= '0' && l.input[l.pos] <= '9')) return lexField;
  else if (ch === '.' || ch === '+' || ch === '-' || (ch >= '0' && ch <= '9')) {
    l.backup();
    return lexNumber;
  } else if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  } else if (ch === '(') {
    l.emit(I.leftParen);
    l.parenDepth++;
  } else if (ch === ')') {
    l.emit(I.rightParen);
    l.parenDepth--;
    if (l.parenDepth < 0) return l.errorf(`unexpected right paren ${fmtU(r)}`);
  } else if (r <= 0x7f && r >= 0x20 && r !== 0x7f) l.emit(I.char);
  else return l.errorf(`unrecognized character in action: ${fmtU(r)}`);
  return lexInsideAction;
}

export function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(RIGHT, l.pos - 1 + 2)) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  l.emit(I.space);
  return lexInsideAction;
}

export function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.input.slice(l.start, l.pos);
    if (!l.atTerminator()) return l.errorf(`bad character ${fmtU(r)}`);
    const kw = KEYWORDS[word];
    if (kw !== undefined && Object.prototype.hasOwnProperty.call(KEYWORDS, word) && kw !== I.dot) {
      if ((kw === I.break && !l.breakOK) || (kw === I.continue && !l.continueOK)) l.emit(I.identifier);
      else l.emit(kw);
    } else if (word[0] === '.') l.emit(I.field);
    else if (word === 'true' || word === 'false') l.emit(I.bool);
    else l.emit(I.identifier);
    return lexInsideAction;
  }
}

export function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, I.field);
}

export function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) {
    l.emit(I.variable);
    return lexInsideAction;
  }
  return lexFieldOrVariable(l, I.variable);
}

export function lexFieldOrVariable(l: Lexer, typ: ItemType): StateFn {
  if (l.atTerminator()) {
    l.emit(typ === I.variable ? I.variable : I.dot);
    return lexInsideAction;
  }
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${fmtU(r)}`);
  l.emit(typ);
  return lexInsideAction;
}

export function lexChar(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf('unterminated character constant');
    }
    if (r === EOF || r === 10) return l.errorf('unterminated character constant');
    if (r === 0x27) break;
  }
  l.emit(I.charConstant);
  return lexInsideAction;
}

export function scanNumber(l: Lexer): boolean {
  l.accept('+-');
  let digits = '0123456789_';
  if (l.accept('0')) {
    if (l.accept('xX')) digits = '0123456789abcdefABCDEF_';
    else if (l.accept('oO')) digits = '01234567_';
    else if (l.accept('bB')) digits = '01_';
  }
  l.acceptRun(digits);
  if (l.accept('.')) l.acceptRun(digits);
  if (digits.length === 11 && l.accept('eE')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  if (digits.length === 23 && l.accept('pP')) {
    l.accept('+-');
    l.acceptRun('0123456789_');
  }
  l.accept('i');
  if (isAlphaNumeric(l.peek())) {
    l.next();
    return false;
  }
  return true;
}

export function lexNumber(l: Lexer): StateFn {
  if (!scanNumber(l)) return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
    l.emit(I.complex);
  } else l.emit(I.number);
  return lexInsideAction;
}

export function lexQuote(l: Lexer): StateFn {
  for (;;) {
    let r = l.next();
    if (r === 0x5c) {
      r = l.next();
      if (r !== EOF && r !== 10) continue;
      return l.errorf('unterminated quoted string');
    }
    if (r === EOF || r === 10) return l.errorf('unterminated quoted string');
    if (r === 0x22) break;
  }
  l.emit(I.string);
  return lexInsideAction;
}

export function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  l.emit(I.rawString);
  return lexInsideAction;
}
