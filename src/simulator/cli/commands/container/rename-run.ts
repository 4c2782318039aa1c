// docker container rename: what the command does (its spec, flags and help are in rename.ts, which
// loads this module the first time the command runs).
import { containerRename } from '../../../engine/containers/remove.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { errorText, trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runRename(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  try {
    const id = trimRef(args[0]);
    const name = args[1].trim();
    if (name.replace(/^\//, '') === '') throw new CliError('new name cannot be blank', 1);
    containerRename(ctx.engine, id, name);
  } catch (e) {
    throw new CliError(`failed to rename container: ${errorText(e)}`, 1);
  }
}
