// traefik/whoami: answers every path with what it knows of itself and of the request
// (whoamiHandler): `Name:` (WHOAMI_NAME), `Hostname:`, one `IP:` per interface address (lo's
// 127.0.0.1 and ::1, then eth0's on each network), `RemoteAddr:` (address:port of the client,
// Traefik when proxied), then the request as Go's Request.Write prints it (request line, Host,
// User-Agent, the other headers sorted by canonical name, CRLF line ends). /health answers
// 200, /api the same facts as JSON, /bench "1". It logs only "Starting up on port 80" (Go's
// log package: stderr, date and time), and --port / WHOAMI_PORT_NUMBER move it.
import { httpDate } from '../../http/files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { containerEnv, err, optionValue, running, serverArgs } from './common.ts';
import type { ServiceModel } from './types.ts';

function port(argv: string[], env: Record<string, string>): number {
  return Number(optionValue(argv, '--port', '-port') ?? env.WHOAMI_PORT_NUMBER ?? 80);
}

function portOf(engine: Engine, c: ContainerRecord): number {
  return port(serverArgs(engine, c).slice(1), containerEnv(c));
}

/** Go's log package: "2026/11/25 10:00:03 ". */
function goLogTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace(/-/g, '/').replace('T', ' ');
}

function start(ctx: ProgramContext, argv: string[]) {
  return running('traefik-whoami', [err(`${goLogTime(ctx.now)} Starting up on port ${port(argv.slice(1), ctx.env)}`)]);
}

/** textproto.CanonicalMIMEHeaderKey: x-real-ip -> X-Real-Ip. */
function canonical(key: string): string {
  return key.toLowerCase().replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => `${dash}${ch.toUpperCase()}`);
}

/** http.Request.Write of the request the server received. */
function requestDump(req: HttpRequest): string {
  const get = (name: string) => req.headers.find(([k]) => k.toLowerCase() === name)?.[1];
  const skip = new Set(['host', 'user-agent', 'content-length', 'transfer-encoding', 'trailer']);
  const rest = req.headers.filter(([k]) => !skip.has(k.toLowerCase())).map(([k, v]) => [canonical(k), v] as const);
  rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const length = req.body ? [`Content-Length: ${new TextEncoder().encode(req.body).length}`] : [];
  const lines = [`${req.method} ${req.target} HTTP/1.1`, `Host: ${get('host') ?? ''}`, `User-Agent: ${get('user-agent') ?? 'Go-http-client/1.1'}`, ...length, ...rest.map(([k, v]) => `${k}: ${v}`)];
  return `${lines.map((l) => `${l}\r\n`).join('')}\r\n${req.body}`;
}

function ips(c: ContainerRecord): string[] {
  return ['127.0.0.1', '::1', ...Object.values(endpointsOf(c)).filter((ep) => ep.EndpointID && ep.IPAddress).map((ep) => ep.IPAddress)];
}

/** A Go server's answer: Date, Content-Length, Content-Type in that order. */
function goResponse(ctx: HttpServiceContext, status: number, body: string, type: string): HttpResponse {
  const headers: [string, string][] = [['Date', httpDate(ctx.now)], ['Content-Length', String(new TextEncoder().encode(body).length)]];
  if (body || type !== 'text/plain; charset=utf-8') headers.push(['Content-Type', type]);
  return { status, reason: status === 200 ? 'OK' : 'Not Found', headers, body };
}

function whoamiText(ctx: HttpServiceContext, req: HttpRequest, remote: string): string {
  const env = containerEnv(ctx.container);
  const name = env.WHOAMI_NAME ? `Name: ${env.WHOAMI_NAME}\n` : '';
  return `${name}Hostname: ${ctx.container.config.Hostname}\n${ips(ctx.container).map((ip) => `IP: ${ip}\n`).join('')}RemoteAddr: ${remote}\n${requestDump(req)}`;
}

function apiJson(ctx: HttpServiceContext, req: HttpRequest, remote: string): string {
  const headers: Record<string, string[]> = {};
  for (const [k, v] of [...req.headers].sort(([a], [b]) => (canonical(a) < canonical(b) ? -1 : 1))) if (k.toLowerCase() !== 'host') (headers[canonical(k)] ??= []).push(v);
  const host = req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '';
  return `${JSON.stringify({ hostname: ctx.container.config.Hostname, ip: ips(ctx.container), headers, url: req.target, host, method: req.method, remoteAddr: remote })}\n`;
}

const http: HttpService = {
  listens: (engine, c) => [portOf(engine, c)],
  handle(ctx, req) {
    const remote = `${ctx.remoteAddr.includes(':') ? `[${ctx.remoteAddr}]` : ctx.remoteAddr}:${32768 + ctx.engine.randInt(28232)}`;
    const path = req.target.split('?')[0];
    if (path === '/health') return goResponse(ctx, 200, '', 'text/plain; charset=utf-8');
    if (path === '/bench') return goResponse(ctx, 200, '1', 'text/plain');
    if (path === '/api') return goResponse(ctx, 200, apiJson(ctx, req, remote), 'application/json');
    return goResponse(ctx, 200, whoamiText(ctx, req, remote), 'text/plain; charset=utf-8');
  },
};

export const whoami: ServiceModel = {
  program: 'traefik-whoami',
  start,
  ports: (engine, c) => [portOf(engine, c)],
  http,
};
