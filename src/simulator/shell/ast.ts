// The shell's syntax tree as discriminated unions: words made of parts (literal, parameter,
// command substitution, arithmetic, tilde), simple and compound commands (if, for, while,
// until, case, groups, function definitions), pipelines, and/or lists and sequences.

export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?' | '#' | '##' | '%' | '%%' | 'len';

export type WordPart =
  | { type: 'lit'; text: string; quoted: boolean }
  | { type: 'param'; name: string; op?: ParamOp; arg?: Word; quoted: boolean }
  | { type: 'cmdsub'; source: string; quoted: boolean }
  | { type: 'arith'; source: string; quoted: boolean }
  | { type: 'tilde'; user: string }
  | { type: 'bad'; text: string };

export interface Word {
  parts: WordPart[];
  /** The word as typed, for messages ("syntax error near unexpected token `fi'"). */
  raw: string;
}

export type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '>&' | '<&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Heredoc {
  body: string;
  /** False when the delimiter was quoted (<<'EOF'): the body is taken literally. */
  expand: boolean;
  delimiter: string;
  /** The input ended before the delimiter line. */
  unterminated: boolean;
}

export interface Redirect {
  /** Explicit descriptor (`2>`), else the operator's default. */
  fd: number | null;
  op: RedirectOp;
  target: Word;
  heredoc?: Heredoc;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  type: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
}

export interface IfCommand {
  type: 'if';
  clauses: { cond: List; body: List }[];
  elseBody: List | null;
  redirects: Redirect[];
}

export interface ForCommand {
  type: 'for';
  name: string;
  /** null: `for x; do` iterates over "$@". */
  items: Word[] | null;
  body: List;
  redirects: Redirect[];
}

export interface LoopCommand {
  type: 'while' | 'until';
  cond: List;
  body: List;
  redirects: Redirect[];
}

export interface GroupCommand {
  type: 'group' | 'subshell';
  body: List;
  redirects: Redirect[];
}

export interface CaseCommand {
  type: 'case';
  word: Word;
  items: { patterns: Word[]; body: List }[];
  redirects: Redirect[];
}

/** `name() { ...; }`: running it defines the function. */
export interface FunctionDef {
  type: 'function';
  name: string;
  body: Command;
  redirects: Redirect[];
}

export type Command = SimpleCommand | IfCommand | ForCommand | LoopCommand | GroupCommand | CaseCommand | FunctionDef;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface List {
  items: { andOr: AndOr; background: boolean }[];
}
