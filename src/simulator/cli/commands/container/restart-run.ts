// docker container restart: what the command does (its spec, flags and help are in restart.ts,
// which loads this module the first time the command runs).
import { containerRestart, restartResult } from '../../../engine/containers/stop.ts';
import { Interrupted } from '../../../errors/cli-error.ts';
import { attempt, report, trimRef, type ItemResult } from './each-container.ts';
import { stopOptions } from './stop-run.ts';
import { waitUntil } from './wait-until.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export async function runRestartCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const opts = stopOptions(ctx, flags);
  const results: ItemResult[] = [];
  // One after the other, as runRestart does.
  for (const ref of args) {
    const result = await attempt(async () => {
      const id = trimRef(ref);
      const c = containerRestart(ctx.engine, id, opts);
      const settled = () => !ctx.engine.state.containers[c.id] || !c.manuallyRestarting;
      if (!(await waitUntil(ctx, settled))) throw new Interrupted(130);
      restartResult(c, id);
    });
    results.push(result);
  }
  report(ctx, args, results);
}
