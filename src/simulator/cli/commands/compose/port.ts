// docker compose port: the host address a service container's port is published on
// ("0.0.0.0:8080"). Flags: --index, --protocol.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const PORT_FLAGS: FlagSpec[] = [
  { name: 'index', type: 'int', usage: 'Index of the container if service has multiple replicas' },
  { name: 'protocol', type: 'string', usage: 'tcp or udp', defaultText: '"tcp"' },
];

export const port: CommandSpec = {
  name: 'port',
  use: 'port [OPTIONS] SERVICE PRIVATE_PORT',
  short: 'Print the public port for a port binding',
  flags: withDryRun(PORT_FLAGS),
  async run(ctx, args, flags) {
    const { runPort } = await import('./port-run.ts');
    return runPort(ctx, args, flags);
  },
};
