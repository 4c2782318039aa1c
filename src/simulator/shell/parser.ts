// Recursive-descent parser for the shell grammar subset: sequences, && ||, pipelines with !,
// simple commands with assignments and redirections, if/elif/else, for, while/until, { } and
// ( ). Errors name the offending token as bash does; running out of input inside a construct
// raises Incomplete so an interactive shell can ask for the rest (PS2).
import type { AndOr, Assignment, CaseCommand, Command, ForCommand, IfCommand, List, LoopCommand, Pipeline, Redirect, RedirectOp, SimpleCommand, Word } from './ast.ts';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import { tokenize, type Token } from './lexer.ts';

export interface ParseResult {
  list: List;
  /** Here-documents cut short by the end of input (bash warns and goes on). */
  unterminatedHeredocs: string[];
}

export function parse(src: string): ParseResult {
  const p = new Parser(tokenize(src));
  const list = p.program();
  return { list, unterminatedHeredocs: p.unterminated };
}

const REDIRECT_OPS = new Set(['>', '>>', '>|', '<', '<>', '>&', '<&', '&>', '&>>', '<<', '<<-', '<<<']);
const LIST_END = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}', 'esac']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const RESERVED = new Set(['{', '}', '!', 'if', 'then', 'elif', 'else', 'fi', 'for', 'in', 'do', 'done', 'while', 'until', 'case', 'esac', 'function']);

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  readonly unterminated: string[] = [];

  constructor(tokens: Token[]) {
    this.tokens = tokens;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos];
    if (t.kind !== 'eof') this.pos++;
    return t;
  }

  private isOp(op: string, t = this.peek()): boolean {
    return t.kind === 'op' && t.op === op;
  }

  /** A reserved word counts only unquoted and where a command may start. */
  private isWord(text: string, t = this.peek()): boolean {
    return t.kind === 'word' && t.word.raw === text;
  }

  private fail(t: Token, expecting?: string): never {
    if (t.kind === 'eof') throw expecting ? new Incomplete(expecting) : new ShellSyntaxError(null, t.line);
    const text = t.kind === 'newline' ? 'newline' : t.kind === 'op' ? t.op : t.word.raw;
    throw new ShellSyntaxError(text, t.line, { expecting });
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.next();
  }

  program(): List {
    const list = this.list(false);
    const t = this.peek();
    if (t.kind !== 'eof') this.fail(t);
    return list;
  }

  /** and-or lists separated by ; & or newlines, up to a closing keyword, ')' or the end. */
  private list(nested: boolean, expecting?: string): List {
    const items: List['items'] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (t.kind === 'eof' || this.isOp(')') || this.isOp(';;') || (t.kind === 'word' && LIST_END.has(t.word.raw))) break;
      if (t.kind === 'op' && !REDIRECT_OPS.has(t.op) && t.op !== '(' && t.op !== '!') this.fail(t, expecting);
      const andOr = this.andOr(expecting);
      const sep = this.peek();
      const background = this.isOp('&', sep);
      items.push({ andOr, background });
      if (this.isOp(';', sep) || background) this.next();
      else if (sep.kind !== 'newline' && sep.kind !== 'eof' && !this.isOp(')', sep) && !this.isOp(';;', sep) && !(sep.kind === 'word' && LIST_END.has(sep.word.raw))) this.fail(sep, expecting);
    }
    if (nested && items.length === 0) this.fail(this.peek(), expecting);
    return { items };
  }

  private andOr(expecting?: string): AndOr {
    const first = this.pipeline(expecting);
    const rest: AndOr['rest'] = [];
    while (this.isOp('&&') || this.isOp('||')) {
      const op = (this.next() as { op: '&&' | '||' }).op;
      this.skipNewlines();
      rest.push({ op, pipeline: this.pipeline(expecting ?? op) });
    }
    return { first, rest };
  }

  private pipeline(expecting?: string): Pipeline {
    let negate = false;
    if (this.isWord('!')) {
      this.next();
      negate = true;
    }
    const commands = [this.command(expecting)];
    while (this.isOp('|')) {
      this.next();
      this.skipNewlines();
      commands.push(this.command(expecting ?? '|'));
    }
    return { negate, commands };
  }

  private command(expecting?: string): Command {
    const t = this.peek();
    if (t.kind === 'eof' && expecting) throw new Incomplete(expecting);
    if (this.isWord('if')) return this.withRedirects(this.ifCommand());
    if (this.isWord('for')) return this.withRedirects(this.forCommand());
    if (this.isWord('while') || this.isWord('until')) return this.withRedirects(this.loop());
    if (this.isWord('case')) return this.withRedirects(this.caseCommand());
    if (this.isWord('function') && this.tokens[this.pos + 1]?.kind === 'word') {
      this.next();
      const name = (this.next() as { word: Word }).word.raw;
      if (this.isOp('(') && this.isOp(')', this.tokens[this.pos + 1])) this.pos += 2;
      return this.functionBody(name);
    }
    if (t.kind === 'word' && !RESERVED.has(t.word.raw) && this.isOp('(', this.tokens[this.pos + 1])) {
      // `name (`: only a function definition may follow a word with a parenthesis.
      this.pos += 2;
      const close = this.peek();
      if (close.kind === 'eof') throw new ShellSyntaxError('newline', close.line, { atEnd: true, expecting: ')' });
      if (!this.isOp(')')) this.fail(close, ')');
      this.next();
      return this.functionBody(t.word.raw);
    }
    if (this.isWord('{')) {
      this.next();
      const body = this.list(true, '}');
      this.expectWord('}');
      return this.withRedirects({ type: 'group', body, redirects: [] });
    }
    if (this.isOp('(')) {
      this.next();
      const body = this.list(true, ')');
      if (!this.isOp(')')) this.fail(this.peek(), ')');
      this.next();
      return this.withRedirects({ type: 'subshell', body, redirects: [] });
    }
    return this.simple(expecting);
  }

  private functionBody(name: string): Command {
    this.skipNewlines();
    return { type: 'function', name, body: this.command('}'), redirects: [] };
  }

  private caseCommand(): CaseCommand {
    this.next();
    const subject = this.next();
    if (subject.kind !== 'word') this.fail(subject, 'in');
    this.skipNewlines();
    this.expectWord('in');
    const items: CaseCommand['items'] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isWord('esac')) break;
      if (this.isOp('(')) this.next();
      const patterns: Word[] = [];
      for (;;) {
        const p = this.next();
        if (p.kind !== 'word') this.fail(p, 'esac');
        patterns.push(p.word);
        if (!this.isOp('|')) break;
        this.next();
      }
      if (!this.isOp(')')) this.fail(this.peek(), 'esac');
      this.next();
      const body = this.list(false, 'esac');
      items.push({ patterns, body });
      if (this.isOp(';;')) this.next();
      else if (!this.isWord('esac')) this.fail(this.peek(), 'esac');
    }
    this.next();
    return { type: 'case', word: subject.word, items, redirects: [] };
  }

  private expectWord(word: string): void {
    if (!this.isWord(word)) this.fail(this.peek(), word);
    this.next();
  }

  private withRedirects<T extends Exclude<Command, SimpleCommand>>(c: T): T {
    while (this.peek().kind === 'op' && REDIRECT_OPS.has((this.peek() as { op: string }).op)) c.redirects.push(this.redirect());
    return c;
  }

  private ifCommand(): IfCommand {
    this.next();
    const clauses: { cond: List; body: List }[] = [];
    let elseBody: List | null = null;
    for (;;) {
      const cond = this.list(true, 'then');
      this.expectWord('then');
      const body = this.list(true, 'fi');
      clauses.push({ cond, body });
      if (this.isWord('elif')) {
        this.next();
        continue;
      }
      if (this.isWord('else')) {
        this.next();
        elseBody = this.list(true, 'fi');
      }
      this.expectWord('fi');
      return { type: 'if', clauses, elseBody, redirects: [] };
    }
  }

  private forCommand(): ForCommand {
    this.next();
    const nameTok = this.next();
    if (nameTok.kind !== 'word' || !NAME.test(nameTok.word.raw)) {
      const token = nameTok.kind === 'word' ? nameTok.word.raw : nameTok.kind === 'op' ? nameTok.op : 'newline';
      throw new ShellSyntaxError(token, nameTok.line, { custom: 'Bad for loop variable' });
    }
    let items: Word[] | null = null;
    this.skipNewlines();
    if (this.isWord('in')) {
      this.next();
      items = [];
      while (this.peek().kind === 'word') items.push((this.next() as { word: Word }).word);
      if (!this.isOp(';') && this.peek().kind !== 'newline') this.fail(this.peek(), 'do');
      this.next();
    } else if (this.isOp(';')) this.next();
    this.skipNewlines();
    this.expectWord('do');
    const body = this.list(true, 'done');
    this.expectWord('done');
    return { type: 'for', name: nameTok.word.raw, items, body, redirects: [] };
  }

  private loop(): LoopCommand {
    const kind = (this.next() as { word: Word }).word.raw as 'while' | 'until';
    const cond = this.list(true, 'do');
    this.expectWord('do');
    const body = this.list(true, 'done');
    this.expectWord('done');
    return { type: kind, cond, body, redirects: [] };
  }

  private simple(expecting?: string): SimpleCommand {
    const line = this.peek().line;
    const assigns: Assignment[] = [];
    const words: Word[] = [];
    const redirects: Redirect[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && REDIRECT_OPS.has(t.op)) redirects.push(this.redirect());
      else if (t.kind === 'word') {
        this.next();
        const eq = t.word.raw.indexOf('=');
        if (words.length === 0 && eq > 0 && NAME.test(t.word.raw.slice(0, eq))) assigns.push(assignment(t.word, eq));
        else words.push(t.word);
      } else break;
    }
    if (words.length === 0 && assigns.length === 0 && redirects.length === 0) this.fail(this.peek(), expecting);
    return { type: 'simple', assigns, words, redirects, line };
  }

  private redirect(): Redirect {
    const t = this.next() as { op: string; fd: number | null };
    const target = this.next();
    // The end of a -c string counts as the end of the line: bash names the token `newline'.
    if (target.kind === 'eof') throw new ShellSyntaxError('newline', target.line, { atEnd: true });
    if (target.kind !== 'word') this.fail(target);
    const r: Redirect = { fd: t.fd, op: t.op as RedirectOp, target: target.word };
    if (target.heredoc) {
      r.heredoc = target.heredoc;
      if (target.heredoc.unterminated) this.unterminated.push(target.heredoc.delimiter);
    }
    return r;
  }
}

/** Split `NAME=value` into the name and the value's parts (the name is always plain text). */
function assignment(word: Word, eq: number): Assignment {
  const parts = [...word.parts];
  const first = parts[0];
  if (first.type !== 'lit') return { name: word.raw.slice(0, eq), value: { parts: [], raw: '' } };
  const rest = first.text.slice(eq + 1);
  parts[0] = { ...first, text: rest };
  return { name: first.text.slice(0, eq), value: { parts: rest === '' ? parts.slice(1) : parts, raw: word.raw.slice(eq + 1) } };
}
