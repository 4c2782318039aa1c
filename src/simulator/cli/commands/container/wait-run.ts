// docker container wait: what the command does (its spec, flags and help are in wait.ts, which
// loads this module the first time the command runs).
import { isRunning } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import { errorText, trimRef } from './each-container.ts';
import { waitUntil } from './wait-until.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export async function runWait(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  const errors: string[] = [];
  for (const ref of args) {
    let c: ContainerRecord;
    try {
      ctx.engine.tick();
      c = getContainer(ctx.engine, trimRef(ref));
    } catch (e) {
      errors.push(errorText(e));
      continue;
    }
    if (!(await waitUntil(ctx, () => !isRunning(c)))) throw new Interrupted(130);
    ctx.stdout.write(`${c.state.exitCode}\n`);
  }
  if (errors.length) throw new CliError(errors.join('\n'), 1);
}
