// touch [-c] FILE...: creates empty files or sets their mtime to now (the injected clock).
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

export function touch(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'cam', withArg: 'dtr', long: { 'no-create': 'c' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  if (opts.operands.length === 0) return badOption(ctx, 'missing file operand');
  let status = 0;
  for (const f of opts.operands) {
    const path = ctx.resolve(f);
    try {
      if (ctx.fs.exists(path)) ctx.fs.utimes(path, ctx.host.now());
      else if (!opts.flags.has('c')) ctx.fs.writeFile(path, '', { append: true });
    } catch (e) {
      const msg = errText(e);
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: ${f}: ${msg}\n` : `${name}: cannot touch ${qa(f)}: ${msg}\n`);
      status = 1;
    }
  }
  return status;
}
