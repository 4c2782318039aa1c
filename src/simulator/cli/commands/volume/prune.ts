// docker volume prune: remove the local volumes no container uses: anonymous ones only, or
// all with -a. Without -f it asks [y/N] on stdout and reads the answer; anything but "y"
// cancels quietly (exit 0). Prints "Deleted Volumes:" and the total reclaimed.
// Flags: -a/--all, --filter (label, label!), -f/--force.
import type { CommandSpec } from '../../command.ts';

export const USE = 'prune [OPTIONS]';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove unused local volumes',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPrune } = await import('./prune-run.ts');
    return runPrune(ctx, args, flags);
  },
};
