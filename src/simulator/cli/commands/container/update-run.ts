// docker container update: what the command does (its spec, flags and help are in update.ts,
// which loads this module the first time the command runs). As docker/cli's runUpdate: no flag
// at all is an error, the restart policy's syntax is checked before any request, then each
// container in turn (printed when updated; the daemon's errors joined at the end, exit 1).
import { containerUpdate } from '../../../engine/containers/update.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagString } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { flagValueError, parseRestart } from './container-options.ts';
import { forEachContainer, trimRef } from './each-container.ts';
import { parseResources } from './resource-options.ts';
import { update } from './update.ts';

export async function runUpdate(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<void> {
  const resources = parseResources((flag, value, why) => flagValueError(ctx, update.use, flag, value, why), flags);
  if (!Object.values(flags).some((v) => v !== undefined)) {
    throw new CliError('you must provide one or more flags when using this command', 1);
  }
  const restart = parseRestart(flagString(flags, 'restart'), 'update', (m) => new CliError(m, 1));
  await forEachContainer(ctx, args, (ref) => containerUpdate(ctx.engine, trimRef(ref), { resources, restart }));
}
