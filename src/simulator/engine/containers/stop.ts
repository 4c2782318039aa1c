// Signals reaching a container (moby daemon/kill.go, stop.go, restart.go): `docker kill`
// sends one (SIGKILL by default); `docker stop` sends the stop signal and, when the process
// is still up after the timeout, SIGKILL (scheduled on the simulated clock as ProcessState.killAt);
// `docker restart` stops, then starts. The API router's error wrappings are applied here.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { isRunning, launch, processExited, settleStopped, writeLog } from './lifecycle.ts';
import { loadedServiceModels } from '../programs/models.ts';
import { getContainer } from './lookup.ts';
import { cancelRestart } from './restart-manager.ts';
import { logContainerEvent } from '../events.ts';
import { defaultAction, parseSignal, signalName, stopSignalOf, validForPlatform } from './signals.ts';

const DEFAULT_STOP_TIMEOUT = 10;
/** Signals a long-running server treats as "reload" or "reopen logs" rather than "exit". */
const SERVER_KEEPS_RUNNING = new Set([1, 10, 12, 28]);

function wrap(e: unknown, prefix: string, kind?: DaemonError['kind']): unknown {
  if (!(e instanceof DaemonError)) return e;
  return new DaemonError(kind ?? e.kind, `${prefix}: ${e.message}`);
}

/** The exit code the process ends with on signal `n`, or undefined when it keeps running. */
function signalOutcome(c: ContainerRecord, n: number): number | undefined {
  if (n === 9) return 137;
  const p = c.process;
  if (!p || p.ignores?.includes(signalName(n))) return undefined;
  const server = p.exitAt === undefined;
  if (server && (n === stopSignalOf(c.config.StopSignal) || n === 2 || n === 3 || n === 15)) return 0;
  if (server && SERVER_KEEPS_RUNNING.has(n)) return undefined;
  return defaultAction(n) === 'terminate' ? 128 + n : undefined;
}

/** killWithSignal: deliver `n` (at time `at`), cancelling the restart manager when it is the stop signal. */
export function deliverSignal(engine: Engine, c: ContainerRecord, n: number, at = engine.now()): void {
  if (!isRunning(c)) throw new DaemonError('conflict', `container ${c.id} is not running`);
  logContainerEvent(engine, c, 'kill', { signal: String(n) }, at);
  const final = !c.config.StopSignal || n === 9 || stopSignalOf(c.config.StopSignal) === n;
  if (final) cancelRestart(c);
  c.manuallyStopped = true;
  if (c.state.status === 'restarting') {
    // No process to signal; a cancelled restart manager leaves the container down.
    if (final) {
      c.restartAt = undefined;
      c.state = { ...c.state, status: 'exited', pid: 0 };
      engine.emit('container die');
      settleStopped(engine, c, at);
    }
    return;
  }
  if (c.state.status === 'paused') {
    if (!final) return; // stays pending while the cgroup is frozen
    c.state.status = 'running';
  }
  const code = signalOutcome(c, n);
  // A server's shutdown lines (mongod's "Received signal", redis's "Received SIGTERM ...").
  if (code === 0) writeLog(engine, c, loadedServiceModels()?.modelOf(c)?.stop?.(engine, c, at, n) ?? [], at);
  if (code !== undefined) processExited(engine, c, code, at);
  else engine.emit('container kill');
}

/** `docker kill` as a record-level operation (signal name or number); used by signal proxies. */
export function killContainer(engine: Engine, c: ContainerRecord, signal = 'SIGKILL'): void {
  deliverSignal(engine, c, parseSignal(signal));
}

/** ContainerKill plus the router's "cannot kill container: NAME: ..." wrapping. */
export function containerKill(engine: Engine, ref: string, signal: string): void {
  try {
    let n = 9;
    if (signal !== '') {
      n = parseSignal(signal);
      if (!validForPlatform(n)) throw new DaemonError('invalidParameter', `the linux daemon does not support signal ${n}`);
    }
    deliverSignal(engine, getContainer(engine, ref), n);
  } catch (e) {
    throw wrap(e, `cannot kill container: ${ref}`);
  }
}

/** Send the stop signal and schedule SIGKILL after the timeout (a negative one waits forever). */
function beginStop(engine: Engine, c: ContainerRecord, signal: string, timeout: number | undefined): void {
  const n = signal !== '' ? parseSignal(signal) : stopSignalOf(c.config.StopSignal);
  const seconds = timeout ?? c.config.StopTimeout ?? DEFAULT_STOP_TIMEOUT;
  deliverSignal(engine, c, n);
  // A restarting container has no process to wait for: the daemon's SIGKILL ends the restarts.
  if (c.state.status === 'restarting') deliverSignal(engine, c, 9);
  if (c.process && isRunning(c) && seconds >= 0) c.process.killAt = engine.now() + seconds * 1000;
}

export interface StopOptions {
  signal: string;
  /** Seconds; undefined uses the container's StopTimeout or the daemon's 10. */
  timeout?: number;
}

/**
 * ContainerStop: returns the container, whose process may still be running until its
 * killAt (the client waits for it to exit). A stopped container answers 304 Not Modified.
 */
export function containerStop(engine: Engine, ref: string, opts: StopOptions): ContainerRecord {
  const c = getContainer(engine, ref);
  if (!isRunning(c)) throw new DaemonError('notModified', 'container is already stopped');
  try {
    beginStop(engine, c, opts.signal, opts.timeout);
  } catch (e) {
    throw wrap(e, `cannot stop container: ${ref}`, 'system');
  }
  return c;
}

/** ContainerStop's last step once the container is down: the "stop" event. */
export function logStopped(engine: Engine, c: ContainerRecord): void {
  if (engine.state.containers[c.id]) logContainerEvent(engine, c, 'stop', {}, c.state.finishedAt || engine.now());
}

/** The SIGKILL that ends a stop timeout (run by the scheduler at killAt). */
export function stopTimeoutExpired(engine: Engine, c: ContainerRecord, at = engine.now()): void {
  if (c.process) c.process.killAt = undefined;
  deliverSignal(engine, c, 9, at);
}

/**
 * ContainerRestart: a running container is stopped first and started again as soon as it is
 * down (see settleStopped); a stopped one starts at once. The client waits while
 * `c.manuallyRestarting` and then asks restartResult.
 */
export function containerRestart(engine: Engine, ref: string, opts: StopOptions): ContainerRecord {
  const c = getContainer(engine, ref);
  try {
    if (!isRunning(c)) {
      if (c.state.status === 'removing' || c.state.status === 'dead') {
        throw new DaemonError('conflict', 'container is marked for removal and cannot be started');
      }
      launch(engine, c, true);
      return c;
    }
    c.manuallyRestarting = true;
    beginStop(engine, c, opts.signal, opts.timeout);
  } catch (e) {
    c.manuallyRestarting = false;
    throw wrap(e, `Cannot restart container ${ref}`, 'system');
  }
  return c;
}

/** After a restart settled: the daemon's error when the start failed (State.Error is set). */
export function restartResult(c: ContainerRecord, ref: string): void {
  if (c.state.error === '') return;
  throw new DaemonError('system', `Cannot restart container ${ref}: ${c.state.error}`);
}
