// Publishing a container's ports as the bridge driver does when it starts (libnetwork's
// sortAndNormPBs, portallocator.RequestPortsInRange): a binding without a host IP becomes one
// for 0.0.0.0 and one for [::] that must get the same host port; an exact port must be free on
// the address and on the unspecified address of its family (and an unspecified address on every
// address of its family); an empty host port is taken from the ephemeral range 32768-60999,
// starting after the last port handed out for that address. Ports are allocated only while a
// container runs; the daemon frees them when it stops.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, PortMapping } from '../state.ts';
import { formatAddr, parseAddr } from './ip.ts';

/** /proc/sys/net/ipv4/ip_local_port_range on the simulated host. */
export const EPHEMERAL_BEGIN = 32768;
export const EPHEMERAL_END = 60999;

const PROTO_ORDER: Record<string, number> = { tcp: 6, udp: 17, sctp: 132 };

/** One binding request (portmapperapi.PortBindingReq): host port 0 means "any in the range". */
interface BindReq {
  port: number;
  proto: string;
  hostIp: string;
  hostPort: number;
  hostPortEnd: number;
}

export function splitPortKey(key: string): { port: number; proto: string } {
  const [num, proto = 'tcp'] = key.split('/');
  return { port: Number(num), proto };
}

function ipCompare(a: string, b: string): number {
  const x = parseAddr(a);
  const y = parseAddr(b);
  if (!x || !y || x.v !== y.v) return (x?.v ?? 0) - (y?.v ?? 0);
  if (x.v === 4 && y.v === 4) return x.n - y.n;
  const gx = (x as { g: number[] }).g;
  const gy = (y as { g: number[] }).g;
  const i = gx.findIndex((v, k) => v !== gy[k]);
  return i === -1 ? 0 : gx[i] - gy[i];
}

/** PortBindingReq.Compare: exact ports before ranges, then port, proto, host port, host IP. */
function compareReqs(a: BindReq, b: BindReq): number {
  const aRange = a.hostPort === 0 || a.hostPort !== a.hostPortEnd;
  const bRange = b.hostPort === 0 || b.hostPort !== b.hostPortEnd;
  if (aRange !== bRange) return aRange ? 1 : -1;
  if (a.port !== b.port) return a.port - b.port;
  if (a.proto !== b.proto) return (PROTO_ORDER[a.proto] ?? 0) - (PROTO_ORDER[b.proto] ?? 0);
  if (a.hostPort !== b.hostPort) return a.hostPort - b.hostPort;
  if (a.hostPortEnd !== b.hostPortEnd) return a.hostPortEnd - b.hostPortEnd;
  return ipCompare(a.hostIp, b.hostIp);
}

function hostRange(text: string): [number, number] {
  if (text === '') return [0, 0];
  const [a, b] = text.split('-');
  return [Number(a), Number(b ?? a)];
}

/** buildSandboxOptions + sortAndNormPBs: the requests for a container, sorted and expanded. */
export function bindRequests(c: ContainerRecord): BindReq[] {
  const reqs: BindReq[] = [];
  const keys = new Set([...Object.keys(c.hostConfig.PortBindings ?? {}), ...(c.hostConfig.PublishAllPorts ? Object.keys(c.config.ExposedPorts ?? {}) : [])]);
  for (const key of keys) {
    const { port, proto } = splitPortKey(key);
    let bindings = c.hostConfig.PortBindings?.[key] ?? [];
    if (bindings.length === 0 && c.hostConfig.PublishAllPorts) bindings = [{ HostIp: '', HostPort: '' }];
    for (const b of bindings) {
      const [hostPort, hostPortEnd] = hostRange(b.HostPort);
      const ips = b.HostIp === '' ? ['0.0.0.0', '::'] : [formatAddr(parseAddr(b.HostIp) ?? { v: 4, n: 0 })];
      for (const hostIp of ips) reqs.push({ port, proto, hostIp, hostPort, hostPortEnd });
    }
  }
  return reqs.sort(compareReqs);
}

/** Every host port bound by running containers. */
function boundPorts(engine: Engine): PortMapping[] {
  return Object.values(engine.state.containers).flatMap((c) => c.portMappings ?? []);
}

