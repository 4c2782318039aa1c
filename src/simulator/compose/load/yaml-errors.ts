// go-yaml v4's error text for a malformed document: runs the scanner port (yaml-scanner.ts) under
// a recursive-descent copy of libyaml's parser states (parser.go: block/flow nodes, sequences,
// mappings, documents) and the composer's unknown-anchor check, then formats the first error as
// LoadError.Error() does: "go-yaml load error in <stage> (<context>) at L3.C5-L4.C1: <problem>".
import { LibyamlError, Scanner, type Mark, type Token, type TokenType } from './yaml-scanner.ts';

/** The go-yaml message for `text`, which the `yaml` package already rejected. */
export function libyamlError(text: string): string {
  try {
    new DocumentParser(new Scanner(text)).parseStream();
  } catch (e) {
    if (e instanceof LibyamlError) return formatLoadError(e);
    throw e;
  }
  return 'go-yaml load error in parser at <unknown position>: did not find expected node content';
}

export function formatLoadError(e: LibyamlError): string {
  if (e.contextMsg !== '' && e.contextMark) {
    return `go-yaml load error in ${e.stage} (${e.contextMsg}) at ${rangeString(e.contextMark, e.mark)}: ${e.message}`;
  }
  return `go-yaml load error in ${e.stage} at ${shortString(e.mark)}: ${e.message}`;
}

function shortString(m: Mark): string {
  if (m.line === 0) return '<unknown position>';
  return m.column > 0 ? `L${m.line}.C${m.column}` : `L${m.line}`;
}

function rangeString(m: Mark, end: Mark): string {
  const start = shortString(m);
  if (m.line === end.line) {
    if (m.column === 0 && end.column === 0) return start;
    if (m.column > 0 && end.column > 0) return m.column === end.column ? start : `${start}-C${end.column}`;
  }
  return `${start}-${shortString(end)}`;
}

const parserError = (problem: string, mark: Mark, context = '', contextMark?: Mark) =>
  new LibyamlError('parser', problem, mark, context, contextMark);

class DocumentParser {
  private readonly s: Scanner;
  private anchors = new Set<string>();
  constructor(scanner: Scanner) {
    this.s = scanner;
  }

  private is(t: Token, ...types: TokenType[]): boolean {
    return types.includes(t.type);
  }

  parseStream(): void {
    this.s.next(); // STREAM-START
    let implicit = true;
    for (;;) {
      let t = this.s.peek();
      while (t.type === 'DOCUMENT-END') {
        this.s.next();
        t = this.s.peek();
      }
      if (t.type === 'STREAM-END') return;
      this.anchors = new Set();
      if (implicit && !this.is(t, 'DIRECTIVE', 'DOCUMENT-START')) {
        this.parseNode(true, false);
      } else {
        while (this.s.peek().type === 'DIRECTIVE') this.s.next();
        t = this.s.peek();
        if (t.type !== 'DOCUMENT-START') throw parserError('did not find expected <document start>', t.start);
        this.s.next();
        if (!this.is(this.s.peek(), 'DIRECTIVE', 'DOCUMENT-START', 'DOCUMENT-END', 'STREAM-END')) this.parseNode(true, false);
      }
      if (this.s.peek().type === 'DOCUMENT-END') this.s.next();
      implicit = false;
    }
  }

  private parseNode(block: boolean, indentless: boolean): void {
    let t = this.s.peek();
    if (t.type === 'ALIAS') {
      this.s.next();
      if (!this.anchors.has(t.value ?? '')) {
        throw new LibyamlError('composer', `unknown anchor '${t.value}' referenced`, t.start);
      }
      return;
    }
    const start = t.start;
    let decorated = false;
    for (const first of ['ANCHOR', 'TAG'] as const) {
      if (t.type !== first) continue;
      if (t.type === 'ANCHOR') this.anchors.add(t.value ?? '');
      decorated = true;
      this.s.next();
      t = this.s.peek();
      const second = first === 'ANCHOR' ? 'TAG' : 'ANCHOR';
      if (t.type === second) {
        if (t.type === 'ANCHOR') this.anchors.add(t.value ?? '');
        this.s.next();
        t = this.s.peek();
      }
      break;
    }
    if (indentless && t.type === 'BLOCK-ENTRY') return this.parseIndentlessSequence();
    if (t.type === 'SCALAR') {
      this.s.next();
      return;
    }
    if (t.type === 'FLOW-SEQUENCE-START') return this.parseFlowCollection(']');
    if (t.type === 'FLOW-MAPPING-START') return this.parseFlowCollection('}');
    if (block && t.type === 'BLOCK-SEQUENCE-START') return this.parseBlockSequence();
    if (block && t.type === 'BLOCK-MAPPING-START') return this.parseBlockMapping();
    if (decorated) return;
    const context = block ? 'while parsing a block node' : 'while parsing a flow node';
    throw parserError('did not find expected node content', t.start, context, start);
  }

  private parseBlockSequence(): void {
    const start = this.s.next().start;
    for (;;) {
      const t = this.s.peek();
      if (t.type === 'BLOCK-ENTRY') {
        this.s.next();
        if (!this.is(this.s.peek(), 'BLOCK-ENTRY', 'BLOCK-END')) this.parseNode(true, false);
        continue;
      }
      if (t.type === 'BLOCK-END') {
        this.s.next();
        return;
      }
      throw parserError("did not find expected '-' indicator", t.start, 'while parsing a block collection', start);
    }
  }

  private parseIndentlessSequence(): void {
    while (this.s.peek().type === 'BLOCK-ENTRY') {
      this.s.next();
      if (!this.is(this.s.peek(), 'BLOCK-ENTRY', 'KEY', 'VALUE', 'BLOCK-END')) this.parseNode(true, false);
    }
  }

  private parseBlockMapping(): void {
    const start = this.s.next().start;
    for (;;) {
      const t = this.s.peek();
      if (t.type === 'BLOCK-END') {
        this.s.next();
        return;
      }
      if (t.type !== 'KEY') throw parserError('did not find expected key', t.start, 'while parsing a block mapping', start);
      this.s.next();
      if (!this.is(this.s.peek(), 'KEY', 'VALUE', 'BLOCK-END')) this.parseNode(true, true);
      if (this.s.peek().type === 'VALUE') {
        this.s.next();
        if (!this.is(this.s.peek(), 'KEY', 'VALUE', 'BLOCK-END')) this.parseNode(true, true);
      }
    }
  }

  /** Flow sequences and mappings (single-pair mappings inside sequences included). */
  private parseFlowCollection(close: ']' | '}'): void {
    const start = this.s.next().start;
    const end: TokenType = close === ']' ? 'FLOW-SEQUENCE-END' : 'FLOW-MAPPING-END';
    const context = close === ']' ? 'while parsing a flow sequence' : 'while parsing a flow mapping';
    let first = true;
    for (;;) {
      let t = this.s.peek();
      if (t.type !== end && !first) {
        if (t.type !== 'FLOW-ENTRY') throw parserError(`did not find expected ',' or '${close}'`, t.start, context, start);
        this.s.next();
        t = this.s.peek();
      }
      first = false;
      if (t.type === end) {
        this.s.next();
        return;
      }
      if (t.type === 'KEY') {
        this.s.next();
        if (!this.is(this.s.peek(), 'VALUE', 'FLOW-ENTRY', end)) this.parseNode(false, false);
        if (this.s.peek().type === 'VALUE') {
          this.s.next();
          if (!this.is(this.s.peek(), 'FLOW-ENTRY', end)) this.parseNode(false, false);
        }
        continue;
      }
      this.parseNode(false, false);
    }
  }
}
