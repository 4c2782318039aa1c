// docker container unpause: thaw each paused container; prints each argument unpaused.
// No flags.
import type { CommandSpec } from '../../command.ts';

export const unpause: CommandSpec = {
  name: 'unpause',
  use: 'unpause CONTAINER [CONTAINER...]',
  short: 'Unpause all processes within one or more containers',
  aliasesLine: 'docker container unpause, docker unpause',
  flags: [],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runUnpause } = await import('./unpause-run.ts');
    return runUnpause(ctx, args, flags);
  },
};
