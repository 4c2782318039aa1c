// docker container pause: freeze every process of each running container (the cgroup
// freezer); prints each argument paused. No flags.
import type { CommandSpec } from '../../command.ts';

export const pause: CommandSpec = {
  name: 'pause',
  use: 'pause CONTAINER [CONTAINER...]',
  short: 'Pause all processes within one or more containers',
  aliasesLine: 'docker container pause, docker pause',
  flags: [],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runPause } = await import('./pause-run.ts');
    return runPause(ctx, args, flags);
  },
};
