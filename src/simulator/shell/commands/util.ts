// Shared pieces of the commands: option parsing as getopt does it (clustered short flags,
// options after operands, `--`), the program name as the tool prints it, coreutils/busybox
// quoting, and the error line "<prog>: <file>: <strerror>".
import { basename } from '../../fs/path.ts';
import { isFsError } from '../../fs/errors.ts';
import type { CommandContext } from '../command.ts';

export interface Parsed {
  flags: Set<string>;
  values: Record<string, string>;
  operands: string[];
}

export interface OptionSpec {
  /** Single-letter flags without an argument. */
  flags: string;
  /** Single-letter options taking an argument (-n 5, -n5). */
  withArg?: string;
  /** Long options mapped to a short letter ('--all' -> 'a'); '=value' allowed for withArg letters. */
  long?: Record<string, string>;
}

/** GNU getopt_long; returns the message for a bad option instead of throwing. */
export function parseOptions(args: string[], spec: OptionSpec): Parsed | { error: string } {
  const out: Parsed = { flags: new Set(), values: {}, operands: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      out.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && spec.long) {
      const [key, val] = a.split(/=(.*)/s);
      const letter = spec.long[key.slice(2)];
      if (!letter) return { error: `unrecognized option '${a}'` };
      if (spec.withArg?.includes(letter)) out.values[letter] = val ?? args[++i] ?? '';
      else out.flags.add(letter);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (spec.withArg?.includes(c)) {
          const rest = a.slice(j + 1);
          if (rest === '' && i + 1 >= args.length) return { error: `option requires an argument -- '${c}'` };
          out.values[c] = rest !== '' ? rest : args[++i];
          break;
        }
        if (!spec.flags.includes(c)) return { error: `invalid option -- '${c}'` };
        out.flags.add(c);
      }
      continue;
    }
    out.operands.push(a);
  }
  return out;
}

/** How the tool names itself: GNU uses argv[0] as typed, busybox its applet name. */
export function progName(ctx: CommandContext): string {
  return ctx.flavour === 'busybox' ? basename(ctx.argv[0]) : ctx.argv[0];
}

/** Report a bad option the GNU way ("Try 'ls --help'") or busybox's; returns the exit status. */
export function badOption(ctx: CommandContext, error: string, status = 1): number {
  const name = progName(ctx);
  if (ctx.flavour === 'busybox') ctx.io.stderr.write(`${name}: ${error}\n`);
  else ctx.io.stderr.write(`${name}: ${error}\nTry '${name} --help' for more information.\n`);
  return status;
}

/** coreutils quoteaf, as `ls: cannot access 'x'` and `rm: cannot remove 'x'` print names. */
export function qa(name: string): string {
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}

/** coreutils quote() in a UTF-8 locale: ‘name’; in the C locale of a bare container: 'name'. */
export function ql(ctx: CommandContext, name: string): string {
  const lang = ctx.env.LC_ALL || ctx.env.LC_CTYPE || ctx.env.LANG || '';
  return /utf-?8/i.test(lang) ? `\u2018${name}\u2019` : `'${name}'`;
}

/** The strerror text of a filesystem error, or rethrow what is not one. */
export function errText(e: unknown): string {
  if (isFsError(e)) return e.message;
  throw e;
}

/** Read every operand ('-' or none: stdin); report failures as `<prog>: <file>: <error>`. */
export function readInputs(ctx: CommandContext, files: string[], onError?: (file: string, e: unknown) => void): { texts: { name: string; text: string }[]; failed: boolean } {
  const texts: { name: string; text: string }[] = [];
  let failed = false;
  for (const f of files.length === 0 ? ['-'] : files) {
    if (f === '-') {
      texts.push({ name: '-', text: ctx.io.stdin });
      continue;
    }
    try {
      texts.push({ name: f, text: ctx.fs.readFile(ctx.resolve(f)) });
    } catch (e) {
      failed = true;
      if (onError) onError(f, e);
      else ctx.io.stderr.write(`${progName(ctx)}: ${f}: ${errText(e)}\n`);
    }
  }
  return { texts, failed };
}

/** Split text into lines without the final empty piece after a trailing newline. */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
