// docker network create: a user-defined network (bridge by default), its id printed. The
// client checks the IPAM flags (createIPAMConfig: every gateway and range inside a subnet);
// the daemon allocates the subnet. Flags: --attachable, --aux-address, --config-from,
// --config-only, -d/--driver, --gateway, --ingress, --internal, --ip-range, --ipam-driver,
// --ipam-opt, --ipv4, --ipv6, --label, -o/--opt, --scope, --subnet.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';

export const USE = 'create [OPTIONS] NETWORK';

const FLAGS: FlagSpec[] = [
  { name: 'attachable', type: 'bool', usage: 'Enable manual container attachment' },
  { name: 'aux-address', type: 'list', typeLabel: 'map', defaultText: 'map[]', usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' },
  { name: 'config-from', type: 'string', usage: 'The network from which to copy the configuration' },
  { name: 'config-only', type: 'bool', usage: 'Create a configuration only network' },
  { name: 'driver', short: 'd', type: 'string', defaultText: '"bridge"', usage: 'Driver to manage the Network' },
  { name: 'gateway', type: 'list', typeLabel: 'ipSlice', defaultText: '[]', usage: 'IPv4 or IPv6 Gateway for the master subnet' },
  { name: 'ingress', type: 'bool', usage: 'Create swarm routing-mesh network' },
  { name: 'internal', type: 'bool', usage: 'Restrict external access to the network' },
  { name: 'ip-range', type: 'list', typeLabel: 'ipNetSlice', defaultText: '[]', usage: 'Allocate container ip from a sub-range' },
  { name: 'ipam-driver', type: 'string', defaultText: '"default"', usage: 'IP Address Management Driver' },
  { name: 'ipam-opt', type: 'list', typeLabel: 'map', defaultText: 'map[]', usage: 'Set IPAM driver specific options' },
  { name: 'ipv4', type: 'bool', defaultText: 'true', usage: 'Enable or disable IPv4 address assignment' },
  { name: 'ipv6', type: 'bool', usage: 'Enable or disable IPv6 address assignment' },
  { name: 'label', type: 'list', usage: 'Set metadata on a network' },
  { name: 'opt', short: 'o', type: 'list', typeLabel: 'map', defaultText: 'map[]', usage: 'Set driver specific options' },
  { name: 'scope', type: 'string', usage: "Control the network's scope" },
  { name: 'subnet', type: 'list', typeLabel: 'strings', usage: 'Subnet in CIDR format that represents a network segment' },
];

export const create: CommandSpec = {
  name: 'create',
  use: USE,
  short: 'Create a network',
  flags: FLAGS,
  args: { min: 1, max: 1 },
  async run(ctx, args, flags) {
    const { runCreate } = await import('./create-run.ts');
    return runCreate(ctx, args, flags);
  },
};
