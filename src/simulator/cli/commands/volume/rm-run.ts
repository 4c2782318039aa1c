// docker volume rm (remove): what the command does (its spec, flags and help are in rm.ts, which
// loads this module the first time the command runs).
import { removeVolume } from '../../../engine/volumes.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool } from '../../command.ts';
import { errorText } from '../container/each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags) {
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
}
