// docker container restart: stop each container as `docker stop` does (-s, -t), then start
// it again; a stopped one just starts. Resets RestartCount. Prints each argument restarted.
// Flags: -s/--signal, -t/--timeout (and the deprecated --time).
import { containerRestart, restartResult } from '../../../engine/containers/stop.ts';
import { Interrupted } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { attempt, report, trimRef, type ItemResult } from './each-container.ts';
import { STOP_FLAGS, stopOptions } from './stop.ts';
import { waitUntil } from './wait-until.ts';

export const restart: CommandSpec = {
  name: 'restart',
  use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliasesLine: 'docker container restart, docker restart',
  flags: STOP_FLAGS,
  args: { min: 1 },
  async run(ctx, args, flags) {
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
  },
};
