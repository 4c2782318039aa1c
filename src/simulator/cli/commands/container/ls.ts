// docker container ls (ps, list) and docker ps: the containers, newest first, running ones
// unless -a. Flags: -a/--all, -f/--filter, --format (table, json, Go templates), -n/--last,
// -l/--latest, --no-trunc, -q/--quiet, -s/--size (also turned on by a template using .Size).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { FORMAT_HELP } from '../format-help.ts';

export { FORMAT_HELP };

const FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
  { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: FORMAT_HELP },
  { name: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', defaultText: '-1' },
  { name: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
  { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
];

export const ps: CommandSpec = {
  name: 'ps',
  use: 'ps [OPTIONS]',
  short: 'List containers',
  aliasesLine: 'docker container ls, docker container list, docker container ps, docker ps',
  flags: FLAGS,
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPs } = await import('./ls-run.ts');
    return runPs(ctx, args, flags);
  },
};

export const ls: CommandSpec = {
  ...ps,
  name: 'ls',
  aliases: ['ps', 'list'],
  use: 'ls [OPTIONS]',
  async run(ctx, args, flags) {
    const { runLs } = await import('./ls-run.ts');
    return runLs(ctx, args, flags);
  },
};
