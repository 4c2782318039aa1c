// The container state machine (created, running, paused, restarting, exited, dead) as moby's
// daemon runs it: start (daemon/start.go), the exit handler with the restart manager
// (daemon/monitor.go), pause and unpause, each with the daemon's error for a forbidden
// transition. Stop, kill and restart are in stop.ts; rm, rename and prune in remove.ts.
import { DaemonError } from '../../errors/daemon-error.ts';
import { findRepo } from '../catalog/index.ts';
import type { Engine } from '../engine.ts';
import { planProcess } from '../programs/index.ts';
import { imageExecutables, resolveExecutable } from '../programs/executables.ts';
import type { OutputChunk } from '../programs/types.ts';
import type { ContainerRecord } from '../state.ts';
import { destroyContainer } from './destroy.ts';
import { resetRestartManager, shouldRestart } from './restart-manager.ts';
import { envRecord, processEnv } from './runtime-env.ts';

/** The daemon's "running": a paused or restarting container counts as running too. */
export function isRunning(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}

export function writeLog(engine: Engine, c: ContainerRecord, chunks: OutputChunk[], t = engine.now()): void {
  for (const ch of chunks) if (ch.text) c.logs.push({ t, stream: c.config.Tty ? 'stdout' : ch.stream, text: ch.text });
}

/** runc's error for a missing executable, as containerd passes it through dockerd (exit 127). */
function execNotFound(path: string): DaemonError {
  const why = path.includes('/')
    ? `exec: "${path}": stat ${path}: no such file or directory`
    : `exec: "${path}": executable file not found in $PATH`;
  return new DaemonError(
    'invalidParameter',
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${why}`,
  );
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
 * daemon.containerStart: resolve the executable, plan the process and mark the container
 * running. `manual` (docker start/restart) resets the restart manager and RestartCount.
 * A failed start records the error and exit code 127 and removes an --rm container.
 * `now` is the simulated time of the start (a scheduled restart runs at its own time).
 */
export function launch(engine: Engine, c: ContainerRecord, manual: boolean, now = engine.now()): void {
  const image = engine.state.images[c.image];
  const repo = image?.source ? findRepo(image.source.repo) : undefined;
  const catalogImage = repo?.images.find((im) => im.tags.includes(image?.source?.tag ?? ''));
  const execs = image ? imageExecutables(image, repo, catalogImage) : new Map<string, string>();
  const resolve = (n: string) => resolveExecutable(execs, n);
  const path = resolve(c.path);
  if (!path || !image) {
    const err = execNotFound(c.path);
    c.state.error = err.message;
    c.state.exitCode = 127;
    c.manuallyRestarting = false;
    engine.emit('container start failed');
    if (c.hostConfig.AutoRemove) destroyContainer(engine, c, true);
    throw err;
  }
  if (manual) {
    resetRestartManager(c);
    c.manuallyStopped = false;
  }
  const plan = planProcess(
    { engine, container: c, image, repo, catalogImage, path, argv: [c.path, ...c.args], env: envRecord(processEnv(c)), now },
    resolve,
  );
  c.state = { ...c.state, status: 'running', pid: engine.nextPid(), exitCode: 0, error: '', oomKilled: false, startedAt: now };
  c.manuallyRestarting = false;
  c.restartAt = undefined;
  c.process = {
    program: plan.program,
    exitAt: plan.exit ? now + plan.exit.afterMs : undefined,
    exitCode: plan.exit?.code,
    ignores: plan.ignores,
  };
  writeLog(engine, c, plan.output, now);
  engine.emit('container start');
}

/** handleContainerExit: the main process ended with `code` at `at`. */
export function processExited(engine: Engine, c: ContainerRecord, code: number, at = engine.now()): void {
  const ranMs = at - c.state.startedAt;
  c.process = undefined;
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
    try {
      launch(engine, c, true, at);
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
  engine.emit('container pause');
}

/** daemon.containerUnpause; a process whose time ran out while frozen ends on the next tick. */
export function unpauseContainer(engine: Engine, c: ContainerRecord): void {
  if (c.state.status !== 'paused') throw new DaemonError('system', `Container ${c.id} is not paused`);
  c.state.status = 'running';
  const exitAt = c.process?.exitAt;
  if (c.process && exitAt !== undefined) c.process.exitAt = Math.max(exitAt, engine.now());
  engine.emit('container unpause');
}
