// docker container stats: resource usage of the running containers (all with -a, or those
// named). With --no-stream one table is printed; otherwise the table is redrawn every 500ms
// (cursor home, each line ending in "erase line", then "erase below", as docker writes it)
// until Ctrl+C. Flags: -a/--all, --format, --no-stream, --no-trunc.
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from './ls.ts';

export const stats: CommandSpec = {
  name: 'stats',
  use: 'stats [OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliasesLine: 'docker container stats, docker stats',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'no-stream', type: 'bool', usage: 'Disable streaming stats and only pull the first result' },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate output' },
  ],
  async run(ctx, args, flags) {
    const { runStats } = await import('./stats-run.ts');
    return runStats(ctx, args, flags);
  },
};
