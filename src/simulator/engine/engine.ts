// The simulated daemon: owns the world state, the clock and the seeded generator, and runs the
// scheduled events (a `sleep 5` exiting, a restart) up to "now" before every request.
import { createRngState, randomHex, randomId, randomInt } from '../util/rng.ts';
import { uniqueName } from '../util/names.ts';
import { WORLD_VERSION, type NetworkRecord, type WorldState } from './state.ts';
import type { Vfs } from '../fs/types.ts';
import type { ProcessRunner } from './containers/process-runner.ts';

export type EngineEvent = { type: 'world'; reason: string };

/** Plugged in by the composition root: the scheduled events (process exits, restarts). */
export interface Scheduler {
  /** The earliest simulated time at which something will happen by itself, if any. */
  nextEventAt(engine: Engine): number | undefined;
  /** Run the events due at `at` (the earliest). */
  runDue(engine: Engine, at: number): void;
}

export class Engine {
  state: WorldState;
  private readonly baseClock: () => number;
  private readonly listeners = new Set<(e: EngineEvent) => void>();
  scheduler?: Scheduler;
  /**
   * The host's filesystem (the daemon runs on the learner's machine), plugged in by the
   * composition root: bind-mount sources are checked and created in it (engine/mounts/).
   */
  hostFs?: Vfs;
  /** Runs containers' main processes through the shell (plugged in by the composition root). */
  processRunner?: ProcessRunner;

  constructor(state: WorldState, clock: () => number) {
    this.state = state;
    this.baseClock = clock;
  }

  /** Simulated time in ms: the injected clock plus simulated work done so far. */
  now(): number {
    return this.baseClock() + this.state.skew;
  }

  /** Simulated work (downloading, extracting, a stop timeout) moves the clock forward. */
  advance(ms: number): void {
    if (ms > 0) this.state.skew += ms;
  }

  newId(): string {
    return randomId(this.state.rng);
  }

  hex(bytes: number): string {
    return randomHex(this.state.rng, bytes);
  }

  randInt(n: number): number {
    return randomInt(this.state.rng, n);
  }

  /** A fresh `adjective_surname` container name, never one in use. */
  newName(): string {
    const taken = new Set(Object.values(this.state.containers).map((c) => c.name));
    return uniqueName((n) => this.randInt(n), (name) => taken.has(name));
  }

  nextPid(): number {
    this.state.nextPid += 1 + this.randInt(40);
    return this.state.nextPid;
  }

  subscribe(listener: (e: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(reason: string): void {
    for (const l of this.listeners) l({ type: 'world', reason });
  }

  nextEventAt(): number | undefined {
    return this.scheduler?.nextEventAt(this);
  }

  /** Bring the world up to now: events whose time has come run in time order. */
  tick(): void {
    for (let guard = 0; guard < 10000; guard++) {
      const at = this.nextEventAt();
      if (at === undefined || at > this.now() || !this.scheduler) return;
      this.scheduler.runDue(this, at);
    }
  }
}

function defaultNetworks(rngState: WorldState['rng'], now: number): Record<string, NetworkRecord> {
  const nets: Record<string, NetworkRecord> = {};
  const mk = (name: string, driver: string, subnet?: string, gateway?: string) => {
    const id = randomHex(rngState, 32);
    nets[id] = { id, name, driver, scope: 'local', created: now, subnet, gateway, internal: false, labels: {} };
  };
  mk('bridge', 'bridge', '172.17.0.0/16', '172.17.0.1');
  mk('host', 'host');
  mk('none', 'null');
  return nets;
}

export function createWorld(seed: number, now: number): WorldState {
  const rng = createRngState(seed);
  return {
    version: WORLD_VERSION,
    seed,
    rng,
    skew: 0,
    images: {},
    containers: {},
    networks: defaultNetworks(rng, now),
    volumes: {},
    volumeData: {},
    nextPid: 1200,
  };
}
