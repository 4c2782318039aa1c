// The daemon's timed events: a process that ends by itself (`sleep 5`), the SIGKILL that ends
// a `docker stop` timeout, the restart manager bringing a container back, a health probe.
// Engine.tick runs them in time order up to "now". A paused (frozen) process does not exit
// by itself, but the stop timeout still runs.
import type { Engine, Scheduler } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { runHealthProbe } from './health.ts';
import { processExited, restartDue } from './lifecycle.ts';
import { stopTimeoutExpired } from './stop.ts';

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  // Called for every container on every tick: no allocations.
  if (a === undefined) return b;
  return b === undefined || a <= b ? a : b;
}

function dueTime(c: ContainerRecord): number | undefined {
  if (c.state.status === 'running') return earliest(c.process ? earliest(c.process.exitAt, c.process.killAt) : undefined, c.healthAt);
  if (c.state.status === 'paused') return c.process?.killAt;
  if (c.state.status === 'restarting') return c.restartAt;
  return undefined;
}

function runEvent(engine: Engine, c: ContainerRecord, at: number): void {
  if (c.state.status === 'restarting') restartDue(engine, c, at);
  else if (c.process?.killAt === at) stopTimeoutExpired(engine, c, at);
  else if (c.healthAt === at && c.process?.exitAt !== at) runHealthProbe(engine, c, at);
  else processExited(engine, c, c.process?.exitCode ?? 0, at);
}

export const containerScheduler: Scheduler = {
  nextEventAt(engine) {
    let next: number | undefined;
    for (const c of Object.values(engine.state.containers)) {
      const at = dueTime(c);
      if (at !== undefined && (next === undefined || at < next)) next = at;
    }
    return next;
  },
  runDue(engine, at) {
    for (const c of Object.values(engine.state.containers)) {
      if (dueTime(c) === at && engine.state.containers[c.id]) runEvent(engine, c, at);
    }
  },
};
