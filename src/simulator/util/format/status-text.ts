// The STATUS column text the daemon builds (moby daemon/container/state.go State.String).
import { humanDuration } from './units.ts';

// ---------------------------------------------------------------------------
// The STATUS column (daemon/container/state.go State.String)

/**
 * The container state the status text is built from. Times are ms since the epoch; 0 (or null)
 * means Go's zero time (never started / never finished).
 *   status 'running' | 'paused' | 'restarting' count as Running in the daemon (paused and
 *   restarting containers still have Running set); health is the healthcheck state, if any.
 */
export interface ContainerStateText {
  status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  startedAt: number | null;
  finishedAt: number | null;
  exitCode: number;
  health?: { status: 'starting' | 'healthy' | 'unhealthy' | 'none' | string } | null;
}

/**
 * State.String: "Up 2 minutes", "Up 2 minutes (Paused)", "Up 5 seconds (healthy)",
 * "Up 3 seconds (health: starting)", "Restarting (1) 3 seconds ago", "Removal In Progress",
 * "Dead", "Created", "Exited (137) 2 minutes ago" ("" when started but never finished).
 */
export function containerStatusText(state: ContainerStateText, nowMs: number): string {
  const running = state.status === 'running' || state.status === 'paused' || state.status === 'restarting';
  if (running) {
    const out = `Up ${humanDuration(nowMs - (state.startedAt ?? 0))}`;
    if (state.status === 'paused') return `${out} (Paused)`;
    if (state.status === 'restarting') return `Restarting (${state.exitCode}) ${humanDuration(nowMs - (state.finishedAt ?? 0))} ago`;
    if (state.health) return `${out} (${state.health.status === 'starting' ? 'health: starting' : state.health.status})`;
    return out;
  }
  if (state.status === 'removing') return 'Removal In Progress';
  if (state.status === 'dead') return 'Dead';
  if (!state.startedAt) return 'Created';
  if (!state.finishedAt) return '';
  return `Exited (${state.exitCode}) ${humanDuration(nowMs - state.finishedAt)} ago`;
}
