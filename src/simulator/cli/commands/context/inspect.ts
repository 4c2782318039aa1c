// docker context inspect [CONTEXT...]: the stored metadata of contexts (the current one when
// none is named) as an indented JSON array, or through -f/--format.
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../format-help.ts';

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] [CONTEXT] [CONTEXT...]',
  short: 'Display detailed information on one or more contexts',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  async run(ctx, args, flags) {
    const { runInspectContexts } = await import('./context-run.ts');
    return runInspectContexts(ctx, args, flags);
  },
};
