// docker inspect: any object by name or id (docker/cli system/inspect.go). Without --type each
// reference is tried as a container, then an image (swarm objects are skipped on a daemon that
// is no swarm manager); "not found" moves on to the next kind, and a reference nothing matches is
// "error: no such object: NAME". Flags: -f/--format, -s/--size (containers), --type.
import type { CommandSpec } from '../command.ts';
import { INSPECT_FORMAT_HELP } from './container/inspect.ts';

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runInspectCommand } = await import('./inspect-run.ts');
    return runInspectCommand(ctx, args, flags);
  },
};
