// docker image tag / docker tag: what the command does (its spec, flags and help are in tag.ts,
// which loads this module the first time the command runs).
import { tagImage } from '../../../engine/image-tag.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { parseAnyReference, parseReference } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

function invalid(text: string, e: unknown): CliError {
  return new CliError(`error parsing reference: "${text}" is not a valid repository/tag: ${(e as Error).message}`, 1);
}

export function runTag(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
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
}
