// A port of go-yaml v4's scanner (internal/libyaml/scanner.go, v4.0.0-rc.6) reduced to what
// decides *whether and where* a document is malformed: tokens with their marks, simple keys,
// indentation levels, flow levels. Values are not built (the `yaml` package does that); only
// the positions and go-yaml's error texts matter here. Long because it mirrors the original
// function by function, which keeps it checkable against the source.

export interface Mark {
  index: number;
  /** 1-based, as go-yaml v4 reports them. */
  line: number;
  column: number;
}

export type TokenType =
  | 'STREAM-START' | 'STREAM-END' | 'DOCUMENT-START' | 'DOCUMENT-END' | 'DIRECTIVE'
  | 'BLOCK-SEQUENCE-START' | 'BLOCK-MAPPING-START' | 'BLOCK-END'
  | 'FLOW-SEQUENCE-START' | 'FLOW-SEQUENCE-END' | 'FLOW-MAPPING-START' | 'FLOW-MAPPING-END'
  | 'BLOCK-ENTRY' | 'FLOW-ENTRY' | 'KEY' | 'VALUE' | 'ALIAS' | 'ANCHOR' | 'TAG' | 'SCALAR';

export interface Token {
  type: TokenType;
  start: Mark;
  value?: string;
}

export class LibyamlError extends Error {
  readonly stage: string;
  readonly mark: Mark;
  readonly contextMsg: string;
  readonly contextMark?: Mark;
  constructor(stage: string, problem: string, mark: Mark, context = '', contextMark?: Mark) {
    super(problem);
    this.stage = stage;
    this.mark = mark;
    this.contextMsg = context;
    this.contextMark = contextMark;
  }
}

const scanError = (problem: string, mark: Mark, context = '', contextMark?: Mark) =>
  new LibyamlError('scanner', problem, mark, context, contextMark);

interface SimpleKey {
  possible: boolean;
  required: boolean;
  tokenNumber: number;
  mark: Mark;
  flowLevel: number;
}

const BREAKS = new Set(['\n', '\r', '\x85', '\u2028', '\u2029']);
const isBreak = (c: string) => BREAKS.has(c);
const isBlank = (c: string) => c === ' ' || c === '\t';
const isBlankZ = (c: string) => isBlank(c) || isBreak(c) || c === '\0';
const isBreakZ = (c: string) => isBreak(c) || c === '\0';
/** isAnchorChar: printable ASCII except blanks, flow indicators and (go-yaml's choice) ':'. */
const isAnchorChar = (c: string) => c > ' ' && c <= '~' && !',[]{}:'.includes(c);

export class Scanner {
  private readonly chars: string[];
  private pos = 0;
  mark: Mark = { index: 0, line: 1, column: 1 };
  private readonly queue: Token[] = [];
  private tokensParsed = 0;
  private started = false;
  private ended = false;
  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private simpleKeyAllowed = false;
  private key: SimpleKey = emptyKey();
  private readonly keyStack: SimpleKey[] = [];
  private lastType: TokenType | undefined;

  constructor(text: string) {
    this.chars = Array.from(text);
  }

  private ch(offset = 0): string {
    return this.chars[this.pos + offset] ?? '\0';
  }

  private skip(): void {
    this.pos++;
    this.mark = { index: this.mark.index + 1, line: this.mark.line, column: this.mark.column + 1 };
  }

  private skipLine(): void {
    if (this.ch() === '\r' && this.ch(1) === '\n') this.pos += 2;
    else if (isBreak(this.ch())) this.pos++;
    else return;
    this.mark = { index: this.mark.index + 1, line: this.mark.line + 1, column: 1 };
  }

  /** The next token without consuming it (fetchMoreTokens + peekToken). */
  peek(): Token {
    for (;;) {
      if (this.queue.length >= 3) {
        const first = this.keyStack.length > 0 ? this.keyStack[0] : this.key.possible ? this.key : undefined;
        if (!first || first.tokenNumber !== this.tokensParsed) break;
      } else if (this.ended) break;
      this.fetchNextToken();
    }
    return this.queue[0];
  }

