// mkdir [-p] [-m MODE] and rmdir [-p]: GNU's "cannot create directory ‘x’: File exists" (locale
// quotes) and "failed to remove 'x': Directory not empty"; busybox's "can't create directory".
import { dirname } from '../../fs/path.ts';
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa, ql } from './util.ts';

export function mkdir(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'pv', withArg: 'm', long: { parents: 'p', verbose: 'v', mode: 'm' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  if (opts.operands.length === 0) return badOption(ctx, 'missing operand');
  const mode = opts.values.m && /^[0-7]+$/.test(opts.values.m) ? parseInt(opts.values.m, 8) : undefined;
  let status = 0;
  for (const dir of opts.operands) {
    try {
      ctx.fs.mkdir(ctx.resolve(dir), { recursive: opts.flags.has('p'), mode });
      if (opts.flags.has('v')) ctx.io.stdout.write(`${name}: created directory ${ql(ctx, dir)}\n`);
    } catch (e) {
      const msg = errText(e);
      if (ctx.flavour === 'busybox') ctx.io.stderr.write(`${name}: can't create directory '${dir}': ${msg}\n`);
      else ctx.io.stderr.write(`${name}: cannot create directory ${ql(ctx, dir)}: ${msg}\n`);
      status = 1;
    }
  }
  return status;
}

export function rmdir(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'pv', long: { parents: 'p', verbose: 'v' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  if (opts.operands.length === 0) return badOption(ctx, 'missing operand');
  const name = progName(ctx);
  let status = 0;
  for (const dir of opts.operands) {
    let cur = dir;
    for (;;) {
      try {
        ctx.fs.rmdir(ctx.resolve(cur));
      } catch (e) {
        const msg = errText(e);
        ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: '${cur}': ${msg}\n` : `${name}: failed to remove ${qa(cur)}: ${msg}\n`);
        status = 1;
        break;
      }
      const up = dirname(cur);
      if (!opts.flags.has('p') || up === cur || up === '.' || up === '/' || !cur.includes('/')) break;
      cur = up;
    }
  }
  return status;
}
