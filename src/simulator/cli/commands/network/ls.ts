// docker network ls (list): the networks sorted by name in natural order, as the NETWORK ID /
// NAME / DRIVER / SCOPE table, ids only (-q) or a --format template. Flags: -f/--filter
// (driver, id, label, name, scope, type, dangling), --format, --no-trunc, -q/--quiet.
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from '../container/ls.ts';

export const USE = 'ls [OPTIONS]';

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: USE,
  short: 'List networks',
  aliasesLine: 'docker network ls, docker network list',
  flags: [
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runLs } = await import('./ls-run.ts');
    return runLs(ctx, args, flags);
  },
};
