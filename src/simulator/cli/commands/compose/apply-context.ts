// The bridge between a `docker compose` command and compose/apply/: waits on the simulated clock
// through the command's context (Ctrl+C ends them), logrus warnings on stderr, and compose's
// way of ending on an error (its text alone, exit 1) or on Ctrl+C (exit 130 after an empty
// line: the plugin prints the empty StatusError AdaptCmd returns).
import type { ApplyContext } from '../../../compose/apply/context.ts';
import type { EventSink } from '../../../compose/apply/events.ts';
import { formatLogrus, isComposeError } from '../../../compose/errors.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import { utcParts } from '../../../util/format/timestamps.ts';
import type { CommandContext } from '../../command.ts';
import { COMPOSE_VERSION } from '../../versions.ts';

export interface ApplyHooks {
  /** Called after each wait (attached `up` prints the logs that arrived meanwhile). */
  onTick?(): void;
}

/** One logrus warning line on stderr, as compose prints it. */
export function logrusWarning(ctx: CommandContext, message: string): void {
  ctx.stderr.write(formatLogrus({ level: 'warning', message }, { tty: ctx.tty, time: `${utcParts(ctx.engine.now()).date}Z` }));
}

export function applyContext(ctx: CommandContext, events: EventSink, hooks: ApplyHooks = {}): ApplyContext {
  return {
    engine: ctx.engine,
    events,
    composeVersion: COMPOSE_VERSION.replace(/^v/, ''),
    warn: (message) => logrusWarning(ctx, message),
    async waitUntil(done) {
      ctx.engine.tick();
      hooks.onTick?.();
      while (!done()) {
        if ((await ctx.waitForChange()) === 'interrupted') return false;
        ctx.engine.tick();
        hooks.onTick?.();
      }
      return true;
    },
    async sleep(ms) {
      const r = await ctx.wait(ms);
      ctx.engine.tick();
      hooks.onTick?.();
      return r !== 'interrupted';
    },
  };
}

/** A compose command's failure as compose ends with it; anything else is rethrown. */
export function exitFor(ctx: CommandContext, e: unknown): number {
  if (e instanceof Interrupted) {
    ctx.stderr.write('\n');
    return 130;
  }
  if (isComposeError(e) || (e instanceof Error && e.name === 'ComposeApplyError')) {
    throw new CliError(e.message, (e as { exitCode?: number }).exitCode ?? 1);
  }
  throw e;
}