  next(): Token {
    const token = this.peek();
    this.queue.shift();
    this.tokensParsed++;
    return token;
  }

  private push(type: TokenType, start: Mark, value?: string, at = -1): void {
    const token: Token = { type, start, value };
    if (at < 0) this.queue.push(token);
    else this.queue.splice(at, 0, token);
    this.lastType = this.queue[this.queue.length - 1].type;
    if (type === 'STREAM-END') this.ended = true;
  }

  private fetchNextToken(): void {
    if (!this.started) {
      this.started = true;
      this.simpleKeyAllowed = true;
      this.push('STREAM-START', this.mark);
      return;
    }
    this.scanToNextToken();
    this.unrollIndent(this.mark.column);
    const c = this.ch();
    if (c === '\0' && this.pos >= this.chars.length) return this.fetchStreamEnd();
    const col1 = this.mark.column === 1;
    if (col1 && c === '%') return this.fetchDirective();
    if (col1 && isDocIndicator(this.chars, this.pos)) return this.fetchDocumentIndicator(c === '-' ? 'DOCUMENT-START' : 'DOCUMENT-END');
    if (c === '[' || c === '{') return this.fetchFlowStart(c === '[' ? 'FLOW-SEQUENCE-START' : 'FLOW-MAPPING-START');
    if (c === ']' || c === '}') return this.fetchFlowEnd(c === ']' ? 'FLOW-SEQUENCE-END' : 'FLOW-MAPPING-END');
    if (c === ',') return this.fetchSimple('FLOW-ENTRY', true);
    if (c === '-' && isBlankZ(this.ch(1))) return this.fetchBlockEntry();
    if (c === '?' && isBlankZ(this.ch(1))) return this.fetchKey();
    if (c === ':' && ((this.flowLevel > 0 && !this.isFlowSequence()) || isBlankZ(this.ch(1)))) return this.fetchValue();
    if (c === '*' || c === '&') return this.fetchAnchor(c === '*' ? 'ALIAS' : 'ANCHOR');
    if (c === '!') return this.fetchTag();
    if ((c === '|' || c === '>') && this.flowLevel === 0) return this.fetchBlockScalar();
    if (c === "'" || c === '"') return this.fetchFlowScalar(c === "'");
    if (!(isBlankZ(c) || '-?:,[]{}#&*!|>\'"%@`'.includes(c)) || (c === '-' && !isBlank(this.ch(1))) || ((c === '?' || c === ':') && !isBlankZ(this.ch(1)))) {
      return this.fetchPlainScalar();
    }
    throw scanError('found character that cannot start any token', this.mark, 'while scanning for the next token', this.mark);
  }

  private isFlowSequence(): boolean {
    return this.lastType === 'FLOW-ENTRY' || this.lastType === 'FLOW-SEQUENCE-START';
  }

