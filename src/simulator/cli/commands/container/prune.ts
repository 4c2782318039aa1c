// docker container prune: remove every container that is not running (created, exited,
// dead). Without -f it asks [y/N] on stdout and reads the answer from stdin (piped, or typed at
// the terminal); anything but "y" cancels quietly (exit 0). Flags: -f/--force, --filter
// (label, label!, until).
import type { CommandSpec } from '../../command.ts';

export const USE = 'prune [OPTIONS]';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove all stopped containers',
  flags: [
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPrune } = await import('./prune-run.ts');
    return runPrune(ctx, args, flags);
  },
};
