// Composition root: wires the engine, the container runtime (the shell-backed process runner),
// the session and the public API together.
import { Engine, createWorld } from './engine/engine.ts';
import type { WorldState } from './engine/state.ts';
import { installRuntime } from './runtime/runtime.ts';
import { initialHost } from './session/host-machine.ts';
import { Session, type SessionState } from './session/session.ts';
import { completeLine } from './cli/complete.ts';
import { hostHttpRequest, httpResult } from './engine/http.ts';
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

/** A session from a snapshot; one saved before the host had files starts on a fresh host. */
function sessionState(restored: Snapshot | undefined, options: SimulatorOptions, now: number): SessionState {
  const saved = restored ? (structuredClone(restored.session) as Partial<SessionState>) : undefined;
  if (saved?.host) return { host: saved.host, frames: saved.frames ?? [] };
  return { host: initialHost(now, options.files), frames: [] };
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? realClock;
  const restored = options.state !== undefined ? options.state : undefined;
  if (restored !== undefined && !isSnapshot(restored)) {
    throw new Error(`createSimulator: unsupported snapshot (expected version ${SNAPSHOT_VERSION})`);
  }
  const world = restored ? structuredClone(restored.world) : createWorld(options.seed ?? 0, clock());
  const engine = new Engine(world, clock);
  const runtime = installRuntime(engine);
  const waiter = new Waiter(engine, options.clock !== undefined, () => runtime.settle());
  // The session also plugs the host's files into the engine (engine.hostFs) for bind mounts.
  const session = new Session(engine, waiter, runtime, sessionState(restored, options, engine.now()));
  const listeners = new Set<(e: SimEvent) => void>();
  engine.subscribe((e) => {
    for (const l of listeners) l(e);
  });
  let prompt = session.prompt;
  const announce = <T>(result: T): T => {
    if (session.prompt !== prompt) {
      prompt = session.prompt;
      for (const l of listeners) l({ type: 'prompt', prompt });
    }
    return result;
  };

  return {
    get prompt() {
      return session.prompt;
    },
    run: (line, io) => session.run(line, io).then(announce),
    endOfInput: (io) => session.endOfInput(io).then(announce),
    interrupt: () => session.interrupt(),
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
    http: async (url, opts) => httpResult(hostHttpRequest(engine, url, opts)),
  };
}
