// `docker compose logs -f` after the existing lines: compose's monitor watches the containers
// it started with (every state) and their log followers stream new lines; a die event prints
// "<name> exited with code N" and drops the container unless it is restarting; the command
// returns once none is left (so a project with stopped containers waits for Ctrl+C).
import type { ContainerRecord } from '../../../engine/state.ts';
import type { CommandContext } from '../../command.ts';
import { logWindow } from '../container/log-lines.ts';
import type { Window } from '../container/log-lines.ts';
import type { LogConsumer } from './log-consumer.ts';
import { nameWithoutProject } from './project.ts';

interface Watched {
  id: string;
  name: string;
  logIndex: number;
  running: boolean;
  restarts: number;
}

const RUNNING = new Set(['running', 'paused']);

function newLines(consumer: LogConsumer, c: ContainerRecord, w: Watched, until: number | undefined, timestamps: boolean): void {
  if (c.logs.length <= w.logIndex) return;
  consumer.logLines(w.name, logWindow(c.logs.slice(w.logIndex), { until }), timestamps);
  w.logIndex = c.logs.length;
}

/** One round after the world changed; returns false once the container is no longer watched. */
function step(consumer: LogConsumer, c: ContainerRecord | undefined, w: Watched, opts: { span: Window; timestamps: boolean }): boolean {
  if (!c) return false;
  newLines(consumer, c, w, opts.span.until, opts.timestamps);
  if (c.restartCount > w.restarts || c.state.status === 'restarting') {
    if (w.running || c.restartCount > w.restarts) consumer.status(w.name, `exited with code ${c.state.exitCode} (restarting)`);
    w.restarts = c.restartCount;
    w.running = RUNNING.has(c.state.status);
    return true;
  }
  const running = RUNNING.has(c.state.status);
  if (w.running && !running) {
    consumer.status(w.name, `exited with code ${c.state.exitCode}`);
    return false;
  }
  w.running = running;
  return true;
}

/** Follows until every watched container has exited (true) or Ctrl+C (false). */
export async function followLogs(ctx: CommandContext, consumer: LogConsumer, containers: ContainerRecord[], opts: { span: Window; timestamps: boolean }): Promise<boolean> {
  let watched: Watched[] = containers.map((c) => ({
    id: c.id, name: nameWithoutProject(c), logIndex: c.logs.length, running: RUNNING.has(c.state.status), restarts: c.restartCount,
  }));
  while (watched.length > 0) {
    if ((await ctx.waitForChange()) === 'interrupted') return false;
    ctx.engine.tick();
    watched = watched.filter((w) => step(consumer, ctx.engine.state.containers[w.id], w, opts));
  }
  return true;
}
