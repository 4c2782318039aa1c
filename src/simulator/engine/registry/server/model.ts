// The registry image's server (`registry serve <config.yml>`, distribution 2.8 or 3.x) as a
// service model: its start-up lines come from the catalog, it listens on http.addr (:5000) and
// answers the registry API (api.ts) from the storage under its root directory, which the image
// declares as a volume: remove the container with its volume and the pushed images go with it.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import { fillLogLine } from '../../programs/placeholders.ts';
import { filesOfContainer, running } from '../../programs/services/common.ts';
import type { ServiceModel } from '../../programs/services/types.ts';
import type { OutputChunk, ProgramContext } from '../../programs/types.ts';
import type { ContainerRecord } from '../../state.ts';
import { answer } from './api.ts';
import { registryConfig } from './config.ts';
import { logRequest } from './log.ts';
import { RegistryStorage } from './storage.ts';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed' };

function start(ctx: ProgramContext, argv: string[]) {
  void argv;
  const fill = { now: ctx.now, env: ctx.env, pid: 1, tag: ctx.catalogImage?.tags[0] ?? 'latest' };
  const output: OutputChunk[] = [];
  for (const raw of ctx.catalogImage?.startup.logLines ?? []) {
    const line = fillLogLine(raw, fill);
    if (line !== undefined) output.push({ stream: 'stderr', text: `${line}\n` });
  }
  return running('registry', output);
}

function listens(engine: Engine, c: ContainerRecord): number[] {
  return [registryConfig(engine, c).port];
}

function parseTarget(target: string): { path: string; query: Map<string, string> } {
  const i = target.indexOf('?');
  const query = new Map<string, string>();
  if (i === -1) return { path: target, query };
  for (const pair of target.slice(i + 1).split('&')) {
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq));
    if (!query.has(key)) query.set(key, decodeURIComponent(eq === -1 ? '' : pair.slice(eq + 1).replace(/\+/g, ' ')));
  }
  return { path: target.slice(0, i), query };
}

function handle(ctx: HttpServiceContext, req: HttpRequest): HttpResponse {
  const { engine, container } = ctx;
  const conf = registryConfig(engine, container);
  const storage = new RegistryStorage(filesOfContainer(engine, container), conf.root);
  const { path, query } = parseTarget(req.target);
  const r = answer({ req, path, query, storage, engine, v3: conf.v3 });
  const headers: [string, string][] = [...r.headers, ['Date', httpDate(ctx.now)], ['Docker-Distribution-Api-Version', 'registry/2.0']];
  // The dispatcher adds the config's headers first; a handler's Header().Set of the same name replaces them.
  if (!r.unrouted) headers.push(...conf.headers.filter(([k]) => !r.headers.some(([h]) => h === k)));
  headers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const id = engine.hex(16);
  const log = {
    id: `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20)}`,
    remote: `${ctx.remoteAddr}:${32768 + engine.randInt(28000)}`,
    vars: r.vars,
    error: r.error,
    durationMs: (200 + engine.randInt(1800)) / 1000,
  };
  const res: HttpResponse = { status: r.status, reason: REASONS[r.status] ?? '', headers, body: req.method === 'HEAD' ? '' : r.body };
  logRequest(ctx, conf, req, res, r.unrouted || r.silent, log);
  return res;
}

export const registryHttp: HttpService = { listens, handle };

export const registryServer: ServiceModel = {
  program: 'registry',
  start,
  ports: listens,
  http: registryHttp,
};
