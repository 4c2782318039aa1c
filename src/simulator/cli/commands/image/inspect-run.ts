// docker image inspect: what the command does (its spec, flags and help are in inspect.ts, which
// loads this module the first time the command runs).
import { inspectImage } from '../../../engine/image-inspect.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagString } from '../../command.ts';
import { typedImageInspect } from '../../format-context/image-inspect.ts';
import { runInspect } from '../../format-context/inspector.ts';
import { platformError } from './platform.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runInspectCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const platform = flagString(flags, 'platform');
  const bad = platform ? platformError(platform) : undefined;
  if (bad) throw new CliError(bad, 1);
  runInspect(ctx, args, flagString(flags, 'format'), (ref) => {
    const raw = inspectImage(ctx.engine, ref);
    // The daemon writes this document without HTML escaping (WriteJSON, API 1.52+).
    return { raw, typed: typedImageInspect(raw), json: JSON.stringify(raw) };
  });
}
