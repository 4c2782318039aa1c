// rm [-r|-R] [-f] [-i ignored] [-d] [-v]: GNU's "cannot remove 'x': No such file or directory",
// "Is a directory" without -r, the --preserve-root failsafe for '/'; busybox's "can't remove".
import type { CommandContext } from '../command.ts';
import { badOption, errText, parseOptions, progName, qa } from './util.ts';

export function rm(ctx: CommandContext): number {
  const opts = parseOptions(ctx.argv.slice(1), { flags: 'rRfidv', long: { recursive: 'r', force: 'f', dir: 'd', verbose: 'v', 'no-preserve-root': 'N' } });
  if ('error' in opts) return badOption(ctx, opts.error);
  const name = progName(ctx);
  const force = opts.flags.has('f');
  const recursive = opts.flags.has('r') || opts.flags.has('R');
  if (opts.operands.length === 0) return force ? 0 : badOption(ctx, 'missing operand');
  let status = 0;
  for (const f of opts.operands) {
    const path = ctx.resolve(f);
    if (recursive && path === '/' && !opts.flags.has('N')) {
      ctx.io.stderr.write(`${name}: it is dangerous to operate recursively on '/'\n${name}: use --no-preserve-root to override this failsafe\n`);
      status = 1;
      continue;
    }
    try {
      const st = ctx.fs.lstat(path);
      if (st.kind === 'dir' && !recursive) {
        if (opts.flags.has('d')) ctx.fs.rmdir(path);
        else {
          ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: '${f}' is a directory\n` : `${name}: cannot remove ${qa(f)}: Is a directory\n`);
          status = 1;
          continue;
        }
      } else ctx.fs.rm(path, { recursive });
      if (opts.flags.has('v')) ctx.io.stdout.write(`removed ${st.kind === 'dir' ? 'directory ' : ''}${qa(f)}\n`);
    } catch (e) {
      const msg = errText(e);
      if (force && msg === 'No such file or directory') continue;
      ctx.io.stderr.write(ctx.flavour === 'busybox' ? `${name}: can't remove '${f}': ${msg}\n` : `${name}: cannot remove ${qa(f)}: ${msg}\n`);
      status = 1;
    }
  }
  return status;
}
