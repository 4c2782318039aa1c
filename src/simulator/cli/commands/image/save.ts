// docker image save: write images to a tar archive, on stdout (refused when it is the terminal)
// or with -o to a file. A repository name saves all its tags, name:tag that image, an ID the
// image without a name. Flags: -o/--output, --platform (checked; the images are single-platform).
import type { CommandSpec } from '../../command.ts';

export const save: CommandSpec = {
  name: 'save',
  use: 'save [OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliasesLine: 'docker image save, docker save',
  flags: [
    { name: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' },
    {
      name: 'platform',
      type: 'list',
      typeLabel: 'strings',
      usage: 'Save only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8")',
    },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runSave } = await import('./archive-run.ts');
    return runSave(ctx, args, flags);
  },
};
