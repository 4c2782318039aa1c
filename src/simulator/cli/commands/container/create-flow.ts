// The create half of `docker run` and `docker create`, in docker/cli's order: the options'
// client-side checks, the image reference, `--pull=always`, the daemon's settings checks
// (before it looks the image up, so a bad setting never pulls), the local image or a pull
// ("Unable to find image ... locally"), then the container itself.
import { createContainer, verifyContainerSettings } from '../../../engine/containers/create.ts';
import { networkWarnings, verifyNetworkMode } from '../../../engine/network/endpoint-config.ts';
import { findImage } from '../../../engine/images.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { InvalidReference, parseAnyReference } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { runUsageError, toCreateRequest } from './container-options.ts';
import { ensureImage, toStatusError } from './ensure-image.ts';

/** reference.ParseAnyReference's error: run wraps it with help (125), create prints it (1). */
function checkReference(verb: 'run' | 'create', text: string): void {
  try {
    parseAnyReference(text);
  } catch (e) {
    if (!(e instanceof InvalidReference)) throw e;
    throw verb === 'run' ? runUsageError(verb, e.message) : new CliError(e.message, 1);
  }
}

/** Create the container `args` (IMAGE [COMMAND] [ARG...]) and `flags` describe. */
export function createFromArgs(
  ctx: CommandContext,
  verb: 'run' | 'create',
  use: string,
  flags: ParsedFlags,
  args: string[],
  detach = false,
  afterParse?: () => void,
): ContainerRecord {
  const req = toCreateRequest(ctx, verb, use, flags, args);
  afterParse?.();
  if (detach) req.attach = { stdin: false, stdout: false, stderr: false };
  checkReference(verb, req.imageRef);
  const pull = flagString(flags, 'pull', 'missing') || 'missing';
  const quiet = flagBool(flags, 'quiet');
  let image = pull === 'always' ? ensureImage(ctx, verb, req.imageRef, pull, quiet) : undefined;
  try {
    verifyContainerSettings(req, ctx.engine);
    verifyNetworkMode(req);
  } catch (e) {
    throw toStatusError(e, verb);
  }
  image ??= findImage(ctx.engine, req.imageRef) ?? ensureImage(ctx, verb, req.imageRef, pull, quiet);
  let c: ContainerRecord;
  try {
    c = createContainer(ctx.engine, { ...req, image });
  } catch (e) {
    throw toStatusError(e, verb);
  }
  for (const w of networkWarnings(c)) ctx.stderr.write(`WARNING: ${w}\n`);
  return c;
}
