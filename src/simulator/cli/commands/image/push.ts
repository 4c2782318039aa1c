// docker image push / docker push: upload a tag (with -a every tag of the repository) to Docker
// Hub or a registry on the host, with the daemon's per-layer progress on stdout. Flags: -a,
// -q, --platform (the linux/amd64 manifest alone), the hidden deprecated --disable-content-trust.
// The client side is push-run.ts, the daemon's engine/registry/push.ts (both loaded on use).
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagSet, flagString } from '../../command.ts';

export const push: CommandSpec = {
  name: 'push',
  use: 'push [OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  aliasesLine: 'docker image push, docker push',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'all-tags', short: 'a', type: 'bool', usage: 'Push all tags of an image to the repository' },
    { name: 'disable-content-trust', type: 'bool', usage: 'Skip image verification (deprecated)', defaultText: 'true', hidden: true, deprecated: 'support for docker content trust was removed' },
    {
      name: 'platform',
      type: 'string',
      usage:
        "Push a platform-specific manifest as a single-platform image to the registry.\nImage index won't be pushed, meaning that other manifests, including attestations won't be preserved.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
    },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress verbose output' },
  ],
  async run(ctx, args, flags) {
    if (flagSet(flags, 'disable-content-trust')) {
      ctx.stderr.write('Flag --disable-content-trust has been deprecated, support for docker content trust was removed\n');
    }
    const { runPush } = await import('./push-run.ts');
    await runPush(ctx, args[0], { all: flagBool(flags, 'all-tags'), quiet: flagBool(flags, 'quiet'), platform: flagString(flags, 'platform') });
  },
};
