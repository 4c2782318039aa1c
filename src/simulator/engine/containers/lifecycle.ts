// The container state machine (created, running, paused, restarting, exited, dead) as moby's
// daemon runs it: start (daemon/start.go), the exit handler with the restart manager
// (daemon/monitor.go), pause and unpause, each with the daemon's error for a forbidden
// transition. Stop, kill and restart are in stop.ts; rm, rename and prune in remove.ts.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { OutputChunk, ProcessPlan } from '../programs/types.ts';
import type { ContainerRecord } from '../state.ts';
import { setupBindSources } from '../mounts/bind-source.ts';
import { destroyContainer } from './destroy.ts';
import { releaseNetworks, startNetworking } from '../network/attach.ts';
import { initHealth, stopHealth } from './health.ts';
import { logContainerEvent, logSandboxEvents } from '../events.ts';
import { resetRestartManager, shouldRestart } from './restart-manager.ts';
import { prepareProcess, StartFailure } from './start-process.ts';

/** The daemon's "running": a paused or restarting container counts as running too. */
export function isRunning(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

export function writeLog(engine: Engine, c: ContainerRecord, chunks: OutputChunk[], t = engine.now()): void {
  for (const ch of chunks) if (ch.text) c.logs.push({ t, stream: c.config.Tty ? 'stdout' : ch.stream, text: ch.text });
}

/** `docker start`'s validateState, then the start itself. */
export function startContainer(engine: Engine, c: ContainerRecord): void {
  const s = c.state.status;
  if (s === 'paused') throw new DaemonError('conflict', 'cannot start a paused container, try unpause instead');
  // Not an error for the client: the API answers 304 Not Modified.
  if (s === 'running' || s === 'restarting') throw new DaemonError('notModified', 'container is already running');
  if (s === 'removing' || s === 'dead') throw new DaemonError('conflict', 'container is marked for removal and cannot be started');
  launch(engine, c, true);
}

/**
 * daemon.containerStart: check the user, find the executable in the container's files, plan
 * the process and mark the container running (a deferred process then starts in the runner).
 * `manual` (docker start/restart) resets the restart manager and RestartCount. A failed start
 * records the error and its exit code (127 missing, 126 not executable) and removes an --rm one.
 * `now` is the simulated time of the start (a scheduled restart runs at its own time).
 */
export function launch(engine: Engine, c: ContainerRecord, manual: boolean, now = engine.now()): void {
  setupBindSources(engine, c);
  // The network is set up before the process runs, but runc's "executable not found" comes first.
  const networkError = startNetworking(engine, c, now);
  let plan: ProcessPlan;
  try {
    plan = prepareProcess(engine, c, now);
  } catch (e) {
    if (!(e instanceof StartFailure)) throw e;
    releaseNetworks(c);
    return startFailed(engine, c, e.error, e.exitCode);
  }
  if (networkError) return startFailed(engine, c, networkError, c.state.exitCode || 128);
  if (manual) {
    resetRestartManager(c);
    c.manuallyStopped = false;
  }
  c.state = { ...c.state, status: 'running', pid: engine.nextPid(), exitCode: 0, error: '', oomKilled: false, startedAt: now };
  c.manuallyRestarting = false;
  c.restartAt = undefined;
  c.process = {
    program: plan.program,
    exitAt: plan.exit ? now + plan.exit.afterMs : undefined,
    exitCode: plan.exit?.code,
    ignores: plan.ignores,
  };
  if (plan.interactive) c.process.interactive = true;
  initHealth(c, now);
  writeLog(engine, c, plan.output, now);
  logSandboxEvents(engine, c, 'connect', now);
  logContainerEvent(engine, c, 'start', {}, now);
  engine.emit('container start');
  if (plan.deferred) engine.processRunner?.start(engine, c, [c.path, ...c.args], now);
}

/** A start that failed: the error and exit code are recorded, an --rm container removed. */
function startFailed(engine: Engine, c: ContainerRecord, error: DaemonError, exitCode: number): never {
  c.state.error = error.message;
  c.state.exitCode = exitCode;
  c.manuallyRestarting = false;
  engine.emit('container start failed');
  if (c.hostConfig.AutoRemove) destroyContainer(engine, c, true);
  throw error;
}

/** handleContainerExit: the main process ended with `code` at `at`. */
export function processExited(engine: Engine, c: ContainerRecord, code: number, at = engine.now()): void {
  const ranMs = at - c.state.startedAt;
  c.process = undefined;
  stopHealth(c);
  releaseNetworks(c);
  logSandboxEvents(engine, c, 'disconnect', at);
  logContainerEvent(engine, c, 'die', { execDuration: String(Math.floor(ranMs / 1000)), exitCode: String(code) }, at);
  const delay = c.manuallyRestarting ? undefined : shouldRestart(c, code, ranMs);
  if (delay !== undefined) {
    c.restartCount += 1;
    c.state = { ...c.state, status: 'restarting', pid: 0, exitCode: code, finishedAt: at };
    c.restartAt = at + delay;
    engine.emit('container die');
    return;
  }
  c.state = { ...c.state, status: 'exited', pid: 0, exitCode: code, finishedAt: at };
  engine.emit('container die');
  settleStopped(engine, c, at);
}

/**
 * After the container came down for good: a `docker restart` in progress starts it again
 * (its error, if any, stays in State.Error for the client); an --rm container is removed.
 */
export function settleStopped(engine: Engine, c: ContainerRecord, at = engine.now()): void {
  if (c.manuallyRestarting) {
    logContainerEvent(engine, c, 'stop', {}, at);
    try {
      launch(engine, c, true, at);
      logContainerEvent(engine, c, 'restart', {}, at);
    } catch {
      // recorded in c.state.error; restartResult reports it
    }
    return;
  }
  if (c.hostConfig.AutoRemove) destroyContainer(engine, c, true);
}

/** The restart manager's timer fired at `at`: start again; if that fails it stays exited. */
export function restartDue(engine: Engine, c: ContainerRecord, at = engine.now()): void {
  const exitCode = c.state.exitCode;
  c.restartAt = undefined;
  try {
    launch(engine, c, false, at);
  } catch {
    if (!engine.state.containers[c.id]) return;
    c.state = { ...c.state, status: 'exited', pid: 0, exitCode };
    settleStopped(engine, c, at);
  }
}

/** daemon.containerPause. */
export function pauseContainer(engine: Engine, c: ContainerRecord): void {
  if (!isRunning(c)) throw new DaemonError('conflict', `container ${c.id} is not running`);
  if (c.state.status === 'paused') throw new DaemonError('conflict', `container ${c.id} is already paused`);
  if (c.state.status === 'restarting') {
    throw new DaemonError('conflict', `Container ${c.id} is restarting, wait until the container is running`);
  }
  c.state.status = 'paused';
  logContainerEvent(engine, c, 'pause');
  engine.emit('container pause');
}

/** daemon.containerUnpause; a process whose time ran out while frozen ends on the next tick. */
export function unpauseContainer(engine: Engine, c: ContainerRecord): void {
  if (c.state.status !== 'paused') throw new DaemonError('system', `Container ${c.id} is not paused`);
  c.state.status = 'running';
  const exitAt = c.process?.exitAt;
  if (c.process && exitAt !== undefined) c.process.exitAt = Math.max(exitAt, engine.now());
  logContainerEvent(engine, c, 'unpause');
  engine.emit('container unpause');
}
