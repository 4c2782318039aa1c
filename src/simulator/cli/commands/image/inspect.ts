// docker image inspect: each image's low-level document as the daemon returns it (an indented
// JSON array), or -f/--format rendered per image. Missing images are reported after the output
// ("No such image: x:latest"), exit 1. Flags: -f/--format, --platform.
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';

const PLATFORM_USAGE = `Inspect a specific platform of the multi-platform image.
If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)`;

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'platform', type: 'string', usage: PLATFORM_USAGE },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runInspectCommand } = await import('./inspect-run.ts');
    return runInspectCommand(ctx, args, flags);
  },
};
