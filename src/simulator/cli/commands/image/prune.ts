// docker image prune: remove dangling images (with -a, every image no container uses). Without
// -f it asks "[y/N]" on stdout and reads the answer from the terminal; no answer (or anything
// but y) cancels quietly with exit 0, as docker/cli's cancelled prompt does. Flags: -a, -f,
// --filter (until, label, label!).
import type { CommandSpec } from '../../command.ts';

export const USE = 'prune [OPTIONS]';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove unused images',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPrune } = await import('./prune-run.ts');
    return runPrune(ctx, args, flags);
  },
};
