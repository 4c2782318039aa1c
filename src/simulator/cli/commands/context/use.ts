// docker context use CONTEXT: make a context the default one. "default" always exists; any
// other name is checked (valid, then present in the context store, which has none here).
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';

export const use: CommandSpec = {
  name: 'use',
  use: 'use CONTEXT',
  short: 'Set the default docker context',
  flags: [],
  async run(ctx, args, flags) {
    // cobra.ExactArgs (not docker/cli's cli.ExactArgs): its own message, no usage.
    if (args.length !== 1) throw new CliError(`accepts 1 arg(s), received ${args.length}`, 1);
    const { runUse } = await import('./context-run.ts');
    return runUse(ctx, args, flags);
  },
};
