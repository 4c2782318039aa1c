// docker container commit / docker commit: a new image from a container's changes, printed as
// its ID. The optional REPOSITORY[:TAG] is parsed by the client (latest by default, no digest).
// Flags: -a/--author, -c/--change, -m/--message, --no-pause, and the deprecated -p/--pause.
import { commitContainer } from '../../../engine/commit.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { dockerRef, familiarString, InvalidReference, parseReference } from '../../../util/reference.ts';
import type { CommandSpec } from '../../command.ts';
import { flagList, flagSet, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';

/** The client's ParseNormalizedNamed + TagNameOnly of the new image's name. */
function imageName(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return undefined;
  let ref;
  try {
    ref = parseReference(text);
  } catch (e) {
    if (e instanceof InvalidReference) throw new CliError(e.message, 1);
    throw e;
  }
  if (ref.digest) throw new CliError('refusing to create a tag with a digest reference', 1);
  return familiarString(dockerRef(ref));
}

export const commit: CommandSpec = {
  name: 'commit',
  use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  aliasesLine: 'docker container commit, docker commit',
  interspersed: false,
  args: { min: 1, max: 2 },
  flags: [
    { name: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { name: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', type: 'string', usage: 'Commit message' },
    { name: 'no-pause', type: 'bool', usage: 'Disable pausing container during commit' },
    { name: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit (deprecated: use --no-pause instead)', defaultText: 'true', hidden: true },
  ],
  run(ctx, args, flags) {
    if (flagSet(flags, 'pause')) {
      // pflag's notice for a flag marked deprecated, then the command's own check.
      ctx.stderr.write('Flag --pause has been deprecated, and enabled by default. Use --no-pause to disable pausing during commit.\n');
      if (flagSet(flags, 'no-pause')) throw new CliError('conflicting options: --no-pause and --pause cannot be used together', 1);
    }
    const name = imageName(args[1]);
    const image = commitContainer(ctx.engine, trimRef(args[0]), {
      name,
      comment: flagString(flags, 'message'),
      author: flagString(flags, 'author'),
      changes: flagList(flags, 'change'),
    });
    ctx.stdout.write(`${image.id}\n`);
  },
};
