// Kibana (kibana-docker under tini) as the kibana images run it: it reads ELASTICSEARCH_HOSTS
// (the image's kibana.yml says http://elasticsearch:9200), logs its start in its pattern layout
// ([time][LEVEL][logger] message, on stdout) and serves on 5601. It is available once the first
// host answers: an Elasticsearch with security off over http; a name that does not resolve,
// nothing listening, or a TLS-only node (security on) leave it logging the error and answering
// 503 "Kibana server is not ready yet". Approximate: the log shows a few of the real lines.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { catalogOf, containerEnv, isoTime, jsonResponse, lines, running, tagVersion, textResponse } from './common.ts';
import { securityOn } from './elasticsearch.ts';
import { findServer } from './peers.ts';
import type { ServiceModel } from './types.ts';

/** The first of ELASTICSEARCH_HOSTS (a YAML/JSON list or one URL). */
function firstHost(env: Record<string, string>): { scheme: string; host: string; port: number } {
  const raw = (env.ELASTICSEARCH_HOSTS ?? 'http://elasticsearch:9200').replace(/[[\]"'\s]/g, '').split(',')[0];
  const m = /^(https?):\/\/([^:/]+)(?::(\d+))?/.exec(raw) ?? ['', 'http', 'elasticsearch', '9200'];
  return { scheme: m[1], host: m[2], port: Number(m[3] ?? 9200) };
}

/** undefined when Elasticsearch answers, else why not (as Kibana's client says it). */
function esProblem(engine: Engine, c: ContainerRecord): string | undefined {
  const h = firstHost(containerEnv(c));
  const hit = findServer(engine, c, h.host, h.port, ['eswrapper']);
  if (!hit.ok) return hit.why === 'resolve' ? `getaddrinfo ENOTFOUND ${h.host}` : hit.why === 'refused' ? `connect ECONNREFUSED ${hit.ip}:${h.port}` : 'Request timed out';
  const tls = securityOn(hit.env);
  if (tls && h.scheme === 'http') return 'socket hang up';
  return undefined;
}

function stamp(ms: number): string {
  return `[${isoTime(ms).slice(0, 23)}+00:00]`;
}

function start(ctx: ProgramContext) {
  const t = stamp(ctx.now);
  const log = (level: string, logger: string, msg: string) => `${t}[${level.padEnd(5)}][${logger}] ${msg}`;
  const problem = esProblem(ctx.engine, ctx.container);
  const up = problem === undefined;
  return running('kibana', lines('stdout', [
    log('INFO', 'root', 'Kibana is starting'),
    log('INFO', 'node', 'Kibana process configured with roles: [background_tasks, ui]'),
    log('INFO', 'http.server.Preboot', 'http server running at http://0.0.0.0:5601'),
    log('INFO', 'plugins-system.preboot', 'Setting up [1] plugins: [interactiveSetup]'),
    log('INFO', 'http.server.Kibana', 'http server running at http://0.0.0.0:5601'),
    up ? log('INFO', 'status', 'Kibana is now available') : log('ERROR', 'elasticsearch-service', `Unable to retrieve version information from Elasticsearch nodes. ${problem}`),
  ]));
}

function headers(ctx: HttpServiceContext): [string, string][] {
  return [['kbn-name', ctx.container.config.Hostname], ['cache-control', 'private, no-cache, no-store, must-revalidate'], ['date', httpDate(ctx.now)], ['connection', 'keep-alive'], ['keep-alive', 'timeout=120']];
}

function status(ctx: HttpServiceContext): HttpResponse {
  const number = tagVersion(catalogOf(ctx.engine, ctx.container), '9.5.2');
  const body = { name: ctx.container.config.Hostname, uuid: `${ctx.container.id.slice(0, 8)}-${ctx.container.id.slice(8, 12)}-4${ctx.container.id.slice(13, 16)}-a${ctx.container.id.slice(17, 20)}-${ctx.container.id.slice(20, 32)}`, version: { number, build_snapshot: false, build_flavor: 'traditional' }, status: { overall: { level: 'available', summary: 'All services and plugins are available' } } };
  return jsonResponse(200, body, headers(ctx));
}

const http: HttpService = {
  listens: () => [5601],
  handle(ctx, req) {
    if (esProblem(ctx.engine, ctx.container) !== undefined) return textResponse(503, 'Kibana server is not ready yet', headers(ctx));
    const path = req.target.split('?')[0];
    if (path === '/api/status') return status(ctx);
    if (path === '/') return { status: 302, reason: 'Found', headers: [['location', '/spaces/enter'], ...headers(ctx), ['content-length', '0']], body: '' };
    return jsonResponse(404, { statusCode: 404, error: 'Not Found', message: 'Not Found' }, headers(ctx));
  },
};

export const kibana: ServiceModel = {
  program: 'kibana',
  start,
  ports: () => [5601],
  http,
};
