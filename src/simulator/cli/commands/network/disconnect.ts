// docker network disconnect: take a container off a network (a running one leaves it at once,
// its address and, on its gateway network, its published ports going back to their pools).
// Flags: -f/--force.
import { disconnectContainer } from '../../../engine/network/connect.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool } from '../../command.ts';

export const disconnect: CommandSpec = {
  name: 'disconnect',
  use: 'disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
  args: { min: 2, max: 2 },
  run(ctx, args, flags) {
    const [network, container] = args.map((a) => a.trim());
    if (network === '') throw new CliError('invalid network name or ID: value is empty', 1);
    if (container === '') throw new CliError('invalid container name or ID: value is empty', 1);
    ctx.engine.tick();
    disconnectContainer(ctx.engine, container, network, flagBool(flags, 'force'));
  },
};
