// docker image tag / docker tag: give an image (by name or ID) another name. The client checks
// both references first (client.ImageTag's messages), the daemon finds the source and moves the
// name, leaving an image that lost its last name dangling. No flags.
import type { CommandSpec } from '../../command.ts';

export const tag: CommandSpec = {
  name: 'tag',
  use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasesLine: 'docker image tag, docker tag',
  args: { min: 2, max: 2 },
  interspersed: false,
  flags: [],
  async run(ctx, args, flags) {
    const { runTag } = await import('./tag-run.ts');
    return runTag(ctx, args, flags);
  },
};
