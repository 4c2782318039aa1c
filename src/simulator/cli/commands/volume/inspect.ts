// docker volume inspect: each volume's document as the daemon returns it (an indented JSON
// array) or -f/--format rendered per volume; a missing one is reported after the output
// ("get NAME: no such volume"), exit 1. Flags: -f/--format.
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runInspectCommand } = await import('./inspect-run.ts');
    return runInspectCommand(ctx, args, flags);
  },
};
