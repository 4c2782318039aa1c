// docker network disconnect: take a container off a network (a running one leaves it at once,
// its address and, on its gateway network, its published ports going back to their pools).
// Flags: -f/--force.
import type { CommandSpec } from '../../command.ts';

export const disconnect: CommandSpec = {
  name: 'disconnect',
  use: 'disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the container to disconnect from a network' }],
  args: { min: 2, max: 2 },
  async run(ctx, args, flags) {
    const { runDisconnect } = await import('./disconnect-run.ts');
    return runDisconnect(ctx, args, flags);
  },
};
