// Following a container's output while the client is attached (run without -d, start -a,
// attach): new log lines stream as written; Ctrl+C is forwarded as SIGINT (sig-proxy); the
// command ends with the container's exit code. A process that ignores SIGINT keeps running;
// a second Ctrl+C then ends the client only (as closing the terminal would), exit 130.
import { killContainer } from '../../../engine/containers/stop.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import type { CommandContext } from '../../command.ts';

export interface AttachOptions {
  stdout: boolean;
  stderr: boolean;
  sigProxy: boolean;
  /** Index in the container's log from which to stream (earlier lines were printed before). */
  from: number;
}

function isDone(ctx: CommandContext, c: ContainerRecord): boolean {
  const live = ctx.engine.state.containers[c.id];
  // 'restarting': the process exited and the restart policy brings it back; the client's
  // wait ("next-exit") has seen the exit.
  const s = live?.state.status;
  return !live || s === 'exited' || s === 'dead' || s === 'created' || s === 'restarting';
}

export async function streamUntilExit(ctx: CommandContext, c: ContainerRecord, opts: AttachOptions): Promise<number> {
  let next = opts.from;
  const flush = () => {
    for (; next < c.logs.length; next++) {
      const entry = c.logs[next];
      if (entry.stream === 'stdout' && opts.stdout) ctx.stdout.write(entry.text);
      if (entry.stream === 'stderr' && opts.stderr) ctx.stderr.write(entry.text);
    }
  };
  let interrupts = 0;
  for (;;) {
    ctx.engine.tick();
    flush();
    if (isDone(ctx, c)) return c.state.exitCode;
    const r = await ctx.waitForChange();
    if (r !== 'interrupted') continue;
    interrupts += 1;
    if (interrupts > 1) return 130;
    if (opts.sigProxy) {
      try {
        killContainer(ctx.engine, c, 'SIGINT');
      } catch {
        // the container may have exited in the meantime
      }
    }
  }
}
