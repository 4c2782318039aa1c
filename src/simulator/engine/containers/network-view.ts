// A container's network settings as inspect and `docker ps` show them (moby NetworkSettings,
// EndpointSettings): a started container on the default bridge has a sandbox, an endpoint, an
// address in 172.17.0.0/16 and its exposed/published ports; a created or stopped one keeps the
// network's ID with the operational data cleared (cleanOperationalData). Until the networks
// issue records attachments in the state, the addresses are derived: running bridge containers
// in start order take 172.17.0.2, .3 ...; ids and MACs are hashes of the container and start.
import { sha256Hex } from '../../util/sha256.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, NetworkRecord } from '../state.ts';

export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

/** One entry of the container list's Ports (PortSummary). */
export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

function hasNetwork(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused';
}

function networkNamed(engine: Engine, name: string): NetworkRecord | undefined {
  return Object.values(engine.state.networks).find((n) => n.name === name);
}

/** The derived bridge address: running bridge containers in start order from .2. */
function bridgeAddress(engine: Engine, c: ContainerRecord): string {
  const running = Object.values(engine.state.containers)
    .filter((o) => hasNetwork(o) && o.hostConfig.NetworkMode === 'bridge')
    .sort((a, b) => a.state.startedAt - b.state.startedAt || (a.id < b.id ? -1 : 1));
  const i = Math.max(0, running.indexOf(c));
  return `172.17.${Math.floor((i + 2) / 256)}.${(i + 2) % 256}`;
}

/** A locally administered unicast MAC, stable for one run of the container. */
function macAddress(seed: string): string {
  const hex = sha256Hex(`mac:${seed}`);
  const bytes = [0, 2, 4, 6, 8, 10].map((i) => hex.slice(i, i + 2));
  bytes[0] = ((parseInt(hex.slice(0, 2), 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
  return bytes.join(':');
}

function endpoint(engine: Engine, c: ContainerRecord, net: NetworkRecord | undefined): Record<string, unknown> {
  const live = hasNetwork(c) && net?.driver === 'bridge';
  const run = `${c.id}:${c.state.startedAt}`;
  return {
    IPAMConfig: null,
    Links: null,
    Aliases: null,
    DriverOpts: null,
    GwPriority: 0,
    NetworkID: c.state.startedAt > 0 ? (net?.id ?? '') : '',
    EndpointID: live ? sha256Hex(`endpoint:${run}`) : '',
    Gateway: live ? (net?.gateway ?? '') : '',
    IPAddress: live ? bridgeAddress(engine, c) : '',
    MacAddress: live ? macAddress(run) : '',
    IPPrefixLen: live ? Number(net?.subnet?.split('/')[1] ?? 0) : 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    DNSNames: null,
  };
}

/** NetworkSettings.Ports: exposed and published ports while the container runs, else {}. */
export function portMap(c: ContainerRecord): Record<string, PortBinding[] | null> {
  if (!hasNetwork(c)) return {};
  const keys = new Set([...Object.keys(c.config.ExposedPorts ?? {}), ...Object.keys(c.hostConfig.PortBindings ?? {})]);
  const out: Record<string, PortBinding[] | null> = {};
  for (const key of [...keys].sort()) {
    const bindings = (c.hostConfig.PortBindings?.[key] ?? []).filter((b) => b.HostPort !== '');
    out[key] = bindings.length ? bindings.flatMap(hostBindings) : null;
  }
  return out;
}

/** A binding without a host IP listens on every IPv4 and IPv6 address (0.0.0.0 and ::). */
function hostBindings(b: PortBinding): PortBinding[] {
  if (b.HostIp !== '') return [b];
  return [{ HostIp: '0.0.0.0', HostPort: b.HostPort }, { HostIp: '::', HostPort: b.HostPort }];
}

/** The container list's Ports (container/view.go transform). */
export function portSummaries(c: ContainerRecord): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of Object.entries(portMap(c))) {
    const [num, proto = 'tcp'] = key.split('/');
    const port = Number(num.split('-')[0]);
    if (!bindings) out.push({ PrivatePort: port, Type: proto });
    else for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort: port, PublicPort: Number(b.HostPort.split('-')[0]), Type: proto });
  }
  return out;
}

/** The network names the container is attached to (ps --format {{.Networks}}). */
export function networkNames(c: ContainerRecord): string[] {
  const mode = c.hostConfig.NetworkMode;
  return mode === 'none' || mode.startsWith('container:') ? (mode === 'none' ? ['none'] : []) : [mode];
}

/** Inspect's NetworkSettings (API 1.52+: no top-level bridge fields). */
export function networkSettings(engine: Engine, c: ContainerRecord): Record<string, unknown> {
  const live = hasNetwork(c);
  const sandbox = live ? sha256Hex(`sandbox:${c.id}:${c.state.startedAt}`) : '';
  const networks: Record<string, unknown> = {};
  for (const name of networkNames(c)) networks[name] = endpoint(engine, c, networkNamed(engine, name));
  return {
    SandboxID: sandbox,
    SandboxKey: live ? `/var/run/docker/netns/${sandbox.slice(0, 12)}` : '',
    Ports: portMap(c),
    Networks: networks,
  };
}
