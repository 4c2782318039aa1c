// Running a piece of shell source in an interpreter: parse (syntax errors reported in the
// flavour's words, exit status 2; a here-document cut short gets bash's warning), run, and turn
// `exit` into the status. Used by sh -c, scripts, and the interactive shell.
import type { CommandIO } from './context.ts';
import { ExitSignal, Incomplete, ShellSyntaxError } from './errors.ts';
import type { Interpreter } from './interpreter.ts';
import { syntaxError } from './messages.ts';
import { parse, type ParseResult } from './parser.ts';

/** Incomplete input in a script is an error: at the end of the text (bash counts one line past it). */
export function asSyntaxError(e: Incomplete, source: string, bash: boolean): ShellSyntaxError {
  const lines = source.split('\n').length - (bash ? 0 : 1);
  if (e.expecting === "'" || e.expecting === '"' || e.expecting === '`') return new ShellSyntaxError(null, 1, { quote: e.expecting });
  const expecting = /^[a-z}]+$/.test(e.expecting) ? e.expecting : undefined;
  return new ShellSyntaxError(null, source.endsWith('\n') ? lines : lines + 1, { expecting });
}

export function parseOrReport(interp: Interpreter, source: string, io: CommandIO): ParseResult | null {
  try {
    const result = parse(source);
    const w = interp.where();
    for (const delim of result.unterminatedHeredocs) {
      if (w.flavour === 'bash') io.stderr.write(`${w.name}: warning: here-document at line ${w.line} delimited by end-of-file (wanted \`${delim}')\n`);
    }
    return result;
  } catch (e) {
    let err = e;
    if (err instanceof Incomplete) err = asSyntaxError(err, source, interp.flavour === 'bash');
    if (!(err instanceof ShellSyntaxError)) throw err;
    const w = { ...interp.where(), line: (interp.state.lineBase ?? 0) + 1 };
    io.stderr.write(syntaxError(w, err, source));
    return null;
  }
}

/** Run source to its end; `exit N` ends it with N. */
export async function runSource(interp: Interpreter, source: string, io: CommandIO): Promise<number> {
  const parsed = parseOrReport(interp, source, io);
  if (!parsed) return 2;
  try {
    return await interp.runList(parsed.list, io);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
