// docker volume rm (remove): remove each volume, printing its name; a volume a container
// still uses stays ("volume is in use - [<container id>]", even with -f), a missing one is
// "no such volume" unless -f. Errors are reported together at the end, exit 1.
// Flags: -f/--force.
import { removeVolume } from '../../../engine/volumes.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool } from '../../command.ts';
import { errorText } from '../container/each-container.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm [OPTIONS] VOLUME [VOLUME...]',
  short: 'Remove one or more volumes',
  long: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
  aliasesLine: 'docker volume rm, docker volume remove',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of one or more volumes' }],
  args: { min: 1 },
  run(ctx, args, flags) {
    ctx.engine.tick();
    const errors: string[] = [];
    for (const name of args) {
      try {
        const id = name.trim();
        if (id === '') throw new CliError('invalid volume name or ID: value is empty', 1);
        removeVolume(ctx.engine, id, flagBool(flags, 'force'));
        ctx.stdout.write(`${name}\n`);
      } catch (e) {
        errors.push(errorText(e));
      }
    }
    if (errors.length) throw new CliError(errors.join('\n'), 1);
  },
};
