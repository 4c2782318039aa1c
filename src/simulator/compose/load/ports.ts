// The short port syntax ("80", "8080:80", "127.0.0.1:8080:80/udp", "8000-8005:8000-8005",
// "[::1]:80:80") expanded to compose-go's long form through docker/go-connections' nat
// ParsePortSpec (v0.7) and compose-go's types.ParsePortConfig, errors included.
import { ComposeError } from '../errors.ts';

export interface PortConfig {
  mode: string;
  host_ip?: string;
  target: number;
  published?: string;
  protocol: string;
}

interface Mapping {
  port: string;
  proto: string;
  hostIp: string;
  hostPort: string;
}

/** types.ParsePortConfig: one entry per container port, ordered as sorted "port/proto" strings. */
export function parsePortConfig(value: string): PortConfig[] {
  const mappings = parsePortSpec(value);
  const byKey = new Map<string, Mapping[]>();
  for (const m of mappings) {
    const key = `${m.port}/${m.proto}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const out: PortConfig[] = [];
  for (const key of [...byKey.keys()].sort()) {
    for (const m of byKey.get(key)!) {
      const config: PortConfig = { mode: 'ingress', target: Number(m.port), protocol: m.proto.toLowerCase() };
      if (m.hostIp !== '') config.host_ip = m.hostIp;
      if (m.hostPort !== '') config.published = m.hostPort;
      out.push(config);
    }
  }
  return out;
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  if (parts.length === 1) return ['', '', parts[0]];
  if (parts.length === 2) return ['', parts[0], parts[1]];
  if (parts.length === 3) return [parts[0], parts[1], parts[2]];
  const n = parts.length;
  return [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]];
}

/** nat.ParsePortSpec. */
function parsePortSpec(raw: string): Mapping[] {
  let [ip, hostPort, containerPort] = splitParts(raw);
  const slash = containerPort.indexOf('/');
  let proto = slash >= 0 ? containerPort.slice(slash + 1) : '';
  containerPort = slash >= 0 ? containerPort.slice(0, slash) : containerPort;
  if (containerPort === '') throw fail(`no port specified: ${raw}<empty>`);
  proto = (proto === '' ? 'tcp' : proto).toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(proto)) throw fail(`invalid proto: ${proto}`);
  if (ip !== '' && ip[0] === '[') ip = ip.replace(/^\[(.*)\]$/, '$1');
  if (ip !== '' && !isIp(ip)) throw fail(`invalid IP address: ${ip}`);
  const container = portRange(containerPort);
  if (!container) throw fail(`invalid containerPort: ${containerPort}`);
  let host: [number, number] = [0, 0];
  if (hostPort !== '') {
    const parsed = portRange(hostPort);
    if (!parsed) throw fail(`invalid hostPort: ${hostPort}`);
    host = parsed;
    if (container[1] - container[0] !== host[1] - host[0] && container[1] !== container[0]) {
      throw fail(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
    }
  }
  const count = container[1] - container[0] + 1;
  const out: Mapping[] = [];
  for (let i = 0; i < count; i++) {
    let hp = '';
    if (hostPort !== '') {
      hp = String(host[0] + i);
      if (count === 1 && host[0] !== host[1]) hp += `-${host[1]}`;
    }
    out.push({ port: String(container[0] + i), proto, hostIp: ip, hostPort: hp });
  }
  return out;
}

function portRange(s: string): [number, number] | undefined {
  const dash = s.indexOf('-');
  const start = portNumber(dash >= 0 ? s.slice(0, dash) : s);
  if (start === undefined) return undefined;
  if (dash < 0 || s.slice(0, dash) === s.slice(dash + 1)) return [start, start];
  const end = portNumber(s.slice(dash + 1));
  if (end === undefined || end < start) return undefined;
  return [start, end];
}

function portNumber(s: string): number | undefined {
  if (!/^[+-]?\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 0 && n <= 65535 ? n : undefined;
}

/** net.ParseIP, roughly: dotted IPv4 or an IPv6 literal. */
export function isIp(s: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split('.').every((p) => Number(p) <= 255 && !/^0\d/.test(p));
  return s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s) && (s.match(/::/g) ?? []).length <= 1;
}

function fail(message: string): ComposeError {
  return new ComposeError('other', message);
}
