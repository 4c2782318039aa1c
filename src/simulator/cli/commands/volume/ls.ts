// docker volume ls (list): the volumes, sorted by name in natural order, as the DRIVER /
// VOLUME NAME table, names only (-q) or a --format template. Flags: -f/--filter (dangling,
// name, driver, label), --format, -q/--quiet; --cluster (hidden without swarm) lists the
// cluster volumes, of which a daemon outside a swarm has none.
import type { CommandSpec } from '../../command.ts';
import { FORMAT_HELP } from '../container/ls.ts';

export const USE = 'ls [OPTIONS]';

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: USE,
  short: 'List volumes',
  aliasesLine: 'docker volume ls, docker volume list',
  flags: [
    { name: 'cluster', type: 'bool', hidden: true, usage: 'Display only cluster volumes, and use cluster volume list formatting' },
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runLs } = await import('./ls-run.ts');
    return runLs(ctx, args, flags);
  },
};
