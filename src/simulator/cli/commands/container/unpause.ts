// docker container unpause: thaw each paused container; prints each argument unpaused.
// No flags.
import { unpauseContainer } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { CommandSpec } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';

export const unpause: CommandSpec = {
  name: 'unpause',
  use: 'unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliasesLine: 'docker container unpause, docker unpause',
  flags: [],
  args: { min: 1 },
  async run(ctx, args) {
    await forEachContainer(ctx, args, (ref) => unpauseContainer(ctx.engine, getContainer(ctx.engine, trimRef(ref))));
  },
};
