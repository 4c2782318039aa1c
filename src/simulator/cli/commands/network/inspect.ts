// docker network inspect: each network's document as the daemon returns it (an indented JSON
// array), or -f/--format rendered per network; a missing one is "Error response from daemon:
// network NAME not found" after the output, exit 1. Flags: -f/--format, -v/--verbose (no
// swarm services here, so the same document).
import type { Engine } from '../../../engine/engine.ts';
import { networkInspectData } from '../../../engine/network/network-inspect.ts';
import { getNetwork } from '../../../engine/network/networks.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagString } from '../../command.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';
import { typedNetworkInspect } from './format.ts';

/** NetworkInspect through the client: an empty name fails before the request. */
export function inspectNetworkRef(engine: Engine, ref: string): Inspected {
  const name = ref.trim();
  if (name === '') throw new CliError('invalid network name or ID: value is empty', 1);
  const raw = networkInspectData(engine, getNetwork(engine, name));
  return { raw, typed: typedNetworkInspect(raw) };
}

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'verbose', short: 'v', type: 'bool', usage: 'Verbose output for diagnostics' },
  ],
  args: { min: 1 },
  run(ctx, args, flags) {
    ctx.engine.tick();
    runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectNetworkRef(ctx.engine, ref));
  },
};
