// docker system prune: stopped containers, unused networks, dangling (-a: unused) images and
// build cache, anonymous volumes with --volumes. Without -f it prints the WARNING listing what
// goes and asks [y/N]; no "y" on stdin cancels quietly (exit 0). Flags: -a/--all, --filter,
// -f/--force, --volumes.
import type { CommandSpec } from '../../command.ts';

export const systemPrune: CommandSpec = {
  name: 'prune',
  use: 'prune [OPTIONS]',
  short: 'Remove unused data',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runSystemPrune } = await import('./prune-run.ts');
    return runSystemPrune(ctx, args, flags);
  },
};
