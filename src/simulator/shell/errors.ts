// Control flow and syntax errors of the shell: the only exceptions it raises. Everything else
// (a missing file, a failing command) is an exit status and text on stderr.

/** Input ended inside a quote, a compound command or a here-document: an interactive shell asks for more (PS2). */
export class Incomplete extends Error {
  /** What is still open: a quote character, a keyword such as 'fi', or 'heredoc'. */
  readonly expecting: string;
  constructor(expecting: string) {
    super(`incomplete input (expecting ${expecting})`);
    this.expecting = expecting;
    this.name = 'Incomplete';
  }
}

/** A token where the grammar allows none; `token` null means the end of input. */
export class ShellSyntaxError extends Error {
  readonly token: string | null;
  readonly line: number;
  /** The keyword dash and busybox name in "(expecting "fi")". */
  readonly expecting?: string;
  /** An unterminated quote: bash says "unexpected EOF while looking for matching `''". */
  readonly quote?: string;
  /** The token is the end of the input (bash calls it `newline', dash and busybox end of file). */
  readonly atEnd: boolean;
  /** dash and busybox have their own words for some errors ("Bad for loop variable"). */
  readonly custom?: string;
  constructor(token: string | null, line: number, extra: { expecting?: string; quote?: string; atEnd?: boolean; custom?: string } = {}) {
    super(token === null ? 'unexpected end of file' : `unexpected token ${token}`);
    this.token = token;
    this.line = line;
    this.expecting = extra.expecting;
    this.quote = extra.quote;
    this.atEnd = extra.atEnd ?? false;
    this.custom = extra.custom;
    this.name = 'ShellSyntaxError';
  }
}

/** `exit N` (and the end of a shell): unwinds to the shell that owns it. */
export class ExitSignal extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
    this.name = 'ExitSignal';
  }
}

/** A run went past its step or output budget, or was interrupted: unwinds everything. */
export class LimitReached extends Error {
  readonly kind: 'steps' | 'output' | 'interrupt';
  constructor(kind: 'steps' | 'output' | 'interrupt') {
    super(`limit reached: ${kind}`);
    this.kind = kind;
    this.name = 'LimitReached';
  }
}

/** An expansion error ($((1/0)), ${x:?}) abandons the whole command line, as in bash. */
export class AbortLine extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`abort ${code}`);
    this.code = code;
    this.name = 'AbortLine';
  }
}

/** `return N` inside a function. */
export class ReturnSignal extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`return ${code}`);
    this.code = code;
    this.name = 'ReturnSignal';
  }
}

/** `break N` / `continue N`: unwinds to the Nth enclosing loop. */
export class LoopSignal extends Error {
  readonly kind: 'break' | 'continue';
  readonly levels: number;
  constructor(kind: 'break' | 'continue', levels: number) {
    super(kind);
    this.kind = kind;
    this.levels = levels;
    this.name = 'LoopSignal';
  }
}
