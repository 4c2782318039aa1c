// docker system df: disk used by images, containers, local volumes and the build cache, and how
// much of it could be reclaimed. Flags: --format (table, table TEMPLATE, json, TEMPLATE, raw)
// and -v/--verbose (a table per kind, or one template over all of them).
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from '../format-help.ts';

export const df: CommandSpec = {
  name: 'df',
  use: 'df [OPTIONS]',
  short: 'Show docker disk usage',
  flags: [
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Show detailed information on space usage' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runDf } = await import('./df-run.ts');
    return runDf(ctx, args, flags);
  },
};
