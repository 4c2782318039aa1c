// The daemon as a systemd service (`systemctl stop|start|restart docker`): shutdown stops every
// running container as moby's Daemon.Shutdown does (the stop signal, SIGKILL after the
// container's stop timeout, no restart policy applied and no "manually stopped" mark); start
// (daemon.restore) starts again each container its restart policy brings back on boot, with a
// fresh restart manager (RestartCount back to 0), and the port allocator starts over.
import { isRunning, launch } from './containers/lifecycle.ts';
import { cancelRestart } from './containers/restart-manager.ts';
import { stopSignalOf } from './containers/signals.ts';
import { deliverSignal } from './containers/stop.ts';
import type { Engine } from './engine.ts';
import type { ContainerRecord } from './state.ts';

const DEFAULT_STOP_TIMEOUT_S = 10;

/** Since when the service is in its state: started (at first, the oldest network's creation) or stopped. */
export function daemonSince(engine: Engine): number {
  const first = Math.min(...Object.values(engine.state.networks).map((n) => n.created), engine.now());
  return engine.state.daemon?.since ?? first;
}

export function daemonDown(engine: Engine): boolean {
  return engine.state.daemon?.down === true;
}

/** Signal `n` without the marks a user's stop leaves (daemon.IsShuttingDown). */
function shutdownSignal(engine: Engine, c: ContainerRecord, n: number): void {
  const stopped = c.manuallyStopped;
  cancelRestart(c);
  deliverSignal(engine, c, n);
  c.manuallyStopped = stopped;
}

/** Daemon.Shutdown: stop signal to all, wait the longest stop timeout, then SIGKILL. */
export function shutdownDaemon(engine: Engine): void {
  engine.tick();
  const running = Object.values(engine.state.containers).filter(isRunning);
  for (const c of running) if (isRunning(c)) shutdownSignal(engine, c, stopSignalOf(c.config.StopSignal));
  const left = running.filter(isRunning);
  const wait = Math.max(0, ...left.map((c) => c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT_S));
  if (left.length) engine.advance(wait * 1000);
  for (const c of left) {
    if (!isRunning(c)) continue;
    if (c.process) c.process.killAt = undefined;
    shutdownSignal(engine, c, 9);
  }
  engine.state.daemon = { since: engine.now(), down: true };
  engine.emit('daemon shutdown');
}

/** container.ShouldRestart with a new restart manager, as on boot. */
function restartsOnBoot(c: ContainerRecord): boolean {
  const p = c.hostConfig.RestartPolicy;
  if (c.state.startedAt === 0) return false;
  if (p.Name === 'always') return true;
  if (p.Name === 'unless-stopped') return !c.manuallyStopped;
  if (p.Name === 'on-failure') return c.state.exitCode !== 0 && (p.MaximumRetryCount === 0 || c.restartCount < p.MaximumRetryCount);
  return false;
}

/** The daemon starts: fresh restart managers and port allocator, containers restarted. */
export function startDaemon(engine: Engine): void {
  const now = engine.now();
  engine.state.daemon = { since: now };
  delete engine.state.portAllocator;
  for (const c of Object.values(engine.state.containers)) {
    c.restartManager = undefined;
    if (isRunning(c) || !restartsOnBoot(c)) continue;
    try {
      launch(engine, c, true, now);
    } catch {
      // recorded in State.Error, as the daemon logs it
    }
  }
  engine.emit('daemon start');
}
