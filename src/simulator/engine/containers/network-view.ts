// A container's network settings as inspect and `docker ps` show them (moby NetworkSettings,
// EndpointSettings), read from the endpoints the network model records (engine/network/):
// a running container has a sandbox, an endpoint per network with its IPAM address and its
// exposed and published ports; a created or stopped one keeps its endpoint configuration
// (NetworkID once it joined, aliases, DNS names) with the operational data cleared.
import type { Engine } from '../engine.ts';
import { endpointsOf } from '../network/endpoint-config.ts';
import { portMapOf, splitPortKey, type PortBindingView } from '../network/ports.ts';
import type { ContainerRecord, EndpointRecord } from '../state.ts';

export type PortBinding = PortBindingView;

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

/** NetworkSettings.Ports: exposed and published ports while the container runs, else {}. */
export function portMap(c: ContainerRecord): Record<string, PortBinding[] | null> {
  if (!hasNetwork(c) || !c.sandboxId || c.hostConfig.NetworkMode === 'host' || c.hostConfig.NetworkMode === 'none') return {};
  return portMapOf(c, true);
}

/** The container list's Ports (container/view.go transform). */
export function portSummaries(c: ContainerRecord): PortSummary[] {
  const out: PortSummary[] = [];
  for (const [key, bindings] of Object.entries(portMap(c))) {
    const { port, proto } = splitPortKey(key);
    if (!bindings) out.push({ PrivatePort: port, Type: proto });
    else for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort: port, PublicPort: Number(b.HostPort), Type: proto });
  }
  return out;
}

/** The network names the container is attached to (ps --format {{.Networks}}), sorted. */
export function networkNames(c: ContainerRecord): string[] {
  return Object.keys(endpointsOf(c)).sort();
}

/** One EndpointSettings in inspect's field order. */
export function endpointJson(ep: EndpointRecord): Record<string, unknown> {
  const ipam = ep.IPAMConfig ? { ...ep.IPAMConfig } : null;
  return {
    IPAMConfig: ipam,
    Links: ep.Links,
    Aliases: ep.Aliases,
    DriverOpts: ep.DriverOpts,
    GwPriority: ep.GwPriority,
    NetworkID: ep.NetworkID,
    EndpointID: ep.EndpointID,
    Gateway: ep.Gateway,
    IPAddress: ep.IPAddress,
    MacAddress: ep.MacAddress,
    IPPrefixLen: ep.IPPrefixLen,
    IPv6Gateway: ep.IPv6Gateway,
    GlobalIPv6Address: ep.GlobalIPv6Address,
    GlobalIPv6PrefixLen: ep.GlobalIPv6PrefixLen,
    DNSNames: ep.DNSNames,
  };
}

/** Inspect's NetworkSettings (API 1.52+: no top-level bridge fields). */
export function networkSettings(engine: Engine, c: ContainerRecord): Record<string, unknown> {
  void engine;
  const sandbox = hasNetwork(c) ? (c.sandboxId ?? '') : '';
  const key = !sandbox ? '' : c.hostConfig.NetworkMode === 'host' ? '/var/run/docker/netns/default' : `/var/run/docker/netns/${sandbox.slice(0, 12)}`;
  const networks: Record<string, unknown> = {};
  const eps = endpointsOf(c);
  for (const name of Object.keys(eps).sort()) networks[name] = endpointJson(eps[name]);
  return { SandboxID: sandbox, SandboxKey: key, Ports: portMap(c), Networks: networks };
}
