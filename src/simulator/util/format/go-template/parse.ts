// Go text/template's parser (text/template/parse/parse.go) and the public parseTemplate API.
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { goQuote } from '../go-fmt.ts';
import { DOCKER_FUNCS } from './docker-funcs.ts';
import { GO_BUILTINS } from './funcs.ts';
import { EOF, I, type Item, type ItemType, Lexer, itemString } from './lex.ts';
import { INT64_MAX, INT64_MIN, UINT64_MAX, charConstantValue, parseGoFloat, parseGoInteger, unquote } from './literals.ts';
import { type BranchNode, type ChainNode, type CommandNode, type ListNode, type Node, type NumberNode, type PipeNode, type TemplateFuncs, type VariableNode, nodeString } from './nodes.ts';

// ===========================================================================
// Parser (text/template/parse/parse.go)

export class ParseError extends Error {}

export class Parser {
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

export function newVariable(pos: number, ident: string): VariableNode {
  return { type: 'variable', pos, ident: ident.split('.') };
}

export function isEmptyTree(n: Node): boolean {
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
