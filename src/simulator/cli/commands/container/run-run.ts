// docker container run: what the command does (its spec, flags and help are in run.ts, which loads
// this module the first time the command runs).
import { startContainer } from '../../../engine/containers/lifecycle.ts';
import { logContainerEvent } from '../../../engine/events.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool, flagList } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { createFromArgs } from './create-flow.ts';
import { toStatusError } from './ensure-image.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './run.ts';

/** cli/streams In.CheckTty's error (docker/cli 29.4 and later). */
const NOT_A_TERMINAL = 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal';

export async function runRun(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const detach = flagBool(flags, 'detach');
  const c = createFromArgs(ctx, 'run', USE, flags, args, detach, () => {
    // runContainer: In.CheckTty (stdin attached to a TTY needs a terminal), or the --attach conflict.
    if (!detach && flagBool(flags, 'interactive') && flagBool(flags, 'tty') && !ctx.host.terminal) throw new CliError(NOT_A_TERMINAL, 1);
    if (detach && flagList(flags, 'attach').length) {
      throw new CliError('conflicting options: cannot specify both --attach and --detach', 1);
    }
  });
  const from = c.logs.length;
  // Detached, the client prints the id while it starts the container: a start error follows it.
  if (detach) ctx.stdout.write(`${c.id}\n`);
  // The client attaches before it starts the container (the daemon's "attach" event).
  else logContainerEvent(ctx.engine, c, 'attach');
  // -i with input piped in (`echo hi | docker run -i alpine cat`): the process reads it as its stdin.
  const piped = c.config.OpenStdin && !detach ? ctx.host.stdin?.() : undefined;
  if (piped !== undefined) ctx.engine.processRunner?.pipeStdin?.(c.id, piped);
  try {
    startContainer(ctx.engine, c);
  } catch (e) {
    throw toStatusError(e, 'run');
  } finally {
    if (piped !== undefined) ctx.engine.processRunner?.pipeStdin?.(c.id, undefined);
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
