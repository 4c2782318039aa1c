// docker volume rm (remove): remove each volume, printing its name; a volume a container
// still uses stays ("volume is in use - [<container id>]", even with -f), a missing one is
// "no such volume" unless -f. Errors are reported together at the end, exit 1.
// Flags: -f/--force.
import type { CommandSpec } from '../../command.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliasesLine: 'docker volume rm, docker volume remove',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runRm } = await import('./rm-run.ts');
    return runRm(ctx, args, flags);
  },
};
