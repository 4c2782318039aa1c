// cobra's positional-argument validators as compose's commands use them (MinimumNArgs, NoArgs):
// their messages are printed bare by the plugin (no usage line) and exit 1.
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';

/** cobra.MinimumNArgs(n). */
export function requireMinArgs(args: string[], n: number): void {
  if (args.length < n) throw new CliError(`requires at least ${n} arg(s), only received ${args.length}`, 1);
}

/** cobra.NoArgs: `unknown command "x" for "docker compose ls"`. */
export function requireNoArgs(ctx: CommandContext, args: string[]): void {
  if (args.length > 0) throw new CliError(`unknown command ${JSON.stringify(args[0])} for ${JSON.stringify(ctx.path)}`, 1);
}
