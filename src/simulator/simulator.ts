// Composition root: wires the engine, its scheduler, the session and the public API together.
import { containerScheduler } from './engine/containers/schedule.ts';
import { Engine, createWorld } from './engine/engine.ts';
import type { WorldState } from './engine/state.ts';
import { initialSession, Session, type SessionState } from './session/session.ts';
import { completeLine } from './cli/complete.ts';
import { Waiter } from './session/waiter.ts';
import type { SimEvent, Simulator, SimulatorOptions, WorldSnapshot } from './types.ts';

export const SNAPSHOT_VERSION = 1;

interface Snapshot extends WorldSnapshot {
  world: WorldState;
  session: SessionState;
}

function isSnapshot(s: unknown): s is Snapshot {
  const o = s as Snapshot | null;
  return !!o && typeof o === 'object' && o.version === SNAPSHOT_VERSION && !!o.world && !!o.session;
}

/** The one read of the real clock, used only when no clock is injected. */
function realClock(): number {
  return new Date().getTime();
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? realClock;
  const restored = options.state !== undefined ? options.state : undefined;
  if (restored !== undefined && !isSnapshot(restored)) {
    throw new Error(`createSimulator: unsupported snapshot (expected version ${SNAPSHOT_VERSION})`);
  }
  const world = restored ? structuredClone(restored.world) : createWorld(options.seed ?? 0, clock());
  const engine = new Engine(world, clock);
  engine.scheduler = containerScheduler;
  const waiter = new Waiter(engine, options.clock !== undefined);
  const session = new Session(engine, waiter, restored ? structuredClone(restored.session) : initialSession());
  const listeners = new Set<(e: SimEvent) => void>();
  engine.subscribe((e) => {
    for (const l of listeners) l(e);
  });

  return {
    get prompt() {
      return session.prompt;
    },
    run: (line, io) => session.run(line, io),
    interrupt: () => waiter.interrupt(),
    snapshot: (): Snapshot => ({
      version: SNAPSHOT_VERSION,
      world: structuredClone(engine.state),
      session: structuredClone(session.state),
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    complete: (line, cursor = line.length) => completeLine(engine, line, cursor),
  };
}
