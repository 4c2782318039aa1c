// docker compose images: the images the project's containers were created from, one row per
// container. Flags: --format table|json, -q.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const IMAGES_FLAGS: FlagSpec[] = [
  { name: 'format', type: 'string', usage: 'Format the output. Values: [table | json]', defaultText: '"table"' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display IDs' },
];

export const images: CommandSpec = {
  name: 'images',
  use: 'images [OPTIONS] [SERVICE...]',
  short: 'List images used by the created containers',
  flags: withDryRun(IMAGES_FLAGS),
  async run(ctx, args, flags) {
    const { runImages } = await import('./images-run.ts');
    return runImages(ctx, args, flags);
  },
};
