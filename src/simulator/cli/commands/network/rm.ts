// docker network rm (remove): each network by name, id or id prefix, its argument printed once
// removed; errors are printed as they happen, then "exit status 1" (exit 1). Flags:
// -f/--force (a network that does not exist is no error).
import type { CommandSpec } from '../../command.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliasesLine: 'docker network rm, docker network remove',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runRm } = await import('./rm-run.ts');
    return runRm(ctx, args, flags);
  },
};
