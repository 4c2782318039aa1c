// docker container run: what the command does (its spec, flags and help are in run.ts, which loads
// this module the first time the command runs).
import { startContainer } from '../../../engine/containers/lifecycle.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool, flagList } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { createFromArgs } from './create-flow.ts';
import { toStatusError } from './ensure-image.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './run.ts';

export async function runRun(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const detach = flagBool(flags, 'detach');
  const c = createFromArgs(ctx, 'run', USE, flags, args, detach, () => {
    if (detach && flagList(flags, 'attach').length) {
      throw new CliError('conflicting options: cannot specify both --attach and --detach', 1);
    }
  });
  const from = c.logs.length;
  // Detached, the client prints the id while it starts the container: a start error follows it.
  if (detach) ctx.stdout.write(`${c.id}\n`);
  try {
    startContainer(ctx.engine, c);
  } catch (e) {
    throw toStatusError(e, 'run');
  }
  if (detach) {
    ctx.engine.tick();
    return 0;
  }
  if (c.config.OpenStdin && ctx.host.enterContainerShell && c.process?.interactive && c.state.status === 'running') {
    return ctx.host.enterContainerShell(c.id, {});
  }
  return streamUntilExit(ctx, c, {
    stdout: c.config.AttachStdout,
    stderr: c.config.AttachStderr,
    sigProxy: flags['sig-proxy'] !== false,
    from,
  });
}
