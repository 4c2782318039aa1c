// docker container pause: freeze every process of each running container (the cgroup
// freezer); prints each argument paused. No flags.
import { pauseContainer } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { CommandSpec } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';

export const pause: CommandSpec = {
  name: 'pause',
  use: 'pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliasesLine: 'docker container pause, docker pause',
  flags: [],
  args: { min: 1 },
  async run(ctx, args) {
    await forEachContainer(ctx, args, (ref) => pauseContainer(ctx.engine, getContainer(ctx.engine, trimRef(ref))));
  },
};
