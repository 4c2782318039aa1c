// Traefik's HTTP side: on its entrypoints it routes each request by the routers the Docker
// provider built from the running containers' labels (highest priority, the longest rule, first)
// to the container's port over a network they share, as a reverse proxy; nothing matching is its
// "404 page not found". The "traefik" entrypoint (8080) serves the API, dashboard and /ping.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import { containerHttpRequest } from '../../http/route.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { ContainerRecord } from '../../state.ts';
import { catalogOf, filesOfContainer, jsonResponse, serverArgs, tagVersion, textResponse } from './common.ts';
import { dockerSocketMounted, entrypoints, has, traefikConfig, type TraefikConfig } from './traefik-config.ts';
import { backendIp, containerRouters, ruleMatches, type Router } from './traefik-rules.ts';

function configOf(engine: Engine, c: ContainerRecord): TraefikConfig {
  return traefikConfig(filesOfContainer(engine, c), serverArgs(engine, c).slice(1));
}

/** All routers the Docker provider sees, highest priority first. */
export function routers(engine: Engine, self: ContainerRecord, cfg: TraefikConfig): Router[] {
  if (!has(cfg, 'providers.docker') || !dockerSocketMounted(self)) return [];
  const exposed = cfg.get('providers.docker.exposedbydefault') !== 'false';
  const eps = [...entrypoints(cfg).keys()].filter((e) => e !== 'traefik');
  const all = Object.values(engine.state.containers)
    .filter((c) => c.id !== self.id && c.state.status === 'running')
    .flatMap((c) => containerRouters(c, exposed, eps));
  return all.sort((a, b) => b.rule.length - a.rule.length);
}

function notFound(ctx: HttpServiceContext): HttpResponse {
  return textResponse(404, '404 page not found\n', [['Date', httpDate(ctx.now)], ['X-Content-Type-Options', 'nosniff']]);
}

function forward(ctx: HttpServiceContext, req: HttpRequest, r: Router): HttpResponse {
  const shared = new Set(Object.values(endpointsOf(ctx.container)).map((ep) => ep.NetworkID));
  const ip = backendIp(r, shared);
  const bad = () => textResponse(502, 'Bad Gateway', [['Date', httpDate(ctx.now)]]);
  if (!ip || r.port === undefined) return bad();
  const headers: Record<string, string> = Object.fromEntries(req.headers.filter(([k]) => k.toLowerCase() !== 'content-length'));
  const host = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '';
  Object.assign(headers, { 'X-Forwarded-For': ctx.remoteAddr, 'X-Forwarded-Host': host, 'X-Forwarded-Port': String(ctx.port), 'X-Forwarded-Proto': 'http', 'X-Forwarded-Server': ctx.container.config.Hostname, 'X-Real-Ip': ctx.remoteAddr });
  // Go's transport asks for gzip when the client did not choose an encoding
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'accept-encoding')) headers['Accept-Encoding'] = 'gzip';
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body;
  const out = containerHttpRequest(ctx.engine, ctx.container.id, `http://${ip}:${r.port}${req.target}`, { method: req.method, headers, body });
  return out.ok ? out.response : bad();
}

function api(ctx: HttpServiceContext, req: HttpRequest, cfg: TraefikConfig): HttpResponse {
  const path = req.target.split('?')[0];
  const date: [string, string] = ['Date', httpDate(ctx.now)];
  if (path === '/ping' && has(cfg, 'ping')) return textResponse(200, 'OK', [date]);
  if (cfg.get('api.insecure') !== 'true') return notFound(ctx);
  if (path === '/') return { status: 302, reason: 'Found', headers: [['Content-Type', 'text/html; charset=utf-8'], ['Location', '/dashboard/'], date, ['Content-Length', '34']], body: '<a href="/dashboard/">Found</a>.\n\n' };
  if (path === '/dashboard/') return textResponse(200, '<!DOCTYPE html><html><head><title>Traefik</title><meta charset=utf-8></head><body><div id=q-app></div></body></html>', [date], 'text/html; charset=utf-8');
  const rs = routers(ctx.engine, ctx.container, cfg);
  if (path === '/api/http/routers') {
    return jsonResponse(200, rs.map((r) => ({ entryPoints: r.entryPoints, service: r.service.replace(/@docker$/, ''), rule: r.rule, priority: r.rule.length, status: 'enabled', using: r.entryPoints, name: r.name, provider: 'docker' })), [date]);
  }
  if (path === '/api/version') return jsonResponse(200, { Version: tagVersion(catalogOf(ctx.engine, ctx.container), '3.7.11'), Codename: 'langres' }, [date]);
  if (path === '/api/overview') {
    const n = { total: rs.length, warnings: 0, errors: 0 };
    return jsonResponse(200, { http: { routers: n, services: n, middlewares: { total: 0, warnings: 0, errors: 0 } }, features: { tracing: '', metrics: '', accessLog: false }, providers: has(cfg, 'providers.docker') ? ['Docker'] : [] }, [date]);
  }
  return notFound(ctx);
}

export const traefikHttp: Omit<HttpService, 'listens'> = {
  handle(ctx, req) {
    const cfg = configOf(ctx.engine, ctx.container);
    const ep = [...entrypoints(cfg)].find(([, p]) => p === ctx.port)?.[0] ?? '';
    if (ep === 'traefik') return api(ctx, req, cfg);
    const hit = routers(ctx.engine, ctx.container, cfg).find((r) => r.entryPoints.includes(ep) && ruleMatches(r.rule, req));
    return hit ? forward(ctx, req, hit) : notFound(ctx);
  },
};
