// The network programs as the shells' `external` hooks: the host's curl (its route goes through
// the published ports), and curl, wget, ping and dig in a container (names resolve as the
// container resolves them; only networks it shares answer). Which images have them is the
// images' files.
import { HOST } from '../../engine/daemon-version.ts';
import type { Engine } from '../../engine/engine.ts';
import { HOST_CURL_VERSION, containerHttpRequest, hostHttpRequest } from '../../engine/http/route.ts';
import { resolvConfFor, resolveName } from '../../engine/network/dns.ts';
import { endpointsOf } from '../../engine/network/endpoint-config.ts';
import { isUserDefined } from '../../engine/network/networks.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { curl } from './curl.ts';
import type { DigEnv } from './dig.ts';
import type { NetEnv } from './env.ts';
import { ping } from './ping.ts';
import { wget } from './wget.ts';

type Wait = (ms: number) => Promise<'elapsed' | 'interrupted'>;
const CURL_UA = `curl/${HOST_CURL_VERSION}`;
const isNumeric = (name: string) => /^[\d.]+$/.test(name) || name.includes(':');
const isLoopback = (ip: string) => ip.startsWith('127.') || ip === '::1';

function liveEndpoints(c: ContainerRecord) {
  if (c.state.status !== 'running' && c.state.status !== 'paused') return [];
  return Object.values(endpointsOf(c)).filter((ep) => ep.EndpointID && ep.IPAddress);
}

/** The host's curl: the learner's machine. */
export function hostNetProgram(engine: Engine, fs: Vfs, wait: Wait): (req: ExternalRequest) => Promise<number> | undefined {
  const env: NetEnv = {
    request: (url, opts) => hostHttpRequest(engine, url, opts),
    lookup: (name) => (name === 'localhost' ? '127.0.0.1' : name === HOST.name ? '127.0.1.1' : isNumeric(name) ? name : undefined),
    reachable: (ip) => isLoopback(ip) || Object.values(engine.state.containers).some((c) => liveEndpoints(c).some((ep) => ep.IPAddress === ip)),
    fs,
    wait,
    randInt: (n) => engine.randInt(n),
  };
  return (req) => (req.name === 'curl' ? curl(req, env, CURL_UA) : undefined);
}

/** ping from container `c`: itself, its gateways and the containers on a network it shares. */
function reachableFrom(engine: Engine, c: ContainerRecord, ip: string): boolean {
  if (isLoopback(ip) || c.hostConfig.NetworkMode === 'host') return true;
  const mine = liveEndpoints(c);
  if (mine.some((ep) => ep.IPAddress === ip || ep.Gateway === ip)) return true;
  const nets = new Set(mine.map((ep) => ep.NetworkID));
  return Object.values(engine.state.containers).some((o) => liveEndpoints(o).some((ep) => ep.IPAddress === ip && nets.has(ep.NetworkID)));
}

/** What Docker's embedded DNS server answers container `c` for `name`: every address on a shared user-defined network. */
function embeddedRecords(engine: Engine, c: ContainerRecord, name: string): string[] | undefined {
  const running = c.state.status === 'running' || c.state.status === 'paused';
  const mine = new Set(Object.entries(endpointsOf(c)).filter(([net, ep]) => running && isUserDefined(net) && ep.EndpointID).map(([, ep]) => ep.NetworkID));
  const want = name.toLowerCase();
  const ips = Object.values(engine.state.containers).flatMap((o) =>
    liveEndpoints(o).filter((ep) => mine.has(ep.NetworkID) && (ep.DNSNames ?? []).some((n) => n.toLowerCase() === want)).map((ep) => ep.IPAddress),
  );
  // The resolver shuffles the addresses of a name several containers share.
  for (let i = ips.length - 1; i > 0; i--) {
    const j = engine.randInt(i + 1);
    [ips[i], ips[j]] = [ips[j], ips[i]];
  }
  return ips.length ? ips : undefined;
}

function digEnv(engine: Engine, c: ContainerRecord): DigEnv {
  const nameserver = /^nameserver\s+(\S+)/m.exec(resolvConfFor(engine, c))?.[1] ?? '127.0.0.11';
  return { nameserver, records: (name) => embeddedRecords(engine, c, name), now: () => engine.now(), randInt: (n) => engine.randInt(n) };
}

/** curl, wget, ping and dig inside container `c` (when the image has them on PATH). */
export function containerNetProgram(engine: Engine, c: ContainerRecord, fs: Vfs, wait: Wait): (req: ExternalRequest) => Promise<number> | undefined {
  const env: NetEnv = {
    request: (url, opts, ua) => containerHttpRequest(engine, c.id, url, opts, ua ?? CURL_UA),
    lookup: (name) => (name === 'localhost' ? '127.0.0.1' : isNumeric(name) ? name : resolveName(engine, c.id, name)),
    reachable: (ip) => reachableFrom(engine, c, ip),
    fs,
    wait,
    randInt: (n) => engine.randInt(n),
  };
  return (req) => {
    if (req.name === 'curl') return curl(req, env, CURL_UA);
    if (req.name === 'wget') return wget(req, env);
    if (req.name === 'ping') return ping(req, env);
    if (req.name === 'dig') return import('./dig.ts').then((m) => m.dig(req, digEnv(engine, c)));
    return undefined;
  };
}
