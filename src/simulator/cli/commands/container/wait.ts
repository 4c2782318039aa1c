// docker container wait: for each container in turn, block until it is not running (the
// daemon's "not-running" condition: a restarting container is still running) and print its
// exit code; errors are joined at the end (exit 1). Ctrl+C ends the wait (exit 130).
import { isRunning } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { errorText, trimRef } from './each-container.ts';
import { waitUntil } from './wait-until.ts';

export const wait: CommandSpec = {
  name: 'wait',
  use: 'wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasesLine: 'docker container wait, docker wait',
  flags: [],
  args: { min: 1 },
  async run(ctx, args) {
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
  },
};
