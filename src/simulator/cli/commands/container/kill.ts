// docker container kill: send SIGKILL (or -s/--signal, a name or a number) to each running
// container; prints each argument that got it. The daemon prefixes its errors with
// "cannot kill container: NAME:".
import type { CommandSpec } from '../../command.ts';

export const kill: CommandSpec = {
  name: 'kill',
  use: 'kill [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Kill one or more running containers',
  aliasesLine: 'docker container kill, docker kill',
  flags: [{ name: 'signal', short: 's', type: 'string', usage: 'Signal to send to the container' }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runKill } = await import('./kill-run.ts');
    return runKill(ctx, args, flags);
  },
};
