// The shell's own error texts, per flavour, exactly as bash 5.2, dash 0.5 and busybox ash print
// them: "bash: foo: command not found" (interactive), "bash: line 1: ..." (-c and scripts),
// "sh: 1: foo: not found" (dash), "sh: foo: not found" (busybox).
import type { Flavour } from './context.ts';
import { ShellSyntaxError } from './errors.ts';

/** dash and busybox see the end of a -c string where bash sees a newline. */
class ShellSyntaxErrorAtEnd extends ShellSyntaxError {
  constructor(e: ShellSyntaxError) {
    super(null, e.line, { expecting: e.expecting, custom: e.custom });
  }
}

export interface Where {
  flavour: Flavour;
  /** $0: 'bash', 'sh', '-bash', 'script.sh'. */
  name: string;
  interactive: boolean;
  line: number;
}

/** "bash: ", "bash: line 3: ", "sh: 1: " or "sh: ". */
export function prefix(w: Where): string {
  if (w.flavour === 'dash') return `${w.name}: ${w.line}: `;
  if (w.flavour === 'busybox' || w.interactive) return `${w.name}: `;
  return `${w.name}: line ${w.line}: `;
}

export function notFound(w: Where, cmd: string): string {
  if (w.flavour === 'bash') return `${prefix(w)}${cmd}: command not found\n`;
  return `${prefix(w)}${cmd}: not found\n`;
}

/** exec of a path that is missing (127), a directory or not executable (126). */
export function execError(w: Where, cmd: string, code: 'ENOENT' | 'EISDIR' | 'EACCES'): string {
  if (w.flavour === 'bash') {
    const text = code === 'ENOENT' ? 'No such file or directory' : code === 'EISDIR' ? 'Is a directory' : 'Permission denied';
    return `${prefix(w)}${cmd}: ${text}\n`;
  }
  return `${prefix(w)}${cmd}: ${code === 'ENOENT' ? 'not found' : 'Permission denied'}\n`;
}

/** An error inside a builtin: "bash: cd: x: No such file or directory". */
export function builtinError(w: Where, builtin: string, text: string): string {
  if (w.flavour === 'busybox' && !w.interactive) return `${w.name}: ${builtin}: line ${w.line}: ${text}\n`;
  return `${prefix(w)}${builtin}: ${text}\n`;
}

/** A redirection that cannot be opened. */
export function redirectError(w: Where, path: string, errno: string, forWrite: boolean): string {
  if (w.flavour === 'bash') return `${prefix(w)}${path}: ${STRERR[errno] ?? errno}\n`;
  const verb = forWrite ? 'create' : 'open';
  if (w.flavour === 'dash') {
    const text = errno === 'ENOENT' ? (forWrite ? 'Directory nonexistent' : 'No such file') : (STRERR[errno] ?? errno);
    return `${prefix(w)}cannot ${verb} ${path}: ${text}\n`;
  }
  const text = errno === 'ENOENT' ? (forWrite ? 'nonexistent directory' : 'no such file') : (STRERR[errno] ?? errno);
  return `${prefix(w)}can't ${verb} ${path}: ${text}\n`;
}

const STRERR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EACCES: 'Permission denied',
  EROFS: 'Read-only file system',
};

export function strerror(code: string): string {
  return STRERR[code] ?? code;
}

/** An expansion failure after the prefix: bash's text, or dash's and busybox's own words. */
export function expansionText(flavour: Flavour, e: { message: string; arith?: { arith: 'div0' | 'syntax'; source: string } }): string {
  const bad = /^\$\{.*\}: bad substitution$/.test(e.message);
  if (flavour === 'dash') {
    if (e.arith) return `arithmetic expression: ${e.arith.arith === 'div0' ? 'division by zero' : 'expecting primary'}: "${e.arith.source}"`;
    return bad ? 'Bad substitution' : e.message;
  }
  if (flavour === 'busybox') {
    if (e.arith) return e.arith.arith === 'div0' ? 'divide by zero' : 'arithmetic syntax error';
    return bad ? 'syntax error: bad substitution' : e.message;
  }
  return e.message;
}

/** Syntax errors; `source` is the -c string or line, which bash echoes back. */
export function syntaxError(w: Where, e: ShellSyntaxError, source: string): string {
  const line = w.line + e.line - 1;
  if (e.atEnd && w.flavour !== 'bash') e = new ShellSyntaxErrorAtEnd(e);
  if (e.custom && w.flavour !== 'bash') {
    return w.flavour === 'dash' ? `${w.name}: ${line}: Syntax error: ${e.custom}\n` : `${w.name}: syntax error: ${e.custom.toLowerCase()}\n`;
  }
  if (w.flavour === 'dash') {
    const what = e.quote ? 'Unterminated quoted string' : e.token === null ? `end of file unexpected${e.expecting ? ` (expecting "${e.expecting}")` : ''}` : `"${e.token}" unexpected`;
    return `${w.name}: ${line}: Syntax error: ${what}\n`;
  }
  if (w.flavour === 'busybox') {
    const what = e.quote ? 'unterminated quoted string' : e.token === null ? `unexpected end of file${e.expecting ? ` (expecting "${e.expecting}")` : ''}` : `unexpected "${e.token}"`;
    return `${w.name}: syntax error: ${what}\n`;
  }
  const where = w.interactive ? `${w.name}: ` : `${w.name}: -c: line ${line}: `;
  if (e.quote) return `${where}unexpected EOF while looking for matching \`${e.quote}'\n`;
  if (e.token === null) return `${where}syntax error: unexpected end of file\n`;
  const text = `${where}syntax error near unexpected token \`${e.token}'\n`;
  const echoed = source.split('\n')[e.line - 1] ?? '';
  return w.interactive ? text : `${text}${where}\`${echoed}'\n`;
}
