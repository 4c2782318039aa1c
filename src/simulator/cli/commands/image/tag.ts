// docker image tag / docker tag: give an image (by name or ID) another name. The client checks
// both references first (client.ImageTag's messages), the daemon finds the source and moves the
// name, leaving an image that lost its last name dangling. No flags.
import { tagImage } from '../../../engine/image-tag.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { parseAnyReference, parseReference } from '../../../util/reference.ts';
import type { CommandSpec } from '../../command.ts';

function invalid(text: string, e: unknown): CliError {
  return new CliError(`error parsing reference: "${text}" is not a valid repository/tag: ${(e as Error).message}`, 1);
}

export const tag: CommandSpec = {
  name: 'tag',
  use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliasesLine: 'docker image tag, docker tag',
  args: { min: 2, max: 2 },
  interspersed: false,
  flags: [],
  run(ctx, args) {
    const [source, target] = args;
    try {
      parseAnyReference(source);
    } catch (e) {
      throw invalid(source, e);
    }
    let ref;
    try {
      ref = parseReference(target);
    } catch (e) {
      throw invalid(target, e);
    }
    if (ref.digest) throw new CliError('refusing to create a tag with a digest reference', 1);
    tagImage(ctx.engine, source, { ...ref, tag: ref.tag ?? 'latest' });
  },
};
