// docker network inspect: each network's document as the daemon returns it (an indented JSON
// array), or -f/--format rendered per network; a missing one is "Error response from daemon:
// network NAME not found" after the output, exit 1. Flags: -f/--format, -v/--verbose (no
// swarm services here, so the same document).
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runInspectCommand } = await import('./inspect-run.ts');
    return runInspectCommand(ctx, args, flags);
  },
};
