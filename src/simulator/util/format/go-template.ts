// Go's text/template, as docker's --format and inspect -f use it (docker/cli templates/templates.go
// adds json, split, join, title, lower, upper, pad, truncate to Go's builtins). Parse once with
// parseTemplate, execute with executeTemplate against plain JS values (see go-value.ts for how JS
// values stand in for Go's: undefined is a missing map key, null is nil, goStruct marks a struct).
//
// Ported from Go's text/template and text/template/parse (lexer states, parser, exec) so the
// error messages are Go's, e.g.
//   template: :1: function "foo" not defined
//   template: :1: unclosed action
//   template: :3: unclosed action started at :1
//   template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *formatter.ContainerContext
// Positions are byte offsets in the line, as Go counts them. Everything is returned as values.
//
// How docker reports them (docker/cli):
//   - formatter.Context (ps, images, volume ls, network ls, ...): both a parse error and an
//     execution error are printed as "template parsing error: <go error>" on stderr, exit status 1,
//     and nothing is written to stdout (rows are buffered until every row has been executed).
//   - docker ps checks the template first: "failed to parse template: <go error>" or
//     "failed to execute template: <go error>" (executed against an empty container), exit 1.
//   - docker inspect -f: a parse error is "template parsing error: <go error>" with exit status 64;
//     an execution error makes it retry on the raw JSON (maps, option missingkey=error), so a
//     missing field reads "template parsing error: template: :1:2: executing "" at <.Foo>: map
//     has no entry for key "Foo"" with exit status 1.
//
// Supported: text, {{ }} with {{- -}} trimming, comments, fields and chains, map keys, variables
// ($, $x := / $x =), pipelines, parenthesised pipelines, if/else if/else with/else, range (arrays,
// maps in key order, integers as Go 1.22+, $i, $v :=, break, continue), with, define/template/block,
// Go's builtins (and or not len index slice eq ne lt le gt ge print printf println html js
// urlquery call) and docker's funcs. Not supported: complex numbers (a parse error here).
import {
  elemType,
  goMethodsOf,
  goTypeName,
  isGoInt,
  isGoMap,
  isGoStruct,
  mapElemType,
  sortedKeys,
  goMapKeys,
  utf8Bytes,
  utf8Decode,
  utf8Length,
  zeroValueOf,
  type GoFunc,
  type GoMethod,
  type GoParam,
} from './go-value.ts';
import { formatValue, goQuote, goSprint, goSprintf, goSprintln, formatUnicode, isPrint } from './go-fmt.ts';
import { goJsonMarshal } from './go-json.ts';

export type { GoFunc };
export type TemplateFuncs = Record<string, GoFunc>;

// ===========================================================================
// Lexer (text/template/parse/lex.go)

