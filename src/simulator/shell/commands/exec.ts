// exec, the builtin: the shell becomes the program, so the program's status ends the shell
// (how entrypoint scripts hand over to their command with `exec "$@"`); the host may take the
// program over (ShellHost.execHandoff). Without a program it does nothing (its redirections
// would apply to the shell itself: not modelled).
import type { CommandContext } from '../command.ts';
import { ExitSignal } from '../errors.ts';

export async function exec(ctx: CommandContext): Promise<number> {
  const args = ctx.argv.slice(1);
  if (args[0] === '--') args.shift();
  if (args.length === 0) return 0;
  const handoff = ctx.host.execHandoff?.(args, ctx.env, ctx.cwd);
  if (handoff) throw new ExitSignal(await handoff);
  throw new ExitSignal(await ctx.shell.exec(args, ctx.io, ctx.env));
}
