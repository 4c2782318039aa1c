// Where an HTTP request goes, as the packets would: from the host, localhost and the host's own
// addresses reach the published ports (docker-proxy, which connects to the container from the
// network's gateway address) and the servers of --network host containers; a container's
// address on a bridge is reached directly. From a container, localhost is the container itself,
// names resolve through its /etc/hosts and Docker's embedded DNS, and only containers on a
// network it shares answer. The failures carry curl's exit code and message.
import { HOST } from '../daemon-version.ts';
import type { Engine } from '../engine.ts';
import { gatewayEndpoint } from '../network/attach.ts';
import { resolveName } from '../network/dns.ts';
import { endpointsOf } from '../network/endpoint-config.ts';
import type { ContainerRecord } from '../state.ts';
import { listenerOn } from './registry.ts';
import type { HttpFailure, HttpFailureKind, HttpOutcome, HttpRequest, HttpRequestOptions } from './types.ts';
import { parseUrl, type ParsedUrl } from './url.ts';

/** The curl the simulated host has (Debian 13's). */
export const HOST_CURL_VERSION = '8.14.1';

const EXIT: Record<HttpFailureKind, number> = { resolve: 6, connect: 7, reset: 56, timeout: 28, tls: 35, empty: 52 };

function failure(kind: HttpFailureKind, message: string): HttpFailure {
  return { ok: false, kind, message, curlExit: EXIT[kind] };
}

function connectFailure(host: string, port: number): HttpFailure {
  return failure('connect', `Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`);
}

/** The request curl sends for `url` with the caller's options (-X, -H, -d). */
export function buildRequest(url: ParsedUrl, opts: HttpRequestOptions, userAgent: string): HttpRequest {
  const body = opts.body ?? '';
  const headers: [string, string][] = [['Host', url.hostHeader], ['User-Agent', userAgent], ['Accept', '*/*']];
  if (opts.authorization !== undefined) headers.splice(1, 0, ['Authorization', opts.authorization]);
  if (opts.body !== undefined) headers.push(['Content-Length', String(new TextEncoder().encode(body).length)], ['Content-Type', 'application/x-www-form-urlencoded']);
  for (const [name, value] of Object.entries(opts.headers ?? {})) {
    const i = headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (i === -1) headers.push([name, value]);
    else headers[i] = [headers[i][0], value];
  }
  return { method: opts.method ?? (opts.body !== undefined ? 'POST' : 'GET'), target: url.target, headers, body };
}

