// docker container start: what the command does (its spec, flags and help are in start.ts, which
// loads this module the first time the command runs).
import { startContainer } from '../../../engine/containers/lifecycle.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagSet } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { errorText, isNotModified, trimRef } from './each-container.ts';
import type { ParsedFlags } from '../../flags.ts';

/** ContainerStart, where 304 (already running) is no error. */
function startIgnoringRunning(ctx: CommandContext, c: ContainerRecord): void {
  try {
    startContainer(ctx.engine, c);
  } catch (e) {
    if (!isNotModified(e)) throw e;
  }
}

async function startAttached(ctx: CommandContext, ref: string, interactive: boolean): Promise<number> {
  const c = getContainer(ctx.engine, trimRef(ref));
  const from = c.logs.length;
  startIgnoringRunning(ctx, c);
  if (interactive && c.config.OpenStdin && ctx.host.enterContainerShell && c.process?.interactive) {
    return ctx.host.enterContainerShell(c.id, {});
  }
  return streamUntilExit(ctx, c, { stdout: true, stderr: true, sigProxy: !c.config.Tty, from });
}

function startEach(ctx: CommandContext, refs: string[]): void {
  const failed: string[] = [];
  for (const ref of refs) {
    try {
      startIgnoringRunning(ctx, getContainer(ctx.engine, trimRef(ref)));
      ctx.stdout.write(`${ref}\n`);
    } catch (e) {
      ctx.stderr.write(`${errorText(e)}\n`);
      failed.push(ref);
    }
  }
  if (failed.length) throw new CliError(`failed to start containers: ${failed.join(', ')}`, 1);
}

export async function runStart(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  // Experimental flags: hidden from help and refused by a daemon without experimental features.
  for (const f of ['checkpoint', 'checkpoint-dir']) {
    if (flagSet(flags, f)) throw new CliError(`"--${f}" is only supported on a Docker daemon with experimental features enabled`, 1);
  }
  const interactive = flagBool(flags, 'interactive');
  if (flagBool(flags, 'attach') || interactive) {
    if (args.length > 1) throw new CliError('you cannot start and attach multiple containers at once', 1);
    return startAttached(ctx, args[0], interactive);
  }
  startEach(ctx, args);
  return 0;
}
