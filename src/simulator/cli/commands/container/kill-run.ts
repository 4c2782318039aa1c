// docker container kill: what the command does (its spec, flags and help are in kill.ts, which
// loads this module the first time the command runs).
import { containerKill } from '../../../engine/containers/stop.ts';
import { flagString } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export async function runKill(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const signal = flagString(flags, 'signal');
  await forEachContainer(ctx, args, (ref) => containerKill(ctx.engine, trimRef(ref), signal));
}
