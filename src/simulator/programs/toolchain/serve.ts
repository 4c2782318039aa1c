// A built web server answering HTTP (the optional part of the model): when a built program that
// listens starts, an HttpService is registered under its program name. It answers only for a
// container whose main program file is such a build (read from the container's files), on the
// port its source listens on, with the body its handler writes (fmt.Fprintln(w, "...") and the
// like), as Go's net/http would send it; other paths of a Go server get its mux's 404.
import type { Engine } from '../../engine/engine.ts';
import { httpDate, readContainerFile } from '../../engine/http/files.ts';
import { registerHttpService } from '../../engine/http/registry.ts';
import type { HttpRequest, HttpResponse, HttpService } from '../../engine/http/types.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { decodeProgram, type ProgramSpec } from './artifact.ts';

/** The container's main program file: its path, or the first hit on the image's PATH. */
function specOf(engine: Engine, c: ContainerRecord): ProgramSpec | null {
  const path = c.config.Env.find((e) => e.startsWith('PATH='))?.slice(5) ?? '/usr/local/bin:/usr/bin:/bin';
  const cands = c.path.includes('/') ? [c.path] : path.split(':').map((d) => `${d}/${c.path}`);
  for (const p of cands) {
    const f = readContainerFile(engine, c, p);
    if (f.kind === 'file') return decodeProgram(f.data);
  }
  return null;
}

function response(status: number, reason: string, body: string, now: number): HttpResponse {
  const len = new TextEncoder().encode(body).length;
  return { status, reason, headers: [['Date', httpDate(now)], ['Content-Length', String(len)], ['Content-Type', 'text/plain; charset=utf-8']], body };
}

const builtServer: HttpService = {
  listens: (engine, c) => {
    const spec = specOf(engine, c);
    return spec?.lang === 'go' && spec.listen !== undefined ? [spec.listen] : [];
  },
  handle: (ctx, req: HttpRequest) => {
    const spec = specOf(ctx.engine, ctx.container);
    const body = route(spec?.routes ?? {}, req.target.split('?')[0]);
    return body === undefined ? response(404, 'Not Found', '404 page not found\n', ctx.now) : response(200, 'OK', body, ctx.now);
  },
};

/** ServeMux: an exact pattern, else the longest pattern ending in `/` that prefixes the path. */
function route(routes: Record<string, string>, path: string): string | undefined {
  if (Object.hasOwn(routes, path)) return routes[path];
  const subtree = Object.keys(routes).filter((p) => p.endsWith('/') && path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  return subtree === undefined ? undefined : routes[subtree];
}

const registered = new Set<string>();

/** Make the program name answer HTTP (once per name; the service checks each container's file). */
export function serveBuilt(name: string): void {
  if (registered.has(name)) return;
  registered.add(name);
  registerHttpService(name, builtServer);
}