const ITEM = {
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
type ItemType = (typeof ITEM)[keyof typeof ITEM];
const I = ITEM;

const KEYWORDS: Record<string, ItemType> = {
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
const KEYWORD_TYPES = new Set<ItemType>([I.block, I.break, I.continue, I.dot, I.define, I.else, I.end, I.if, I.nil, I.range, I.template, I.with]);

interface Item {
  typ: ItemType;
  pos: number;
  val: string;
  line: number;
}

function itemString(it: Item): string {
  if (it.typ === I.eof) return 'EOF';
  if (it.typ === I.error) return it.val;
  if (KEYWORD_TYPES.has(it.typ)) return `<${it.val}>`;
  const runes = [...it.val];
  if (runes.length > 10) return `${goQuote(runes.slice(0, 10).join(''))}...`;
  return goQuote(it.val);
}

const LEFT = '{{';
const RIGHT = '}}';
const EOF = -1;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

function isAlphaNumeric(c: number): boolean {
  if (c < 0) return false;
  if (c === 0x5f) return true;
  return /[\p{L}\p{Nd}]/u.test(String.fromCodePoint(c));
}

function hasLeftTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && s[at] === '-' && isSpace(s.charCodeAt(at + 1));
}

function hasRightTrimMarker(s: string, at: number): boolean {
  return s.length >= at + 2 && isSpace(s.charCodeAt(at)) && s[at + 1] === '-';
}

type StateFn = ((l: Lexer) => StateFn) | null;

class Lexer {
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

function rightTrimLength(s: string): number {
  return s.length - s.replace(/[ \t\r\n]+$/, '').length;
}

function leftTrimLength(s: string): number {
  return s.length - s.replace(/^[ \t\r\n]+/, '').length;
}

function lexText(l: Lexer): StateFn {
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

function lexLeftDelim(l: Lexer): StateFn {
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

function lexComment(l: Lexer): StateFn {
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

function lexRightDelim(l: Lexer): StateFn {
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

function fmtU(r: number): string {
  return formatUnicode(r, true);
}

function lexInsideAction(l: Lexer): StateFn {
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

function lexSpace(l: Lexer): StateFn {
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

function lexIdentifier(l: Lexer): StateFn {
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

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, I.field);
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) {
    l.emit(I.variable);
    return lexInsideAction;
  }
  return lexFieldOrVariable(l, I.variable);
}

function lexFieldOrVariable(l: Lexer, typ: ItemType): StateFn {
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

function lexChar(l: Lexer): StateFn {
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

function scanNumber(l: Lexer): boolean {
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

function lexNumber(l: Lexer): StateFn {
  if (!scanNumber(l)) return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
  const sign = l.peek();
  if (sign === 0x2b || sign === 0x2d) {
    if (!scanNumber(l) || l.input[l.pos - 1] !== 'i') return l.errorf(`bad number syntax: ${goQuote(l.input.slice(l.start, l.pos))}`);
    l.emit(I.complex);
  } else l.emit(I.number);
  return lexInsideAction;
}

function lexQuote(l: Lexer): StateFn {
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

function lexRawQuote(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (r === EOF) return l.errorf('unterminated raw quoted string');
    if (r === 0x60) break;
  }
  l.emit(I.rawString);
  return lexInsideAction;
}

// ===========================================================================
// strconv.Unquote and number parsing for literals

class SyntaxErr extends Error {}

function unquoteChar(s: string, i: number, quote: string): { cp: number; next: number } {
  const c = s[i];
  if (c === quote && (quote === "'" || quote === '"')) throw new SyntaxErr('invalid syntax');
  if (c !== '\\') {
    const cp = s.codePointAt(i)!;
    return { cp, next: i + (cp > 0xffff ? 2 : 1) };
  }
  const e = s[i + 1];
  if (e === undefined) throw new SyntaxErr('invalid syntax');
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 92 };
  if (e in simple) return { cp: simple[e], next: i + 2 };
  if (e === "'" || e === '"') {
    if (e !== quote) throw new SyntaxErr('invalid syntax');
    return { cp: e.charCodeAt(0), next: i + 2 };
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const h = s.slice(i + 2, i + 2 + n);
    if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) throw new SyntaxErr('invalid syntax');
    const cp = parseInt(h, 16);
    if (e !== 'x' && (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) throw new SyntaxErr('invalid syntax');
    return { cp: e === 'x' ? -1 - cp : cp, next: i + 2 + n }; // \x is a byte: negative marks it
  }
  if (e >= '0' && e <= '7') {
    const o = s.slice(i + 1, i + 4);
    if (!/^[0-7]{3}$/.test(o)) throw new SyntaxErr('invalid syntax');
    const v = parseInt(o, 8);
    if (v > 255) throw new SyntaxErr('invalid syntax');
    return { cp: -1 - v, next: i + 4 };
  }
  throw new SyntaxErr('invalid syntax');
}

/** strconv.Unquote for "...", `...` and '...' literals. */
function unquote(lit: string): string {
  const q = lit[0];
  if (lit.length < 2 || lit[lit.length - 1] !== q) throw new SyntaxErr('invalid syntax');
  const body = lit.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new SyntaxErr('invalid syntax');
    return body.replace(/\r/g, '');
  }
  if (q !== '"' && q !== "'") throw new SyntaxErr('invalid syntax');
  if (body.includes('\n')) throw new SyntaxErr('invalid syntax');
  const bytes: number[] = [];
  let i = 0;
  let count = 0;
  while (i < body.length) {
    const { cp, next } = unquoteChar(body, i, q);
    if (cp < 0) bytes.push(-1 - cp);
    else bytes.push(...utf8Bytes(String.fromCodePoint(cp)));
    i = next;
    count++;
  }
  if (q === "'" && count !== 1) throw new SyntaxErr('invalid syntax');
  return utf8Decode(bytes);
}

function charConstantValue(lit: string): number {
  const body = lit.slice(1, -1);
  if (body === '') throw new SyntaxErr(`malformed character constant: ${lit}`);
  let r: { cp: number; next: number };
  try {
    r = unquoteChar(body, 0, "'");
  } catch {
    throw new SyntaxErr(`malformed character constant: ${lit}`);
  }
  if (r.next !== body.length) throw new SyntaxErr(`malformed character constant: ${lit}`);
  return r.cp < 0 ? -1 - r.cp : r.cp;
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

function underscoreOK(s: string): boolean {
  // Underscores only between digits, or between a base prefix and a digit.
  let saw = '^';
  let i = 0;
  if (s[0] === '+' || s[0] === '-') s = s.slice(1);
  let hexa = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1])) {
    i = 2;
    saw = '0';
    hexa = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i];
    if ((c >= '0' && c <= '9') || (hexa && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseInt/ParseUint with base 0; null on failure. */
function parseGoInteger(text: string): bigint | null {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s.includes('_') && !underscoreOK(text)) return null;
  let digits = s.replace(/_/g, '');
  let base = 10;
  if (/^0[xX]/.test(digits)) { base = 16; digits = digits.slice(2); }
  else if (/^0[bB]/.test(digits)) { base = 2; digits = digits.slice(2); }
  else if (/^0[oO]/.test(digits)) { base = 8; digits = digits.slice(2); }
  else if (digits.length > 1 && digits[0] === '0') { base = 8; digits = digits.slice(1); }
  const valid = base === 16 ? /^[0-9a-fA-F]+$/ : base === 2 ? /^[01]+$/ : base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!valid.test(digits)) return null;
  let v = 0n;
  for (const c of digits) v = v * BigInt(base) + BigInt(parseInt(c, 16));
  return neg ? -v : v;
}

function parseGoFloat(text: string): number | null {
  if (text.includes('_') && !underscoreOK(text)) return null;
  const s = text.replace(/_/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
  if (m && (m[2] + (m[3] ?? '')).length > 0) {
    const mant = parseInt(`${m[2]}${m[3] ?? ''}` || '0', 16);
    const v = mant * 2 ** (Number(m[4]) - 4 * (m[3] ?? '').length);
    return m[1] === '-' ? -v : v;
  }
  return null;
}

// ===========================================================================
// Parse tree (text/template/parse/node.go)

interface Base {
  pos: number;
}
export interface ListNode extends Base { type: 'list'; nodes: Node[] }
interface TextNode extends Base { type: 'text'; text: string }
interface CommentNode extends Base { type: 'comment'; text: string }
interface ActionNode extends Base { type: 'action'; line: number; pipe: PipeNode }
interface BranchNode extends Base { type: 'if' | 'range' | 'with'; line: number; pipe: PipeNode; list: ListNode; elseList: ListNode | null }
interface BreakNode extends Base { type: 'break' | 'continue'; line: number }
interface TemplateNode extends Base { type: 'template'; line: number; name: string; pipe: PipeNode | null }
interface EndNode extends Base { type: 'end' | 'else'; line: number }
interface PipeNode extends Base { type: 'pipe'; line: number; isAssign: boolean; decl: VariableNode[]; cmds: CommandNode[] }
interface CommandNode extends Base { type: 'command'; args: Node[] }
interface FieldNode extends Base { type: 'field'; ident: string[] }
interface ChainNode extends Base { type: 'chain'; node: Node; field: string[] }
interface IdentifierNode extends Base { type: 'identifier'; ident: string }
interface VariableNode extends Base { type: 'variable'; ident: string[] }
interface DotNode extends Base { type: 'dot' }
interface NilNode extends Base { type: 'nil' }
interface BoolNode extends Base { type: 'bool'; val: boolean }
interface NumberNode extends Base {
  type: 'number';
  text: string;
  isInt: boolean;
  isUint: boolean;
  isFloat: boolean;
  int: bigint;
  float: number;
}
interface StringNode extends Base { type: 'string'; quoted: string; text: string }

type Node =
  | ListNode | TextNode | CommentNode | ActionNode | BranchNode | BreakNode | TemplateNode | EndNode
  | PipeNode | CommandNode | FieldNode | ChainNode | IdentifierNode | VariableNode | DotNode | NilNode
  | BoolNode | NumberNode | StringNode;

function nodeString(n: Node): string {
  switch (n.type) {
    case 'list': return n.nodes.map(nodeString).join('');
    case 'text': return n.text;
    case 'comment': return `{{${n.text}}}`;
    case 'action': return `{{${nodeString(n.pipe)}}}`;
    case 'if': case 'range': case 'with': {
      let s = `{{${n.type} ${nodeString(n.pipe)}}}${nodeString(n.list)}`;
      if (n.elseList) s += `{{else}}${nodeString(n.elseList)}`;
      return `${s}{{end}}`;
    }
    case 'break': return '{{break}}';
    case 'continue': return '{{continue}}';
    case 'template': return n.pipe ? `{{template ${goQuote(n.name)} ${nodeString(n.pipe)}}}` : `{{template ${goQuote(n.name)}}}`;
    case 'end': return '{{end}}';
    case 'else': return '{{else}}';
    case 'pipe': {
      let s = n.decl.length ? `${n.decl.map(nodeString).join(', ')} := ` : '';
      s += n.cmds.map(nodeString).join(' | ');
      return s;
    }
    case 'command': return n.args.map((a) => (a.type === 'pipe' ? `(${nodeString(a)})` : nodeString(a))).join(' ');
    case 'field': return n.ident.map((id) => `.${id}`).join('');
    case 'chain': return (n.node.type === 'pipe' ? `(${nodeString(n.node)})` : nodeString(n.node)) + n.field.map((f) => `.${f}`).join('');
    case 'identifier': return n.ident;
    case 'variable': return n.ident.join('.');
    case 'dot': return '.';
    case 'nil': return 'nil';
    case 'bool': return n.val ? 'true' : 'false';
    case 'number': return n.text;
    case 'string': return n.quoted;
  }
}

// ===========================================================================
// Parser (text/template/parse/parse.go)

class ParseError extends Error {}

class Parser {
  name: string;
  items: Item[];
  idx = 0;
  token: Item[] = [];
  peekCount = 0;
  vars: string[] = ['$'];
  actionLine = 0;
  rangeDepth = 0;
  funcs: (name: string) => boolean;
  trees: Map<string, ListNode>;

  constructor(name: string, funcs: (n: string) => boolean, trees: Map<string, ListNode>, items: Item[]) {
    this.name = name;
    this.funcs = funcs;
    this.trees = trees;
    this.items = items;
    this.token = [items[0], items[0], items[0]];
  }

  lexNext(): Item {
    const it = this.items[Math.min(this.idx, this.items.length - 1)];
    this.idx++;
    return it;
  }

  next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lexNext();
    return this.token[this.peekCount];
  }

  backup(): void {
    this.peekCount++;
  }

  backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1];
    this.peekCount = 1;
    this.token[0] = this.lexNext();
    return this.token[0];
  }

  nextNonSpace(): Item {
    for (;;) {
      const t = this.next();
      if (t.typ !== I.space) return t;
    }
  }

  peekNonSpace(): Item {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }

  errorf(msg: string): never {
    throw new ParseError(`template: ${this.name}:${this.token[0].line}: ${msg}`);
  }

  expect(expected: ItemType, context: string): Item {
    const t = this.nextNonSpace();
    if (t.typ !== expected) this.unexpected(t, context);
    return t;
  }

  unexpected(token: Item, context: string): never {
    if (token.typ === I.error) {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.name}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.errorf(`${itemString(token)}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }

  parse(): ListNode {
    const root: ListNode = { type: 'list', pos: this.peek().pos, nodes: [] };
    while (this.peek().typ !== I.eof) {
      if (this.peek().typ === I.leftDelim) {
        const delim = this.next();
        if (this.nextNonSpace().typ === I.define) {
          this.parseDefinition();
          continue;
        }
        this.backup2(delim);
      }
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') this.errorf(`unexpected ${nodeString(n)}`);
      root.nodes.push(n);
    }
    return root;
  }

  addTree(name: string, root: ListNode): void {
    const old = this.trees.get(name);
    if (old === undefined || isEmptyTree(old)) {
      this.trees.set(name, root);
      return;
    }
    if (!isEmptyTree(root)) this.errorf(`template: multiple definition of template ${goQuote(name)}`);
  }

  parseDefinition(): void {
    const context = 'define clause';
    const nameTok = this.nextNonSpace();
    if (nameTok.typ !== I.string && nameTok.typ !== I.rawString) this.unexpected(nameTok, context);
    let name: string;
    try {
      name = unquote(nameTok.val);
    } catch (e) {
      this.errorf((e as Error).message);
    }
    this.expect(I.rightDelim, context);
    const savedVars = this.vars;
    this.vars = ['$'];
    const { list, next } = this.itemList();
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`);
    this.vars = savedVars;
    this.addTree(name, list);
  }

  itemList(): { list: ListNode; next: Node } {
    const list: ListNode = { type: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().typ !== I.eof) {
      const n = this.textOrAction();
      if (n.type === 'end' || n.type === 'else') return { list, next: n };
      list.nodes.push(n);
    }
    this.errorf('unexpected EOF');
  }

  textOrAction(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case I.text:
        return { type: 'text', pos: token.pos, text: token.val };
      case I.leftDelim: {
        this.actionLine = token.line;
        try {
          return this.action();
        } finally {
          this.actionLine = 0;
        }
      }
      case I.comment:
        return { type: 'comment', pos: token.pos, text: token.val };
      default:
        this.unexpected(token, 'input');
    }
  }

  action(): Node {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case I.block: return this.blockControl();
      case I.break: return this.breakControl(token.pos, token.line, 'break');
      case I.continue: return this.breakControl(token.pos, token.line, 'continue');
      case I.else: return this.elseControl();
      case I.end: return { type: 'end', pos: this.expect(I.rightDelim, 'end').pos, line: token.line };
      case I.if: return this.control('if');
      case I.range: return this.control('range');
      case I.template: return this.templateControl();
      case I.with: return this.control('with');
    }
    this.backup();
    const t = this.peek();
    return { type: 'action', pos: t.pos, line: t.line, pipe: this.pipeline('command', I.rightDelim) };
  }

  breakControl(pos: number, line: number, kind: 'break' | 'continue'): Node {
    const token = this.nextNonSpace();
    if (token.typ !== I.rightDelim) this.unexpected(token, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { type: kind, pos, line };
  }

  pipeline(context: string, end: ItemType): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: first.pos, line: first.line, isAssign: false, decl: [], cmds: [] };
    // Declarations or assignments.
    for (;;) {
      const v = this.peekNonSpace();
      if (v.typ !== I.variable) break;
      this.next();
      const tokenAfterVariable = this.peek();
      const next = this.peekNonSpace();
      if (next.typ === I.assign || next.typ === I.declare) {
        pipe.isAssign = next.typ === I.assign;
        this.nextNonSpace();
        pipe.decl.push(newVariable(v.pos, v.val));
        this.vars.push(v.val);
      } else if (next.typ === I.char && next.val === ',') {
        this.nextNonSpace();
        pipe.decl.push(newVariable(v.pos, v.val));
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace().typ;
          if (p === I.variable || p === I.rightDelim || p === I.rightParen) continue; // second variable
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      } else if (tokenAfterVariable.typ === I.space) {
        this.backup3(v, tokenAfterVariable);
      } else {
        this.backup2(v);
      }
      break;
    }
    for (;;) {
      const token = this.nextNonSpace();
      switch (token.typ) {
        case end:
          this.checkPipeline(pipe, context);
          return pipe;
        case I.bool: case I.charConstant: case I.complex: case I.dot: case I.field: case I.identifier:
        case I.number: case I.nil: case I.rawString: case I.string: case I.variable: case I.leftParen:
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(token, context);
      }
    }
  }

  checkPipeline(pipe: PipeNode, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0].type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  control(context: 'if' | 'range' | 'with'): BranchNode {
    const varsLen = this.vars.length;
    try {
      const pipe = this.pipeline(context, I.rightDelim);
      if (context === 'range') this.rangeDepth++;
      const r = this.itemList();
      if (context === 'range') this.rangeDepth--;
      const list = r.list;
      let next = r.next;
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        // "else if" / "else with": treat {{if a}}_{{else if b}}_{{end}} as {{if a}}_{{else}}{{if b}}_{{end}}{{end}}.
        const pk = this.peek().typ;
        if ((context === 'if' && pk === I.if) || (context === 'with' && pk === I.with)) {
          this.next();
          elseList = { type: 'list', pos: next.pos, nodes: [this.control(context)] };
        } else {
          const e = this.itemList();
          elseList = e.list;
          next = e.next;
          if (next.type !== 'end') this.errorf(`expected end; found ${nodeString(next)}`);
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      this.vars.length = varsLen;
    }
  }

  elseControl(): Node {
    const peek = this.peekNonSpace();
    if (peek.typ === I.if || peek.typ === I.with) return { type: 'else', pos: peek.pos, line: peek.line };
    const token = this.expect(I.rightDelim, 'else');
    return { type: 'else', pos: token.pos, line: token.line };
  }

  parseTemplateName(token: Item, context: string): string {
    if (token.typ === I.string || token.typ === I.rawString) {
      try {
        return unquote(token.val);
      } catch (e) {
        this.errorf((e as Error).message);
      }
    }
    this.unexpected(token, context);
  }

  blockControl(): Node {
    const context = 'block clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    const pipe = this.pipeline(context, I.rightDelim);
    const savedVars = this.vars;
    this.vars = ['$'];
    const { list, next } = this.itemList();
    this.vars = savedVars;
    if (next.type !== 'end') this.errorf(`unexpected ${nodeString(next)} in ${context}`);
    this.addTree(name, list);
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  templateControl(): Node {
    const context = 'template clause';
    const token = this.nextNonSpace();
    const name = this.parseTemplateName(token, context);
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().typ !== I.rightDelim) {
      this.backup();
      pipe = this.pipeline(context, I.rightDelim);
    }
    return { type: 'template', pos: token.pos, line: token.line, name, pipe };
  }

  command(): CommandNode {
    const cmd: CommandNode = { type: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) cmd.args.push(operand);
      const token = this.next();
      if (token.typ === I.space) continue;
      if (token.typ === I.rightDelim || token.typ === I.rightParen) this.backup();
      else if (token.typ !== I.pipe) this.unexpected(token, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  operand(): Node | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().typ === I.field) {
      const chain: ChainNode = { type: 'chain', pos: this.peek().pos, node, field: [] };
      while (this.peek().typ === I.field) chain.field.push(this.next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case 'variable':
          node = { type: 'variable', pos: chain.pos, ident: [...node.ident, ...chain.field] };
          break;
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          this.errorf(`unexpected . after term ${goQuote(nodeString(node))}`);
        default:
          node = chain;
      }
    }
    return node;
  }

  term(): Node | null {
    const token = this.nextNonSpace();
    switch (token.typ) {
      case I.identifier:
        if (!this.funcs(token.val)) this.errorf(`function ${goQuote(token.val)} not defined`);
        return { type: 'identifier', pos: token.pos, ident: token.val };
      case I.dot:
        return { type: 'dot', pos: token.pos };
      case I.nil:
        return { type: 'nil', pos: token.pos };
      case I.variable:
        return this.useVar(token.pos, token.val);
      case I.field:
        return { type: 'field', pos: token.pos, ident: [token.val.slice(1)] };
      case I.bool:
        return { type: 'bool', pos: token.pos, val: token.val === 'true' };
      case I.charConstant: case I.complex: case I.number:
        return this.newNumber(token);
      case I.leftParen:
        return this.pipeline('parenthesized pipeline', I.rightParen);
      case I.string: case I.rawString: {
        let text: string;
        try {
          text = unquote(token.val);
        } catch (e) {
          this.errorf((e as Error).message);
        }
        return { type: 'string', pos: token.pos, quoted: token.val, text };
      }
    }
    this.backup();
    return null;
  }

  newNumber(token: Item): NumberNode {
    const n: NumberNode = { type: 'number', pos: token.pos, text: token.val, isInt: false, isUint: false, isFloat: false, int: 0n, float: 0 };
    if (token.typ === I.charConstant) {
      let cp: number;
      try {
        cp = charConstantValue(token.val);
      } catch (e) {
        this.errorf((e as Error).message);
      }
      n.isInt = n.isUint = n.isFloat = true;
      n.int = BigInt(cp);
      n.float = cp;
      return n;
    }
    if (token.typ === I.complex) this.errorf(`illegal number syntax: ${goQuote(token.val)}`);
    const text = token.val;
    const iv = parseGoInteger(text);
    if (iv !== null) {
      if (iv >= 0n && iv <= UINT64_MAX) n.isUint = true;
      if (iv >= INT64_MIN && iv <= INT64_MAX) n.isInt = true;
      if (n.isInt || n.isUint) {
        n.int = iv;
        n.isFloat = true;
        n.float = Number(iv);
        return n;
      }
    }
    const f = parseGoFloat(text);
    if (f !== null && text !== '.' && !/^[+-]?\.?$/.test(text)) {
      if (!/[.eEpP]/.test(text)) this.errorf(`integer overflow: ${goQuote(text)}`);
      n.isFloat = true;
      n.float = f;
      if (Number.isInteger(f) && Math.abs(f) < 2 ** 63) {
        n.isInt = true;
        n.int = BigInt(f);
        if (f >= 0) n.isUint = true;
      }
      return n;
    }
    this.errorf(`illegal number syntax: ${goQuote(text)}`);
  }

  useVar(pos: number, name: string): VariableNode {
    const v = newVariable(pos, name);
    if (this.vars.includes(v.ident[0])) return v;
    this.errorf(`undefined variable ${goQuote(v.ident[0])}`);
  }
}

function newVariable(pos: number, ident: string): VariableNode {
  return { type: 'variable', pos, ident: ident.split('.') };
}

function isEmptyTree(n: Node): boolean {
  switch (n.type) {
    case 'comment': return true;
    case 'list': return n.nodes.every(isEmptyTree);
    case 'text': return n.text.trim() === '';
    default: return false;
  }
}

// ===========================================================================
// Public parse API

export interface ParsedTemplate {
  /** The template's name ("" for docker's --format templates). */
  name: string;
  text: string;
  root: ListNode;
  /** The named templates ({{define}} / {{block}}), with the top-level one under `name`. */
  trees: Map<string, ListNode>;
}

export type ParseResult = { ok: true; template: ParsedTemplate } | { ok: false; error: string };

export interface ParseOptions {
  name?: string;
  /** The functions that may be called; default docker's (templates.Parse): Go builtins + DOCKER_FUNCS. */
  funcs?: TemplateFuncs;
}

/** Parses like docker's templates.Parse (template.New("").Funcs(basicFunctions).Parse(format)). */
export function parseTemplate(text: string, opts: ParseOptions = {}): ParseResult {
  const name = opts.name ?? '';
  const funcs = opts.funcs ?? DOCKER_FUNCS;
  const has = (n: string): boolean => Object.prototype.hasOwnProperty.call(funcs, n) || Object.prototype.hasOwnProperty.call(GO_BUILTINS, n);
  const lexer = new Lexer(text, !has('break'), !has('continue'));
  const trees = new Map<string, ListNode>();
  try {
    const p = new Parser(name, has, trees, lexer.items);
    const root = p.parse();
    p.addTree(name, root);
    return { ok: true, template: { name, text, root: trees.get(name) ?? root, trees } };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}

// ===========================================================================
// Execution (text/template/exec.go)

const MISSING: unique symbol = Symbol('missingVal');
/**
 * A nil held in an interface{} (a JSON null in an untyped map or slice). Go tells it apart from a
 * typed nil pointer: at the end of a pipeline stage it becomes "no value" (prints <no value>),
 * where a nil struct field (null) prints <nil>.
 */
const NIL_IFACE: unique symbol = Symbol('nilInterface');

/** A value read out of a container: a null from an interface{} slot is a nil interface. */
function fromContainer(container: unknown, v: unknown): unknown {
  return v === null && elemType(container) === 'interface {}' ? NIL_IFACE : v;
}

function plain(v: unknown): unknown {
  return v === NIL_IFACE ? null : v;
}
type Final = unknown;
const BREAK: unique symbol = Symbol('break');
const CONTINUE: unique symbol = Symbol('continue');

class ExecError extends Error {}

/** A function's error result (Go returns it as the second result or panics). */
export class GoFuncError extends Error {}

function toGoFunc(m: GoMethod): GoFunc {
  if (typeof m === 'function') return { params: new Array<GoParam>(m.length).fill('any'), fn: m as (...a: unknown[]) => unknown };
  return m;
}

function paramTypeName(t: GoParam): string {
  switch (t) {
    case 'any': return 'interface {}';
    case 'value': return 'reflect.Value';
    default: return t;
  }
}

function isTrue(v: unknown): boolean {
  if (v === undefined || v === null || v === NIL_IFACE) return false;
  switch (typeof v) {
    case 'string': return v.length > 0;
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'boolean': return v;
    case 'function': return true;
    default: break;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (isGoMap(v)) return goMapKeys(v).length > 0;
  return true; // structs, pointers
}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export interface ExecOptions {
  /** The function map in effect (default DOCKER_FUNCS; DOCKER_HEADER_FUNCS for table headers). */
  funcs?: TemplateFuncs;
  /** Go's Option("missingkey=..."): 'default' yields <no value>, 'error' fails. */
  missingKey?: 'default' | 'error';
}

export type ExecResult = { ok: true; output: string } | { ok: false; error: string; output: string };

/** Go on wasm limits nested {{template}} calls to 1000; so do we (the JS stack is no deeper). */
const MAX_EXEC_DEPTH = 1000;

class State {
  tmpl: ParsedTemplate;
  tmplName: string;
  out: string[];
  node: Node | null = null;
  vars: { name: string; value: unknown }[];
  depth: number;
  funcs: TemplateFuncs;
  missingKeyError: boolean;

  constructor(tmpl: ParsedTemplate, tmplName: string, out: string[], dot: unknown, depth: number, funcs: TemplateFuncs, missingKeyError: boolean) {
    this.tmpl = tmpl;
    this.tmplName = tmplName;
    this.out = out;
    this.vars = [{ name: '$', value: dot }];
    this.depth = depth;
    this.funcs = funcs;
    this.missingKeyError = missingKeyError;
  }

  at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tmplName;
    if (this.node === null) throw new ExecError(`template: ${name}: ${msg}`);
    const pos = this.node.pos;
    const before = this.tmpl.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl === -1 ? utf8Length(before) : utf8Length(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    throw new ExecError(`template: ${this.tmpl.name}:${line}:${col}: executing ${goQuote(name)} at <${nodeString(this.node)}>: ${msg}`);
  }

  mark(): number {
    return this.vars.length;
  }

  pop(mark: number): void {
    this.vars.length = mark;
  }

  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  setTopVar(n: number, value: unknown): void {
    this.vars[this.vars.length - n].value = value;
  }

  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  // --- walk

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      case 'comment': return;
      case 'if': case 'with': return this.walkIfOrWith(node, dot);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range': return this.walkRange(dot, node);
      case 'template': return this.walkTemplate(dot, node);
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkIfOrWith(node: BranchNode, dot: unknown): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.mark();
      const one = (index: unknown, elem: unknown): void => {
        if (r.pipe.decl.length > 0) this.setTopVar(1, elem);
        if (r.pipe.decl.length > 1) this.setTopVar(2, index);
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      try {
        if (Array.isArray(val)) {
          for (let i = 0; i < val.length; i++) { ran = true; one(i, fromContainer(val, val[i])); }
        } else if (isGoMap(val)) {
          for (const k of sortedKeys(val)) { ran = true; one(k, fromContainer(val, val[k])); }
        } else if (isGoInt(val)) {
          if (r.pipe.decl.length > 1) this.errorf(`can't use ${formatValue(val, 'v')} to iterate over more than one variable`);
          const n = Number(val);
          for (let i = 0; i < n; i++) { ran = true; one(undefined, i); }
        } else if (val !== undefined && val !== null) {
          this.errorf(`range can't iterate over ${formatValue(val, 'v', undefined, 0, true)}`);
        }
      } catch (e) {
        if (e !== BREAK) throw e;
        ran = true;
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const root = this.tmpl.trees.get(t.name);
    if (!root) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const s = new State(this.tmpl, t.name, this.out, newDot, this.depth + 1, this.funcs, this.missingKeyError);
    s.walk(newDot, root);
  }

  // --- eval

  evalPipeline(dot: unknown, pipe: PipeNode | null): unknown {
    if (!pipe) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === NIL_IFACE) value = undefined; // an empty interface{} is "no value"
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  notAFunction(args: Node[] | null, final: Final): void {
    if ((args && args.length > 1) || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args![0])}`);
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
      default: break;
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool': return first.val;
      case 'dot': return dot;
      case 'nil': this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
      default: this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
    }
  }

  idealConstant(c: NumberNode): unknown {
    this.at(c);
    const isHexInt = /^0[xX]/.test(c.text) && !/[pP]/.test(c.text);
    const isRune = c.text.startsWith("'");
    if (c.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(c.text)) return c.float;
    if (c.isInt) return Number.isSafeInteger(Number(c.int)) ? Number(c.int) : c.int;
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  evalFieldNode(dot: unknown, field: FieldNode, args: Node[] | null, final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: unknown, chain: ChainNode, args: Node[] | null, final: Final): unknown {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: unknown, variable: VariableNode, args: Node[] | null, final: Final): unknown {
    this.at(variable);
    const value = this.varValue(variable.ident[0]);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: Node[] | null, final: Final): unknown {
    const n = ident.length;
    let staticType: string | undefined;
    for (let i = 0; i < n - 1; i++) {
      const container = receiver;
      receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, staticType);
      // The next receiver's static type: a map's element type (interface {} for JSON maps).
      staticType = isGoMap(container) && !isGoStruct(container) ? elemType(container) : undefined;
    }
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, staticType);
  }

  evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): unknown {
    this.at(node);
    const name = node.ident;
    let fn: GoFunc | undefined;
    let builtin = false;
    if (hasOwn(this.funcs, name)) fn = this.funcs[name];
    else if (hasOwn(GO_BUILTINS, name)) {
      fn = GO_BUILTINS[name];
      builtin = true;
    }
    if (!fn) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, fn, builtin, cmd, name, args, final);
  }

  evalField(dot: unknown, fieldName: string, node: Node, args: Node[] | null, final: Final, receiver: unknown, staticType?: string): unknown {
    if (receiver === undefined) {
      if (this.missingKeyError) this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return undefined;
    }
    if (receiver === null || receiver === NIL_IFACE) this.errorf(`nil pointer evaluating ${staticType ?? 'interface {}'}.${fieldName}`);
    const methods = goMethodsOf(receiver);
    if (methods && hasOwn(methods, fieldName)) return this.evalCall(dot, toGoFunc(methods[fieldName]), false, node, fieldName, args, final);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (isGoStruct(receiver)) {
      if (hasOwn(receiver, fieldName)) {
        const field = receiver[fieldName];
        if (typeof field === 'function') return this.evalCall(dot, toGoFunc(field as GoMethod), false, node, fieldName, args, final);
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return field;
      }
    } else if (isGoMap(receiver)) {
      const result = hasOwn(receiver, fieldName) ? receiver[fieldName] : undefined;
      // Not Go: a JS function stored in a map is called like a method (a convenience for contexts).
      if (typeof result === 'function') return this.evalCall(dot, toGoFunc(result as GoMethod), false, node, fieldName, args, final);
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      if (result === undefined && this.missingKeyError) this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
      return fromContainer(receiver, result);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${staticType ?? goTypeName(receiver)}`);
  }

  evalCall(dot: unknown, fun: GoFunc, isBuiltin: boolean, node: Node, name: string, argsIn: Node[] | null, final: Final): unknown {
    const args = argsIn ? argsIn.slice(1) : [];
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    let numFixed = args.length;
    if (fun.variadic) {
      numFixed = fun.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fun.params.length} got ${args.length}`);
    } else if (numIn !== fun.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fun.params.length} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: unknown;
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg);
        if (isTrue(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fun.params[i], args[i]));
    if (fun.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, fun.variadic, args[i]));
    if (final !== MISSING) {
      let t: GoParam = fun.params[fun.params.length - 1];
      if (fun.variadic) t = numIn - 1 < numFixed ? fun.params[numIn - 1] : fun.variadic;
      argv.push(this.validateType(final, t));
    }
    try {
      return fun.fn(...argv.map(plain));
    } catch (e) {
      if (e instanceof ExecError) throw e;
      this.at(node);
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  validateType(value: unknown, typ: GoParam): unknown {
    if (value === undefined) {
      if (typ === 'value') return undefined;
      if (typ === 'any') return null;
      this.errorf(`invalid value; expected ${paramTypeName(typ)}`);
    }
    switch (typ) {
      case 'any': return plain(value);
      case 'value': return value;
      case 'string':
        if (typeof value === 'string') return value;
        break;
      case 'int':
        if (isGoInt(value)) return Number(value);
        break;
      case 'bool':
        if (typeof value === 'boolean') return value;
        break;
    }
    this.errorf(`wrong type for value; expected ${paramTypeName(typ)}; got ${value === null || value === NIL_IFACE ? 'interface {}' : goTypeName(value)}`);
  }

  evalArg(dot: unknown, typ: GoParam, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot': return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'any') return null;
        if (typ === 'value') return undefined;
        this.errorf(`cannot assign nil to ${paramTypeName(typ)}`);
      case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable': return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe': return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier': return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain': return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
      default: break;
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.val;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return Number.isSafeInteger(Number(n.int)) ? Number(n.int) : n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      default:
        return this.evalEmptyInterface(dot, n);
    }
  }

  evalEmptyInterface(dot: unknown, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'bool': return n.val;
      case 'dot': return dot;
      case 'field': return this.evalFieldNode(dot, n, null, MISSING);
      case 'identifier': return this.evalFunction(dot, n, n, null, MISSING);
      case 'nil': this.errorf('evalEmptyInterface: nil (can\'t happen)');
      case 'number': return this.idealConstant(n);
      case 'string': return n.text;
      case 'variable': return this.evalVariableNode(dot, n, null, MISSING);
      case 'pipe': return this.evalPipeline(dot, n);
      default: this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
  }

  printValue(n: Node, v: unknown): void {
    this.at(n);
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(n)} of type ${goTypeName(v)}`);
    this.out.push(v === undefined ? '<no value>' : formatValue(v, 'v', undefined, 0, true));
  }
}

/** Executes a parsed template against `data`. On error, `output` holds what was written before it. */
export function executeTemplate(tmpl: ParsedTemplate, data: unknown, opts: ExecOptions = {}): ExecResult {
  const out: string[] = [];
  if (data === null) data = undefined; // Execute(w, nil): reflect.ValueOf(nil) is no value
  const s = new State(tmpl, tmpl.name, out, data, 0, opts.funcs ?? DOCKER_FUNCS, opts.missingKey === 'error');
  try {
    s.walk(data, tmpl.root);
    return { ok: true, output: out.join('') };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message, output: out.join('') };
    if (e === BREAK || e === CONTINUE) return { ok: true, output: out.join('') };
    throw e;
  }
}

/** Parse and execute in one go (docker's default function map unless opts.funcs). */
export function renderTemplate(text: string, data: unknown, opts: ExecOptions & { name?: string } = {}): ExecResult {
  const p = parseTemplate(text, { name: opts.name, funcs: opts.funcs });
  if (!p.ok) return { ok: false, error: p.error, output: '' };
  return executeTemplate(p.template, data, opts);
}

// ===========================================================================
// Go's builtin functions (text/template/funcs.go)

function fail(msg: string): never {
  throw new GoFuncError(msg);
}

/** The type name after reflect's indirect (a *T struct is looked at as T). */
function derefType(v: unknown): string {
  const t = goTypeName(v);
  return isGoStruct(v) && t.startsWith('*') ? t.slice(1) : t;
}

function indexArg(index: unknown, cap: number): number {
  if (index === undefined) fail('cannot index slice/array with nil');
  if (!isGoInt(index)) fail(`cannot index slice/array with type ${goTypeName(index)}`);
  const x = Number(index);
  if (x < 0 || x > cap) fail(`index out of range: ${x}`);
  return x;
}

function goIndex(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('index of untyped nil');
  for (const idx of indexes) {
    if (item === null || item === NIL_IFACE) fail('index of nil pointer');
    if (typeof item === 'string') {
      const bytes = utf8Bytes(item);
      const x = indexArg(idx, bytes.length);
      if (x === bytes.length) fail(`index out of range: ${x}`);
      item = bytes[x];
    } else if (Array.isArray(item)) {
      const x = indexArg(idx, item.length);
      if (x === item.length) fail(`index out of range: ${x}`);
      item = fromContainer(item, item[x]);
    } else if (isGoMap(item)) {
      if (idx === undefined || idx === null) fail(`value is nil; should be of type string`);
      if (typeof idx !== 'string') fail(`value has type ${goTypeName(idx)}; should be string`);
      const m = item;
      item = fromContainer(m, hasOwn(m, idx) && m[idx] !== undefined ? m[idx] : zeroValueOf(mapElemType(m)));
    } else {
      fail(`can't index item of type ${derefType(item)}`);
    }
  }
  return item;
}

function goSlice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  let len: number;
  let bytes: number[] | null = null;
  if (typeof item === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    bytes = utf8Bytes(item);
    len = bytes.length;
  } else if (Array.isArray(item)) len = item.length;
  else fail(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, len];
  indexes.forEach((x, i) => { idx[i] = indexArg(x, len); });
  if (idx[0] > idx[1]) fail(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1] > idx[2]) fail(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  if (bytes) return utf8Decode(bytes.slice(idx[0], idx[1]));
  return (item as unknown[]).slice(idx[0], idx[1]);
}

