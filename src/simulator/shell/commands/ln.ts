// ln [-s] [-f] TARGET LINK_NAME (or ... DIRECTORY): symbolic links as given; a hard link is
// modelled as a copy (the filesystems here have no inode sharing).
import { basename } from '../../fs/path.ts';
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

export function ln(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'sfnvT', long: { symbolic: 's', force: 'f' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const [target, link] = opts.operands;
  if (target === undefined) return badOption(ctx, 'missing file operand');
  let dest = link ?? basename(target);
  try {
    if (ctx.fs.exists(ctx.resolve(dest)) && ctx.fs.stat(ctx.resolve(dest)).kind === 'dir') dest = `${dest}/${basename(target)}`;
  } catch {
    // resolved below
  }
  const path = ctx.resolve(dest);
  try {
    if (opts.flags.has('f')) ctx.fs.rm(path, { force: true });
    if (opts.flags.has('s')) ctx.fs.symlink(target, path);
    else {
      const from = ctx.resolve(target);
      ctx.fs.writeFile(path, ctx.fs.readFile(from), { mode: ctx.fs.stat(from).mode });
    }
  } catch (e) {
    const msg = errText(e);
    if (ctx.flavour === 'busybox') ctx.io.stderr.write(`${name}: ${dest}: ${msg}\n`);
    else if (msg === 'File exists') ctx.io.stderr.write(`${name}: failed to create ${opts.flags.has('s') ? 'symbolic' : 'hard'} link ${qa(dest)}: ${msg}\n`);
    else ctx.io.stderr.write(`${name}: failed to access ${qa(target)}: ${msg}\n`);
    return 1;
  }
  return 0;
}
