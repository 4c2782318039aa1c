// docker container stop: what the command does (its spec, flags and help are in stop.ts, which
// loads this module the first time the command runs).
import { containerStop, logStopped } from '../../../engine/containers/stop.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagInt, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { attemptSync, trimRef } from './each-container.ts';
import { waitUntil } from './wait-until.ts';

/** The stop options stop and restart share: --time/--timeout conflict and deprecation. */
export function stopOptions(ctx: CommandContext, flags: ParsedFlags): { signal: string; timeout?: number } {
  if (flagSet(flags, 'time')) ctx.stderr.write('Flag --time has been deprecated, use --timeout instead\n');
  if (flagSet(flags, 'time') && flagSet(flags, 'timeout')) {
    throw new CliError('conflicting options: cannot specify both --timeout and --time', 1);
  }
  const changed = flagSet(flags, 'timeout') || flagSet(flags, 'time');
  const timeout = changed ? flagInt(flags, flagSet(flags, 'timeout') ? 'timeout' : 'time', 0) : undefined;
  return { signal: flagString(flags, 'signal'), timeout };
}

/** The container is down (or gone): a stop request returns. */
export function isDown(ctx: CommandContext, c: ContainerRecord): boolean {
  const live = ctx.engine.state.containers[c.id];
  return !live || (live.state.status !== 'running' && live.state.status !== 'paused');
}

export async function runStop(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const opts = stopOptions(ctx, flags);
  // All stop requests go out at once (parallelOperation); results are read in order.
  const started = args.map((ref) => {
    let c: ContainerRecord | undefined;
    const r = attemptSync(() => (c = containerStop(ctx.engine, trimRef(ref), opts)));
    return { r, c };
  });
  const errors: string[] = [];
  for (const [i, { r, c }] of started.entries()) {
    if (r !== 'ok') {
      if (r !== 'skip') errors.push(r.error);
      continue;
    }
    if (c && !(await waitUntil(ctx, () => isDown(ctx, c as ContainerRecord)))) throw new Interrupted(130);
    if (c) logStopped(ctx.engine, c);
    ctx.stdout.write(`${args[i]}\n`);
  }
  if (errors.length) throw new CliError(errors.join('\n'), 1);
}
