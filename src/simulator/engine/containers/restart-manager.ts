// The daemon's restart manager (moby daemon/internal/restartmanager): decides, when a
// container's process exits, whether its restart policy brings it back and after what delay.
// The delay starts at 100ms and doubles on every restart up to one minute; a run of 10 seconds
// or more resets it. `docker stop`/`kill` cancel it (ExitOnNext); a manual start makes a new one.
import type { ContainerRecord, RestartManagerState } from '../state.ts';

const DEFAULT_TIMEOUT_MS = 100;
const MAX_TIMEOUT_MS = 60_000;
const RESET_AFTER_MS = 10_000;

function manager(c: ContainerRecord): RestartManagerState {
  c.restartManager ??= { timeoutMs: 0, canceled: false };
  return c.restartManager;
}

/** container.ExitOnNext: the next exit is final, whatever the policy says. */
export function cancelRestart(c: ContainerRecord): void {
  manager(c).canceled = true;
}

/** A manual `docker start`/`restart`: a fresh manager and RestartCount back to 0. */
export function resetRestartManager(c: ContainerRecord): void {
  c.restartManager = { timeoutMs: 0, canceled: false };
  c.restartCount = 0;
}

/**
 * RestartManager.ShouldRestart: the delay in ms before the restart, or undefined when the
 * container stays down. `ranMs` is how long the process ran.
 */
export function shouldRestart(c: ContainerRecord, exitCode: number, ranMs: number): number | undefined {
  const policy = c.hostConfig.RestartPolicy;
  if (policy.Name === 'no' || (policy.Name as string) === '') return undefined;
  const rm = manager(c);
  if (rm.canceled) return undefined;
  if (ranMs >= RESET_AFTER_MS) rm.timeoutMs = 0;
  if (rm.timeoutMs === 0) rm.timeoutMs = DEFAULT_TIMEOUT_MS;
  else if (rm.timeoutMs < MAX_TIMEOUT_MS) rm.timeoutMs *= 2;
  rm.timeoutMs = Math.min(rm.timeoutMs, MAX_TIMEOUT_MS);
  let restart = false;
  if (policy.Name === 'always') restart = true;
  else if (policy.Name === 'unless-stopped') restart = !c.manuallyStopped;
  else if (policy.Name === 'on-failure') {
    const max = policy.MaximumRetryCount;
    restart = (max === 0 || c.restartCount < max) && exitCode !== 0;
  }
  return restart ? rm.timeoutMs : undefined;
}
