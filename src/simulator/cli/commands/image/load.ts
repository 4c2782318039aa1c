// docker image load: read images from a tar archive (-i file, or piped stdin; a terminal is
// refused) and print each "Loaded image: NAME" (or "Loaded image ID: sha256:..." for an image
// saved without a name). Flags: -i/--input, -q/--quiet, --platform (checked).
import type { CommandSpec } from '../../command.ts';

export const load: CommandSpec = {
  name: 'load',
  use: 'load [OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  aliasesLine: 'docker image load, docker load',
  flags: [
    { name: 'input', short: 'i', type: 'string', usage: 'Read from tar archive file, instead of STDIN' },
    {
      name: 'platform',
      type: 'list',
      typeLabel: 'strings',
      usage: 'Load only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8").',
    },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the load output' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runLoad } = await import('./archive-run.ts');
    return runLoad(ctx, args, flags);
  },
};