  private scanToNextToken(): void {
    for (;;) {
      if (this.mark.column === 1 && this.ch() === '\uFEFF') this.skip();
      while (this.ch() === ' ' || ((this.flowLevel > 0 || !this.simpleKeyAllowed) && this.ch() === '\t')) this.skip();
      if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip();
      if (!isBreak(this.ch())) return;
      this.skipLine();
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
  }

  private saveSimpleKey(): void {
    const required = this.flowLevel === 0 && this.indent === this.mark.column;
    if (!this.simpleKeyAllowed) return;
    this.removeSimpleKey();
    const tokenNumber = this.tokensParsed + this.queue.length;
    this.key = { possible: true, required, tokenNumber, mark: this.mark, flowLevel: this.flowLevel };
  }

  private removeSimpleKey(): void {
    if (this.key.required) throw scanError("could not find expected ':'", this.mark, 'while scanning a simple key', this.key.mark);
    this.key.possible = false;
  }

  private rollIndent(column: number, tokenNumber: number, type: TokenType, mark: Mark): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    this.push(type, mark, undefined, tokenNumber < 0 ? -1 : tokenNumber - this.tokensParsed);
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.push('BLOCK-END', this.mark);
      this.indent = this.indents.pop() ?? -1;
    }
  }

  private fetchStreamEnd(): void {
    if (this.mark.column !== 1) this.mark = { index: this.mark.index, line: this.mark.line + 1, column: 1 };
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.key = emptyKey();
    this.keyStack.length = 0;
    this.simpleKeyAllowed = false;
    this.push('STREAM-END', this.mark);
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    while (!isBreakZ(this.ch())) this.skip();
    this.push('DIRECTIVE', start);
  }

  private fetchDocumentIndicator(type: TokenType): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.skip();
    this.skip();
    this.skip();
    this.push(type, start);
  }

  private fetchFlowStart(type: TokenType): void {
    this.saveSimpleKey();
    this.flowLevel++;
    if (this.key.possible) this.keyStack.push(this.key);
    this.key = emptyKey();
    this.simpleKeyAllowed = true;
    const start = this.mark;
    this.skip();
    this.push(type, start);
  }

  private fetchFlowEnd(type: TokenType): void {
    this.removeSimpleKey();
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const last = this.keyStack[this.keyStack.length - 1];
      if (last && last.flowLevel === this.flowLevel) {
        this.key = this.keyStack.pop() as SimpleKey;
        this.key.possible = true;
      }
    }
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.skip();
    this.push(type, start);
  }

  private fetchSimple(type: TokenType, allowKey: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = allowKey;
    const start = this.mark;
    this.skip();
    this.push(type, start);
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) throw scanError('block sequence entries are not allowed in this context', this.mark);
      this.rollIndent(this.mark.column, -1, 'BLOCK-SEQUENCE-START', this.mark);
    }
    this.fetchSimple('BLOCK-ENTRY', true);
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) throw scanError('mapping keys are not allowed in this context', this.mark);
      this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.mark);
    }
    this.fetchSimple('KEY', this.flowLevel === 0);
  }

  private fetchValue(): void {
    const key = this.key;
    if (key.possible && key.mark.line === this.mark.line) {
      this.push('KEY', key.mark, undefined, key.tokenNumber - this.tokensParsed);
      this.rollIndent(key.mark.column, key.tokenNumber, 'BLOCK-MAPPING-START', key.mark);
      key.possible = false;
      key.required = false;
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) throw scanError('mapping values are not allowed in this context', this.mark);
        this.rollIndent(this.mark.column, -1, 'BLOCK-MAPPING-START', this.mark);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    const start = this.mark;
    this.skip();
    this.push('VALUE', start);
  }

  private fetchAnchor(type: TokenType): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.skip();
    let name = '';
    while (isAnchorChar(this.ch())) {
      name += this.ch();
      this.skip();
    }
    if (name === '' || !(isBlankZ(this.ch()) || '?:,]}%@`'.includes(this.ch()))) {
      const context = type === 'ANCHOR' ? 'while scanning an anchor' : 'while scanning an alias';
      throw scanError('did not find expected alphabetic or numeric character', this.mark, context, start);
    }
    this.push(type, start, name);
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    while (!isBlankZ(this.ch())) this.skip();
    this.push('TAG', start);
  }

  private fetchBlockScalar(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    const start = this.mark;
    this.skip();
    let increment = 0;
    for (let i = 0; i < 2; i++) {
      const c = this.ch();
      if (c === '+' || c === '-') this.skip();
      else if (c >= '0' && c <= '9') {
        if (c === '0') throw scanError('found an indentation indicator equal to 0', this.mark, 'while scanning a block scalar', start);
        increment = Number(c);
        this.skip();
      }
    }
    while (isBlank(this.ch())) this.skip();
    if (this.ch() === '#') while (!isBreakZ(this.ch())) this.skip();
    if (!isBreakZ(this.ch())) throw scanError('did not find expected comment or line break', this.mark, 'while scanning a block scalar', start);
    this.skipLine();
    let indent = increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment + 1) : 0;
    indent = this.blockScalarBreaks(indent, start);
    while (this.mark.column === indent && !(this.ch() === '\0' && this.pos >= this.chars.length)) {
      while (!isBreakZ(this.ch())) this.skip();
      this.skipLine();
      indent = this.blockScalarBreaks(indent, start);
    }
    this.push('SCALAR', start);
  }

  private blockScalarBreaks(indent: number, start: Mark): number {
    let maxIndent = 0;
    for (;;) {
      while ((indent === 0 || this.mark.column < indent) && this.ch() === ' ') this.skip();
      if (this.mark.column > maxIndent) maxIndent = this.mark.column;
      if ((indent === 0 || this.mark.column < indent) && this.ch() === '\t') {
        throw scanError('found a tab character where an indentation space is expected', this.mark, 'while scanning a block scalar', start);
      }
      if (!isBreak(this.ch())) break;
      this.skipLine();
    }
    if (indent === 0) indent = Math.max(maxIndent, this.indent + 1, 1);
    return indent;
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    this.skip();
    for (;;) {
      if (this.mark.column === 1 && isDocIndicator(this.chars, this.pos)) {
        throw scanError('found unexpected document indicator', this.mark, 'while scanning a quoted scalar', start);
      }
      if (this.pos >= this.chars.length) throw scanError('found unexpected end of stream', this.mark, 'while scanning a quoted scalar', start);
      const c = this.ch();
      if (single && c === "'" && this.ch(1) === "'") {
        this.skip();
        this.skip();
      } else if ((single && c === "'") || (!single && c === '"')) {
        this.skip();
        break;
      } else if (!single && c === '\\') {
        this.skip();
        if (isBreak(this.ch())) this.skipLine();
        else if (this.pos < this.chars.length) this.skip();
      } else if (isBreak(c)) this.skipLine();
      else this.skip();
    }
    this.push('SCALAR', start);
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.mark;
    const indent = this.indent + 1;
    let leadingBlanks = false;
    for (;;) {
      if (this.mark.column === 1 && isDocIndicator(this.chars, this.pos)) break;
      if (this.ch() === '#') break;
      while (!isBlankZ(this.ch())) {
        if ((this.ch() === ':' && isBlankZ(this.ch(1))) || (this.flowLevel > 0 && endsFlowScalar(this.ch(), this.ch(1)))) break;
        leadingBlanks = false;
        this.skip();
      }
      if (!(isBlank(this.ch()) || isBreak(this.ch()))) break;
      while (isBlank(this.ch()) || isBreak(this.ch())) {
        if (isBlank(this.ch())) {
          if (leadingBlanks && this.mark.column < indent && this.ch() === '\t') {
            throw scanError('found a tab character that violates indentation', this.mark, 'while scanning a plain scalar', start);
          }
          this.skip();
        } else {
          this.skipLine();
          leadingBlanks = true;
        }
      }
      if (this.flowLevel === 0 && this.mark.column < indent) break;
    }
    this.push('SCALAR', start);
    if (leadingBlanks) this.simpleKeyAllowed = true;
  }
}

function emptyKey(): SimpleKey {
  return { possible: false, required: false, tokenNumber: 0, mark: { index: 0, line: 0, column: 0 }, flowLevel: 0 };
}

function isDocIndicator(chars: string[], pos: number): boolean {
  const three = chars.slice(pos, pos + 3).join('');
  return (three === '---' || three === '...') && isBlankZ(chars[pos + 3] ?? '\0');
}

function endsFlowScalar(c: string, next: string): boolean {
  if (',[]{}'.includes(c)) return true;
  if (c === '?') return isBlankZ(next);
  if (c === ':') return next === ' ' || next === ',' || next === ']' || next === '}';
  return false;
}
