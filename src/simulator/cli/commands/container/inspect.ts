// docker container inspect: each container's low-level document as the daemon returns it (an
// indented JSON array), or -f/--format rendered per container. Flags: -f/--format, -s/--size.
// Missing containers are reported after the output ("No such container"), exit 1.
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../format-help.ts';

export { INSPECT_FORMAT_HELP };

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runInspectCommand } = await import('./inspect-run.ts');
    return runInspectCommand(ctx, args, flags);
  },
};
