// The servers scripts are running, per engine and container run: a node or Flask app that
// called listen() registers here while its process lives, and the HTTP routing finds it by
// port (engine/http/registry.ts asks scriptListener when the main program serves nothing there).
// Tiny and static: the script model itself is loaded only when a script runs. Servers live in
// memory with their process: a restored snapshot has none until the container starts again.
import type { Engine } from '../../engine/engine.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../engine/http/types.ts';
import type { ContainerRecord } from '../../engine/state.ts';

export interface ScriptServer {
  port: number;
  /** Bound to 127.0.0.1 only (Flask's default): unreachable through a published port. */
  loopbackOnly: boolean;
  handle(ctx: HttpServiceContext, req: HttpRequest): HttpResponse;
}

interface Entry { startedAt: number; server: ScriptServer }

const live = new WeakMap<Engine, Map<string, Entry[]>>();

/** The container's list, with entries of its earlier runs dropped (in place: stop() holds it). */
function entries(engine: Engine, c: ContainerRecord): Entry[] {
  let byContainer = live.get(engine);
  if (!byContainer) live.set(engine, (byContainer = new Map()));
  let list = byContainer.get(c.id);
  if (!list) byContainer.set(c.id, (list = []));
  for (let i = list.length - 1; i >= 0; i--) if (list[i].startedAt !== c.state.startedAt) list.splice(i, 1);
  return list;
}

/** The server listening on `port` in this run of the container, if any. */
export function scriptServerOn(engine: Engine, c: ContainerRecord, port: number): ScriptServer | undefined {
  return entries(engine, c).find((e) => e.server.port === port)?.server;
}

/** Start listening; returns the function that stops it (the process ended). */
export function listen(engine: Engine, c: ContainerRecord, server: ScriptServer): () => void {
  const entry = { startedAt: c.state.startedAt, server };
  entries(engine, c).push(entry);
  return () => {
    const list = entries(engine, c);
    const i = list.indexOf(entry);
    if (i !== -1) list.splice(i, 1);
  };
}

/** The HTTP service of a script's server on `port`, for a client at `remoteAddr`. */
export function scriptListener(engine: Engine, c: ContainerRecord, port: number, remoteAddr?: string): HttpService | undefined {
  if (c.state.status !== 'running' && c.state.status !== 'paused') return undefined;
  const server = scriptServerOn(engine, c, port);
  if (!server) return undefined;
  const loopback = remoteAddr === undefined || remoteAddr.startsWith('127.') || remoteAddr === '::1';
  if (server.loopbackOnly && !loopback) return undefined;
  return { listens: () => [port], handle: (ctx, req) => server.handle(ctx, req) };
}
