// docker network inspect: what the command does (its spec, flags and help are in inspect.ts, which
// loads this module the first time the command runs).
import type { Engine } from '../../../engine/engine.ts';
import { networkInspectData } from '../../../engine/network/network-inspect.ts';
import { getNetwork } from '../../../engine/network/networks.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagString } from '../../command.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { typedNetworkInspect } from './format.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** NetworkInspect through the client: an empty name fails before the request. */
export function inspectNetworkRef(engine: Engine, ref: string): Inspected {
  const name = ref.trim();
  if (name === '') throw new CliError('invalid network name or ID: value is empty', 1);
  const raw = networkInspectData(engine, getNetwork(engine, name));
  return { raw, typed: typedNetworkInspect(raw) };
}

export function runInspectCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  ctx.engine.tick();
  runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectNetworkRef(ctx.engine, ref));
}
