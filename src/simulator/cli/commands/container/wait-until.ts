// Waiting, on behalf of the learner, for the daemon to finish something that takes simulated
// time (a `docker stop` timeout, a restart): scheduled events run as the clock moves on.
import type { CommandContext } from '../../command.ts';

/** Resolves true once `done()` holds, or false on Ctrl+C. */
export async function waitUntil(ctx: CommandContext, done: () => boolean): Promise<boolean> {
  ctx.engine.tick();
  while (!done()) {
    if ((await ctx.waitForChange()) === 'interrupted') return false;
    ctx.engine.tick();
  }
  return true;
}