function goLen(item: unknown): number {
  if (item === null) fail('len of nil pointer');
  if (item === undefined) fail('reflect: call of reflect.Value.Type on zero Value');
  if (typeof item === 'string') return utf8Length(item);
  if (Array.isArray(item)) return item.length;
  if (isGoMap(item)) return goMapKeys(item).length;
  fail(`len of type ${derefType(item)}`);
}

type Kind = 'invalid' | 'bool' | 'number' | 'string';

/**
 * Go's basicKind, except that ints and floats are one kind: JS cannot tell 2.0 from 2, so a float
 * that happens to be whole would otherwise be "incompatible" with a float (Go would compare
 * float64 with float64). Comparing a real int with a real float is an error in Go, true/false here.
 */
function basicKind(v: unknown): Kind {
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'string': return 'string';
    case 'bigint': case 'number': return 'number';
    default: return 'invalid';
  }
}

function numLess(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    if (Number.isInteger(a) || typeof a === 'bigint') {
      if (Number.isInteger(b) || typeof b === 'bigint') return BigInt(a as number) < BigInt(b as number);
    }
  }
  return Number(a) < Number(b);
}

function numEq(a: unknown, b: unknown): boolean {
  return !numLess(a, b) && !numLess(b, a);
}

function goEq(arg1: unknown, ...arg2: unknown[]): boolean {
  if (arg2.length === 0) fail('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of arg2) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (arg1 !== undefined && arg !== undefined) fail('incompatible types for comparison');
    } else if (k1 === 'number') {
      truth = numEq(arg1, arg);
    } else if (k1 !== 'invalid') {
      truth = arg1 === arg;
    } else {
      const nil1 = arg1 === undefined || arg1 === null, nil2 = arg === undefined || arg === null;
      if (nil1 || nil2) truth = nil1 === nil2;
      else if (Array.isArray(arg) || isGoMap(arg) || typeof arg === 'function') {
        fail(`non-comparable type ${formatValue(arg, 'v')}: ${goTypeName(arg)}`);
      } else truth = arg1 === arg;
    }
    if (truth) return true;
  }
  return false;
}