function isLive(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

/** A TCP connection reached `port` of container `c`: its server answers, or the proxy's RST. */
function deliver(engine: Engine, c: ContainerRecord, port: number, req: HttpRequest, remoteAddr: string, ip: string, viaProxy: boolean): HttpOutcome {
  const service = listenerOn(engine, c, port, remoteAddr);
  if (!service) return viaProxy ? failure('reset', 'Recv failure: Connection reset by peer') : connectFailure(ip, port);
  if (c.state.status === 'paused') return failure('timeout', 'Operation timed out after 300000 milliseconds with 0 bytes received');
  const sctx = { engine, container: c, port, remoteAddr, now: engine.now() };
  if (service.drops?.(sctx) === 'empty') return failure('empty', 'Empty reply from server');
  const response = service.handle(sctx, req);
  engine.emit('http request');
  return { ok: true, response, ip, port };
}

function family(ip: string): 4 | 6 {
  return ip.includes(':') ? 6 : 4;
}

/** Addresses of the host itself: loopback, its name's 127.0.1.1, the bridges' gateways. */
function isHostAddress(engine: Engine, ip: string): boolean {
  if (ip.startsWith('127.') || ip === '::1' || ip === '0.0.0.0' || ip === '::') return true;
  return Object.values(engine.state.networks).some((n) => n.gateway === ip || n.gateway6 === ip);
}

/** A connection to the host's `ip`:`port`: a published port, or a host-network server. */
function toHostPort(engine: Engine, ip: string, port: number, req: HttpRequest): HttpOutcome | undefined {
  const target = ip === '0.0.0.0' ? '127.0.0.1' : ip === '::' ? '::1' : ip;
  const unspecified = family(target) === 4 ? '0.0.0.0' : '::';
  for (const c of Object.values(engine.state.containers)) {
    if (!isLive(c)) continue;
    const m = (c.portMappings ?? []).find((p) => p.hostPort === port && p.port.endsWith('/tcp') && (p.hostIp === unspecified || p.hostIp === target));
    if (m) {
      const gw = gatewayEndpoint(engine, c)?.ep.Gateway || '172.17.0.1';
      return deliver(engine, c, Number(m.port.split('/')[0]), req, gw, ip, true);
    }
    if (c.hostConfig.NetworkMode === 'host' && listenerOn(engine, c, port)) return deliver(engine, c, port, req, target, ip, false);
  }
  return undefined;
}

/** The running container with `ip` on a bridge network, and the network's id. */
function containerAt(engine: Engine, ip: string): { c: ContainerRecord; networkId: string } | undefined {
  for (const c of Object.values(engine.state.containers)) {
    for (const ep of Object.values(endpointsOf(c))) if (ep.IPAddress === ip && ep.EndpointID) return { c, networkId: ep.NetworkID };
  }
  return undefined;
}

/** The addresses a host name stands for on the host, in the order curl tries them. */
function hostAddresses(name: string): string[] | undefined {
  if (name === 'localhost') return ['::1', '127.0.0.1'];
  if (name === HOST.name) return ['127.0.1.1'];
  if (/^[\d.]+$/.test(name) || name.includes(':')) return [name];
  return undefined;
}

/**
 * An HTTP request made on the host (the host's curl, sim.http): `url` as curl takes it
 * ("localhost:8080", "http://127.0.0.1:8080/a.html").
 */
export function hostHttpRequest(engine: Engine, urlText: string, opts: HttpRequestOptions = {}): HttpOutcome {
  engine.tick();
  const parsed = parseUrl(urlText);
  if (!parsed.ok) return { ok: false, kind: 'connect', message: parsed.message, curlExit: parsed.curlExit };
  const url = parsed.url;
  const addrs = hostAddresses(url.host);
  if (!addrs) return failure('resolve', `Could not resolve host: ${url.host}`);
  const req = buildRequest(url, opts, `curl/${HOST_CURL_VERSION}`);
  for (const ip of addrs) {
    const out = isHostAddress(engine, ip) ? toHostPort(engine, ip, url.port, req) : containerPort(engine, ip, url.port, req, undefined);
    if (out && url.scheme === 'https' && out.ok) return failure('tls', 'TLS connect error: error:0A00010B:SSL routines::wrong version number');
    if (out) return out;
  }
  return connectFailure(url.host, url.port);
}

/** A connection to a container's address; `fromNetworks` limits it to networks the client shares. */
function containerPort(engine: Engine, ip: string, port: number, req: HttpRequest, from: ContainerRecord | undefined): HttpOutcome | undefined {
  const hit = containerAt(engine, ip);
  if (!hit) return undefined;
  const net = engine.state.networks[hit.networkId];
  if (from) {
    const mine = Object.values(endpointsOf(from)).find((ep) => ep.NetworkID === hit.networkId && ep.EndpointID);
    if (!mine) return failure('timeout', `Failed to connect to ${ip} port ${port} after 133971 ms: Couldn't connect to server`);
    return deliver(engine, hit.c, port, req, mine.IPAddress, ip, false);
  }
  return deliver(engine, hit.c, port, req, net?.gateway ?? '', ip, false);
}

/**
 * An HTTP request made by a process in container `fromContainerId` (curl or wget inside it):
 * names resolve as the container resolves them; `userAgent` is that client's.
 */
export function containerHttpRequest(engine: Engine, fromContainerId: string, urlText: string, opts: HttpRequestOptions = {}, userAgent = `curl/${HOST_CURL_VERSION}`): HttpOutcome {
  engine.tick();
  const from = engine.state.containers[fromContainerId];
  if (!from) return failure('connect', 'container not found');
  if (from.hostConfig.NetworkMode === 'host') return hostHttpRequest(engine, urlText, { ...opts, headers: { 'User-Agent': userAgent, ...opts.headers } });
  const parsed = parseUrl(urlText);
  if (!parsed.ok) return { ok: false, kind: 'connect', message: parsed.message, curlExit: parsed.curlExit };
  const url = parsed.url;
  const req = buildRequest(url, opts, userAgent);
  const local = url.host === 'localhost' || url.host.startsWith('127.') || url.host === '::1' || url.host === '0.0.0.0';
  if (local) return listenerOn(engine, from, url.port) ? deliver(engine, from, url.port, req, url.host === '::1' ? '::1' : '127.0.0.1', url.host, false) : connectFailure(url.host, url.port);
  const ip = /^[\d.]+$/.test(url.host) || url.host.includes(':') ? url.host : resolveName(engine, from.id, url.host);
  if (!ip) return failure('resolve', `Could not resolve host: ${url.host}`);
  if (isHostAddress(engine, ip)) return toHostPort(engine, ip, url.port, req) ?? connectFailure(url.host, url.port);
  return containerPort(engine, ip, url.port, req, from) ?? connectFailure(url.host, url.port);
}