function isUnspecifiedIp(ip: string): boolean {
  return ip === '0.0.0.0' || ip === '::';
}

function family(ip: string): number {
  return ip.includes(':') ? 6 : 4;
}

/** The addresses whose port maps must have `port` free: the requested ones first, as reported. */
function addressesToCheck(ips: string[], bound: PortMapping[]): string[] {
  const out = [...ips];
  const add = (ip: string) => {
    if (!out.includes(ip)) out.push(ip);
  };
  for (const ip of ips) {
    if (isUnspecifiedIp(ip)) for (const b of bound) if (family(b.hostIp) === family(ip)) add(b.hostIp);
  }
  for (const unspec of ['0.0.0.0', '::']) if (ips.some((ip) => family(ip) === family(unspec))) add(unspec);
  return out;
}

function taken(bound: PortMapping[], ip: string, proto: string, port: number): boolean {
  return bound.some((b) => b.hostIp === ip && b.hostPort === port && splitPortKey(b.port).proto === proto);
}

function bindError(ip: string, port: number): DaemonError {
  return new DaemonError('system', `Bind for ${ip.includes(':') ? `${ip}:` : ip}:${port} failed: port is already allocated`);
}

/** RequestPortsInRange for one group of requests that differ only in host IP. */
function requestPort(engine: Engine, group: BindReq[], bound: PortMapping[]): number {
  const { proto, hostPort, hostPortEnd } = group[0];
  const ips = group.map((r) => r.hostIp);
  const check = addressesToCheck(ips, bound);
  if (hostPort > 0 && hostPort === hostPortEnd) {
    for (const ip of check) if (taken(bound, ip, proto, hostPort)) throw bindError(ip, hostPort);
    return hostPort;
  }
  const [begin, end] = hostPort === 0 ? [EPHEMERAL_BEGIN, EPHEMERAL_END] : [hostPort, hostPortEnd];
  const last = (engine.state.portAllocator ??= {});
  const key = (ip: string) => `${ip}/${proto}/${begin}-${end}`;
  let port = last[key(ips[0])] ?? end;
  for (let i = begin; i <= end; i++) {
    port = port + 1 > end ? begin : port + 1;
    if (check.some((ip) => taken(bound, ip, proto, port))) continue;
    for (const ip of ips) last[key(ip)] = port;
    return port;
  }
  throw new DaemonError('system', 'all ports are allocated');
}

/**
 * Allocate the container's published ports (addPortMappings); throws the allocator's error
 * ("Bind for 0.0.0.0:8080 failed: port is already allocated") without binding anything.
 */
export function allocatePorts(engine: Engine, c: ContainerRecord): PortMapping[] {
  const reqs = bindRequests(c);
  const bound = boundPorts(engine);
  const out: PortMapping[] = [];
  for (let i = 0; i < reqs.length; ) {
    let j = i + 1;
    const same = (a: BindReq, b: BindReq) => a.port === b.port && a.proto === b.proto && a.hostPort === b.hostPort && a.hostPortEnd === b.hostPortEnd;
    while (j < reqs.length && same(reqs[i], reqs[j])) j++;
    const group = reqs.slice(i, j);
    const hostPort = requestPort(engine, group, [...bound, ...out]);
    for (const r of group) out.push({ port: `${r.port}/${r.proto}`, hostIp: r.hostIp, hostPort });
    i = j;
  }
  return out;
}

export interface PortBindingView {
  HostIp: string;
  HostPort: string;
}

/** NetworkSettings.Ports (getPortMapInfo): exposed ports as null, bound ones with their bindings. */
export function portMapOf(c: ContainerRecord, exposedToo: boolean): Record<string, PortBindingView[] | null> {
  const out: Record<string, PortBindingView[] | null> = {};
  const keys = new Set([...(exposedToo ? Object.keys(c.config.ExposedPorts ?? {}) : []), ...(c.portMappings ?? []).map((m) => m.port)]);
  // Go marshals the map with its keys sorted as text ("443/tcp" before "80/tcp").
  for (const key of [...keys].sort()) {
    const bindings = (c.portMappings ?? []).filter((m) => m.port === key).map((m) => ({ HostIp: m.hostIp, HostPort: String(m.hostPort) }));
    out[key] = bindings.length ? bindings : null;
  }
  return out;
}
