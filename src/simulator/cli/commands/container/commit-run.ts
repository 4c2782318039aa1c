// docker container commit / docker commit: what the command does (its spec, flags and help are in
// commit.ts, which loads this module the first time the command runs).
import { commitContainer } from '../../../engine/commit.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { dockerRef, familiarString, InvalidReference, parseReference } from '../../../util/reference.ts';
import { flagList, flagSet, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

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

export function runCommit(ctx: CommandContext, args: string[], flags: ParsedFlags) {
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
}
