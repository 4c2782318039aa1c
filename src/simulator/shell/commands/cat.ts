// cat [-n] [-b] [-E] [FILE|-]...: concatenates; GNU says "cat: x: No such file or directory",
// busybox "cat: can't open 'x': ..." and "cat: read error: Is a directory".
import type { CommandContext } from '../command.ts';
import { badOption, errText, lines, parseOptions, progName } from './util.ts';

export function cat(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'nbEsuAv', long: { number: 'n', 'number-nonblank': 'b', 'show-ends': 'E' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  let status = 0;
  let n = 0;
  for (const f of opts.operands.length === 0 ? ['-'] : opts.operands) {
    let text: string;
    if (f === '-') text = ctx.io.stdin;
    else {
      try {
        text = ctx.fs.readFile(ctx.resolve(f));
      } catch (e) {
        const msg = errText(e);
        if (ctx.flavour !== 'busybox') ctx.io.stderr.write(`${name}: ${f}: ${msg}\n`);
        else if (msg === 'Is a directory') ctx.io.stderr.write(`${name}: read error: ${msg}\n`);
        else ctx.io.stderr.write(`${name}: can't open '${f}': ${msg}\n`);
        status = 1;
        continue;
      }
    }
    if (opts.flags.has('n') || opts.flags.has('b') || opts.flags.has('E')) {
      const trailing = text.endsWith('\n');
      text = lines(text)
        .map((l, i, all) => {
          const end = opts.flags.has('E') && (i < all.length - 1 || trailing) ? '$' : '';
          if (opts.flags.has('b') && l === '') return end;
          if (opts.flags.has('n') || opts.flags.has('b')) return `${String(++n).padStart(6)}\t${l}${end}`;
          return `${l}${end}`;
        })
        .join('\n') + (trailing ? '\n' : '');
    }
    ctx.io.stdout.write(text);
  }
  return status;
}
