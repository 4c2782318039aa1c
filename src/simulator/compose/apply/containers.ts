// One container's lifecycle as docker/compose drives it, with its progress events
// (pkg/compose/down.go stopContainer/stopAndRemoveContainer, convergence.go startService):
// "Container app-web-1 Stopping/Stopped", "Removing/Removed", "Starting/Started". A stop waits on
// the simulated clock for the process to end (its stop timeout, then SIGKILL); Ctrl+C ends it.
import { DaemonError } from '../../errors/daemon-error.ts';
import { Interrupted } from '../../errors/cli-error.ts';
import { startContainer } from '../../engine/containers/lifecycle.ts';
import { containerRm } from '../../engine/containers/remove.ts';
import { containerStop } from '../../engine/containers/stop.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { ApplyContext } from './context.ts';
import { containerId, ev } from './events.ts';
import { LATENCY } from './latency.ts';

/** Gone, or no longer running/paused: a stop request returns. */
export function isDown(ac: ApplyContext, c: ContainerRecord): boolean {
  const live = ac.engine.state.containers[c.id];
  return !live || (live.state.status !== 'running' && live.state.status !== 'paused');
}

/** ContainerStop and the wait for it; an already stopped container is fine. */
export async function stopOnly(ac: ApplyContext, c: ContainerRecord, timeout?: number): Promise<void> {
  try {
    containerStop(ac.engine, c.id, { signal: '', timeout });
  } catch (e) {
    if (!(e instanceof DaemonError) || e.kind !== 'notModified') throw e;
  }
  if (!(await ac.waitUntil(() => isDown(ac, c)))) throw new Interrupted(130);
  ac.engine.advance(LATENCY.stopContainer);
}

/** stopContainer: Stopping, the stop, Stopped (an error shows "Error while Stopping"). */
export async function stopContainer(ac: ApplyContext, c: ContainerRecord, timeout?: number): Promise<void> {
  const id = containerId(c.name);
  ac.events.on(ev.stopping(id));
  try {
    await stopOnly(ac, c, timeout);
  } catch (e) {
    if (e instanceof DaemonError) ac.events.on(ev.error(id, 'Error while Stopping'));
    throw e;
  }
  ac.events.on(ev.stopped(id));
}

/** stopAndRemoveContainer: stop, then force-remove (with its anonymous volumes when `volumes`). */
export async function stopAndRemoveContainer(ac: ApplyContext, c: ContainerRecord, opts: { timeout?: number; volumes?: boolean } = {}): Promise<void> {
  const id = containerId(c.name);
  if (!ac.engine.state.containers[c.id]) {
    ac.events.on(ev.removed(id));
    return;
  }
  await stopContainer(ac, c, opts.timeout);
  ac.events.on(ev.removing(id));
  try {
    containerRm(ac.engine, c.id, { force: true, volumes: opts.volumes ?? false });
    ac.engine.advance(LATENCY.removeContainer);
  } catch (e) {
    if (!(e instanceof DaemonError) || (e.kind !== 'notFound' && e.kind !== 'conflict')) {
      ac.events.on(ev.error(id, 'Error while Removing'));
      throw e;
    }
  }
  ac.events.on(ev.removed(id));
}

/** ContainerStart with Starting/Started; "already running" (304) is no error. */
export function startWithEvents(ac: ApplyContext, c: ContainerRecord): void {
  const id = containerId(c.name);
  ac.events.on(ev.starting(id));
  try {
    startContainer(ac.engine, c);
    ac.engine.advance(LATENCY.startContainer);
  } catch (e) {
    if (!(e instanceof DaemonError) || e.kind !== 'notModified') throw e;
  }
  ac.events.on(ev.started(id));
}
