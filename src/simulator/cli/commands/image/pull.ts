// docker image pull / docker pull: download an image (or, with -a, every tag of a repository)
// from the simulated registry. Progress goes to stdout, drawn in place on a terminal; the CLI
// adds "Using default tag: latest" and ends with the full reference. Flags: -a, -q, --platform
// (the hidden, deprecated --disable-content-trust is accepted with pflag's notice).
import type { CommandSpec } from '../../command.ts';

export const pull: CommandSpec = {
  name: 'pull',
  use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  aliasesLine: 'docker image pull, docker pull',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Download all tagged images in the repository' },
    { name: 'disable-content-trust', type: 'bool', usage: 'Skip image verification (deprecated)', defaultText: 'true', hidden: true, deprecated: 'support for docker content trust was removed' },
    { name: 'platform', type: 'string', usage: 'Set platform if server is multi-platform capable' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run(ctx, args, flags) {
    const { runPull } = await import('./pull-run.ts');
    return runPull(ctx, args, flags);
  },
};
