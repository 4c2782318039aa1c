// docker compose down: stop and remove the project's containers (dependents first), then its
// networks; -v also its named and anonymous volumes, --rmi local|all its images,
// --remove-orphans the containers of services no longer in the file. -t sets the stop timeout.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const DOWN_FLAGS: FlagSpec[] = [
  { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
  { name: 'rmi', type: 'string', usage: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' },
  { name: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' },
  {
    name: 'volumes',
    short: 'v',
    type: 'bool',
    usage: 'Remove named volumes declared in the "volumes" section of the Compose file and anonymous volumes attached to containers',
  },
];

export const down: CommandSpec = {
  name: 'down',
  use: 'down [OPTIONS] [SERVICES]',
  short: 'Stop and remove containers, networks',
  flags: withDryRun(DOWN_FLAGS),
  async run(ctx, args, flags) {
    const { runDown } = await import('./down-run.ts');
    return runDown(ctx, args, flags);
  },
};
