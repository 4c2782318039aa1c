// docker container kill: send SIGKILL (or -s/--signal, a name or a number) to each running
// container; prints each argument that got it. The daemon prefixes its errors with
// "cannot kill container: NAME:".
import { containerKill } from '../../../engine/containers/stop.ts';
import type { CommandSpec } from '../../command.ts';
import { flagString } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';

export const kill: CommandSpec = {
  name: 'kill',
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliasesLine: 'docker container kill, docker kill',
  flags: [{ name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const signal = flagString(flags, 'signal');
    await forEachContainer(ctx, args, (ref) => containerKill(ctx.engine, trimRef(ref), signal));
  },
};
