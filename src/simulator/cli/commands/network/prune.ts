// docker network prune: remove every custom network no running container is attached to,
// after a [y/N] confirmation unless -f; prints "Deleted Networks:" and the names. Flags:
// --filter (until, label, label!), -f/--force.
import type { CommandSpec } from '../../command.ts';

export const USE = 'prune [OPTIONS]';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove all unused networks',
  flags: [
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPruneCommand } = await import('./prune-run.ts');
    return runPruneCommand(ctx, args, flags);
  },
};
