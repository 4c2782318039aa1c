// docker image inspect: each image's low-level document as the daemon returns it (an indented
// JSON array), or -f/--format rendered per image. Missing images are reported after the output
// ("No such image: x:latest"), exit 1. Flags: -f/--format, --platform.
import { inspectImage } from '../../../engine/image-inspect.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagString } from '../../command.ts';
import { typedImageInspect } from '../../format-context/image-inspect.ts';
import { runInspect } from '../../format-context/inspector.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';
import { platformError } from './platform.ts';

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
  run(ctx, args, flags) {
    const platform = flagString(flags, 'platform');
    const bad = platform ? platformError(platform) : undefined;
    if (bad) throw new CliError(bad, 1);
    runInspect(ctx, args, flagString(flags, 'format'), (ref) => {
      const raw = inspectImage(ctx.engine, ref);
      // The daemon writes this document without HTML escaping (WriteJSON, API 1.52+).
      return { raw, typed: typedImageInspect(raw), json: JSON.stringify(raw) };
    });
  },
};
