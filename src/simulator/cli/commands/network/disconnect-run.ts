// docker network disconnect: what the command does (its spec, flags and help are in disconnect.ts,
// which loads this module the first time the command runs).
import { disconnectContainer } from '../../../engine/network/connect.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runDisconnect(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const [network, container] = args.map((a) => a.trim());
  if (network === '') throw new CliError('invalid network name or ID: value is empty', 1);
  if (container === '') throw new CliError('invalid container name or ID: value is empty', 1);
  ctx.engine.tick();
  disconnectContainer(ctx.engine, container, network, flagBool(flags, 'force'));
}
