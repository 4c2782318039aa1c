// docker container attach: what the command does (its spec, flags and help are in attach.ts, which
// loads this module the first time the command runs).
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** inspectContainerAndCheckState: the client's own checks before attaching. */
function checkState(c: ContainerRecord): void {
  const s = c.state.status;
  if (s !== 'running' && s !== 'paused' && s !== 'restarting') {
    throw new CliError('cannot attach to a stopped container, start it first', 1);
  }
  if (s === 'paused') throw new CliError('cannot attach to a paused container, unpause it first', 1);
  if (s === 'restarting') throw new CliError('cannot attach to a restarting container, wait until it is running', 1);
}

export async function runAttach(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const c = getContainer(ctx.engine, trimRef(args[0]));
  checkState(c);
  const stdin = !flagBool(flags, 'no-stdin') && c.config.OpenStdin;
  if (stdin && ctx.host.enterContainerShell && c.process?.interactive) return ctx.host.enterContainerShell(c.id, {});
  const sigProxy = flags['sig-proxy'] !== false;
  return streamUntilExit(ctx, c, { stdout: true, stderr: true, sigProxy: sigProxy || c.config.Tty, from: c.logs.length });
}
