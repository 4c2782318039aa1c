// The running half of a simulator, loaded by ../simulator.ts with the first command (or
// sim.http, Ctrl+D, sim.preload): the container runtime, the waiter and the session with its
// shells, over the engine the simulator already has. Everything commands need is reached from
// here, so none of it is in the code a page loads before the terminal's first command.
import { preloadWorld } from '../engine/catalog/preload.ts';
import type { Engine } from '../engine/engine.ts';
import { hostHttpRequest, httpResult } from '../engine/http.ts';
import { installRuntime } from '../runtime/runtime.ts';
import type { HttpOptions, HttpResult } from '../types.ts';
import { Session, type SessionState } from './session.ts';
import { Waiter } from './waiter.ts';

export interface Live {
  session: Session;
  http(url: string, options?: HttpOptions): HttpResult | { error: string };
}

/** `virtualTime`: a clock was injected, so waits jump the clock instead of waiting. */
export async function goLive(engine: Engine, state: SessionState, virtualTime: boolean): Promise<Live> {
  // The files of the world's images (restored containers' shells read them) come from the catalog.
  await preloadWorld(engine.state);
  const runtime = installRuntime(engine);
  const waiter = new Waiter(engine, virtualTime, () => runtime.settle());
  // The session also plugs the host's files into the engine (engine.hostFs) for bind mounts.
  const session = new Session(engine, waiter, runtime, state);
  return { session, http: (url, options) => httpResult(hostHttpRequest(engine, url, options)) };
}
