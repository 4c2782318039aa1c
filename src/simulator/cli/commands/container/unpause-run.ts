// docker container unpause: what the command does (its spec, flags and help are in unpause.ts,
// which loads this module the first time the command runs).
import { unpauseContainer } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import { forEachContainer, trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export async function runUnpause(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  await forEachContainer(ctx, args, (ref) => unpauseContainer(ctx.engine, getContainer(ctx.engine, trimRef(ref))));
}
