// docker container wait: for each container in turn, block until it is not running (the
// daemon's "not-running" condition: a restarting container is still running) and print its
// exit code; errors are joined at the end (exit 1). Ctrl+C ends the wait (exit 130).
import type { CommandSpec } from '../../command.ts';

export const wait: CommandSpec = {
  name: 'wait',
  use: 'wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  aliasesLine: 'docker container wait, docker wait',
  flags: [],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runWait } = await import('./wait-run.ts');
    return runWait(ctx, args, flags);
  },
};
