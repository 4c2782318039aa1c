// Composition root: wires the engine, the container runtime (the shell-backed process runner),
// the session and the public API together.
//
// Loading in two steps (the terminal's bundle budget): what a page needs before the first
// command (the world, the prompt, tab completion, snapshots) is here and statically imported;
// the runtime, the shells and the docker CLI (session/live.ts) load with the first run(),
// endOfInput(), http() or preload(), all of which are async. Until then the session is its
// plain state (session/pending.ts draws its prompt).
import { Engine, createWorld } from './engine/engine.ts';
import type { WorldState } from './engine/state.ts';
import { HOME, newHostTree } from './session/host-fs.ts';
import type { Live } from './session/live.ts';
import { pendingInterrupt, pendingPrompt } from './session/pending.ts';
import type { SessionState } from './session/session.ts';
import { completeLine } from './cli/complete.ts';
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
  return { host: { tree: newHostTree(now, options.files) }, frames: [] };
}

/** The host shell's directory and environment, for completions that depend on them (compose's project). */
function hostShellView(state: SessionState): { cwd: string; env: Record<string, string> } {
  const frames = state.host.shell?.frames;
  const top = frames?.[frames.length - 1];
  return top ? { cwd: top.state.cwd, env: top.state.env } : { cwd: HOME, env: {} };
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? realClock;
  const restored = options.state !== undefined ? options.state : undefined;
  if (restored !== undefined && !isSnapshot(restored)) {
    throw new Error(`createSimulator: unsupported snapshot (expected version ${SNAPSHOT_VERSION})`);
  }
  const world = restored ? structuredClone(restored.world) : createWorld(options.seed ?? 0, clock());
  const engine = new Engine(world, clock);
  const pending = sessionState(restored, options, engine.now());
  let live: Live | undefined;
  let loading: Promise<Live> | undefined;
  /** Ctrl+C while the first command waits for the code: it reaches that command once it runs. */
  let interruptOnLoad = false;
  const load = (): Promise<Live> =>
    (loading ??= import('./session/live.ts').then(async ({ goLive }) => {
      live = await goLive(engine, pending, options.clock !== undefined);
      // A restored world's servers answer at once (curl, sim.http): their models load with the session.
      if (Object.keys(engine.state.containers).length > 0) await (await import('./engine/programs/models.ts')).loadServiceModels();
      return live;
    }).catch((e: unknown) => {
      // A failed download (the page went offline) fails this command; the next one tries again.
      const started = live;
      loading = started ? Promise.resolve(started) : undefined;
      throw e;
    }));
  const listeners = new Set<(e: SimEvent) => void>();
  engine.subscribe((e) => {
    for (const l of listeners) l(e);
  });
  const currentPrompt = () => (live ? live.session.prompt : pendingPrompt(pending, engine.state));
  let prompt = currentPrompt();
  const announce = <T>(result: T): T => {
    if (currentPrompt() !== prompt) {
      prompt = currentPrompt();
      for (const l of listeners) l({ type: 'prompt', prompt });
    }
    return result;
  };
  /** Start `go` on the live session; an interrupt that came while loading then stops it. */
  const withLive = async <T>(go: (l: Live) => Promise<T>): Promise<T> => {
    const l = await load();
    const running = go(l);
    if (interruptOnLoad) {
      interruptOnLoad = false;
      l.session.interrupt();
    }
    return running;
  };

  return {
    get prompt() {
      return currentPrompt();
    },
    run: (line, io) => withLive((l) => l.session.run(line, io)).then(announce),
    endOfInput: (io) => withLive((l) => l.session.endOfInput(io)).then(announce),
    interruptInput: (io) => {
      if (live || loading) return withLive((l) => l.session.interruptInput(io)).then(announce);
      // Nothing loaded yet: only the host's shell can be at the prompt.
      pendingInterrupt(pending, engine.state);
      return Promise.resolve({ stdout: '', stderr: '', exitCode: 130 });
    },
    get echo() {
      return !live?.session.inputHidden;
    },
    interrupt: () => {
      if (live) live.session.interrupt();
      else if (loading) interruptOnLoad = true;
      else pendingInterrupt(pending, engine.state);
    },
    snapshot: (): Snapshot => ({
      version: SNAPSHOT_VERSION,
      world: structuredClone(engine.state),
      session: structuredClone(live ? live.session.state : pending),
    }),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    complete: (line, cursor = line.length) => completeLine(engine, line, cursor, hostShellView(live ? live.session.state : pending)),
    http: (url, opts) => withLive(async (l) => l.http(url, opts)),
    preload: async () => {
      await load();
    },
  };
}
