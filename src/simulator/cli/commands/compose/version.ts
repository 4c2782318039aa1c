// docker compose version: "Docker Compose version v5.x" (the plugin the CLI reports in
// `docker info`); --short the number alone, -f/--format json a JSON object. Needs no project.
import { COMPOSE_VERSION } from '../../versions.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { requireNoArgs } from './args.ts';
import { withDryRun } from './compose-root.ts';

const VERSION_FLAGS: FlagSpec[] = [
  { name: 'format', short: 'f', type: 'string', usage: 'Format the output. Values: [pretty | json]. (Default: pretty)' },
  { name: 'short', type: 'bool', usage: "Shows only Compose's version number" },
];

export const version: CommandSpec = {
  name: 'version',
  use: 'version [OPTIONS]',
  short: 'Show the Docker Compose version information',
  flags: withDryRun(VERSION_FLAGS),
  run(ctx, args, flags) {
    requireNoArgs(ctx, args);
    if (flagBool(flags, 'short')) ctx.stdout.write(`${COMPOSE_VERSION.replace(/^v/, '')}\n`);
    else if (flagString(flags, 'format') === 'json') ctx.stdout.write(`{"version":${JSON.stringify(COMPOSE_VERSION)}}\n`);
    else ctx.stdout.write(`Docker Compose version ${COMPOSE_VERSION}\n`);
    return 0;
  },
};
