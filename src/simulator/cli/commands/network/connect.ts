// docker network connect: attach a container to a network; a running container joins at once
// (an address, its DNS names), a stopped one when it starts. Flags: --alias, --driver-opt,
// --gw-priority, --ip, --ip6, --link, --link-local-ip.
import type { CommandSpec } from '../../command.ts';

export const USE = 'connect [OPTIONS] NETWORK CONTAINER';

export const connect: CommandSpec = {
  name: 'connect',
  use: USE,
  short: 'Connect a container to a network',
  flags: [
    { name: 'alias', type: 'list', typeLabel: 'strings', usage: 'Add network-scoped alias for the container' },
    { name: 'driver-opt', type: 'list', typeLabel: 'strings', usage: 'driver options for the network' },
    { name: 'gw-priority', type: 'int', usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
    { name: 'ip', type: 'string', typeLabel: 'ip', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', type: 'string', typeLabel: 'ip', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', type: 'list', usage: 'Add link to another container' },
    { name: 'link-local-ip', type: 'list', typeLabel: 'ipSlice', defaultText: '[]', usage: 'Add a link-local address for the container' },
  ],
  args: { min: 2, max: 2 },
  async run(ctx, args, flags) {
    const { runConnect } = await import('./connect-run.ts');
    return runConnect(ctx, args, flags);
  },
};