function goLt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid') fail('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === 'invalid') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'number') return numLess(a, b);
  return compareBytes(a as string, b as string) < 0;
}

function compareBytes(a: string, b: string): number {
  const x = utf8Bytes(a), y = utf8Bytes(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** text/template's evalArgs: Sprint of the arguments, one string argument passed through. */
function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return goSprint(args.map((a) => (a === undefined ? null : a)));
}

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\ufffd', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '\\': out += '\\\\'; continue;
      case "'": out += "\\'"; continue;
      case '"': out += '\\"'; continue;
      case '<': out += '\\u003C'; continue;
      case '>': out += '\\u003E'; continue;
      case '&': out += '\\u0026'; continue;
      case '=': out += '\\u003D'; continue;
    }
    if (cp < 0x20) out += `\\u00${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (cp >= 0x80 && !isPrint(cp)) out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of utf8Bytes(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function goCall(fn: unknown, ...args: unknown[]): unknown {
  if (fn === undefined || fn === null) fail('call of nil');
  if (typeof fn !== 'function') fail(`non-function of type ${goTypeName(fn)}`);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** Go's builtins (text/template funcs.go). */
export const GO_BUILTINS: TemplateFuncs = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined }, // evaluated specially (short-circuit)
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  call: { params: ['value'], variadic: 'value', fn: goCall },
  html: { params: [], variadic: 'any', fn: (...a) => htmlEscape(evalArgs(a)) },
  index: { params: ['value'], variadic: 'value', fn: goIndex },
  slice: { params: ['value'], variadic: 'value', fn: goSlice },
  js: { params: [], variadic: 'any', fn: (...a) => jsEscape(evalArgs(a)) },
  len: { params: ['value'], fn: goLen },
  not: { params: ['value'], fn: (a) => !isTrue(a) },
  print: { params: [], variadic: 'any', fn: (...a) => goSprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f, ...a) => goSprintf(f as string, a) },
  println: { params: [], variadic: 'any', fn: (...a) => goSprintln(a) },
  urlquery: { params: [], variadic: 'any', fn: (...a) => urlQueryEscape(evalArgs(a)) },
  eq: { params: ['value'], variadic: 'value', fn: goEq },
  ge: { params: ['value', 'value'], fn: (a, b) => !goLt(a, b) },
  gt: { params: ['value', 'value'], fn: (a, b) => !(goLt(a, b) || goEq(a, b)) },
  le: { params: ['value', 'value'], fn: (a, b) => goLt(a, b) || goEq(a, b) },
  lt: { params: ['value', 'value'], fn: goLt },
  ne: { params: ['value', 'value'], fn: (a, b) => !goEq(a, b) },
};

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

function isSeparator(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp <= 0x7f) {
    if (/[0-9a-zA-Z_]/.test(ch)) return false;
    return true;
  }
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

function toTitleRune(ch: string): string {
  const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ' };
  if (special[ch]) return special[ch];
  return simpleCase(ch, true);
}

/** unicode.ToUpper / ToLower on one rune: the simple (one-to-one) case mapping. */
function simpleCase(ch: string, upper: boolean): string {
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

function goJoin(elems: unknown, sep: unknown): string {
  if (elems === null || elems === undefined) return '';
  if (Array.isArray(elems)) return elems.map((e) => (typeof e === 'string' ? e : goSprint([e]))).join(sep as string);
  if (isGoMap(elems)) {
    const out = goMapKeys(elems).map((k) => goSprint([elems[k]]));
    return out.sort((a, b) => compareBytes(a, b)).join(sep as string);
  }
  fail(`expected slice, got ${goTypeName(elems)}`);
}

function truncateBytes(source: string, length: number): string {
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

const identity: GoFunc['fn'] = (v) => v;

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

