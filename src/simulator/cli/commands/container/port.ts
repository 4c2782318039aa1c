// docker container port (docker port): the container's published ports as inspect's
// NetworkSettings.Ports has them ("80/tcp -> 0.0.0.0:8080"), or the host addresses of one
// private port ("0.0.0.0:8080"), lines in natural sort order. No flags.
import type { CommandSpec } from '../../command.ts';

export const port: CommandSpec = {
  name: 'port',
  use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  aliasesLine: 'docker container port, docker port',
  flags: [],
  args: { min: 1, max: 2 },
  async run(ctx, args, flags) {
    const { runPort } = await import('./port-run.ts');
    return runPort(ctx, args, flags);
  },
};
