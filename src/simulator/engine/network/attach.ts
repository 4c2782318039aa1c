// A starting container joins its networks (moby allocateNetwork / connectToNetwork): per
// network an endpoint with the lowest free address, a generated MAC address and, on
// user-defined networks, the names the embedded DNS server answers for it; the first
// non-internal bridge endpoint then gets the published ports. Any failure undoes the joins
// and is "failed to set up container networking: ...". When the container stops the daemon
// releases everything (releaseNetwork): addresses and ports go back to their pools.
import { DaemonError } from '../../errors/daemon-error.ts';
import { sha256Hex } from '../../util/sha256.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, EndpointRecord, NetworkRecord } from '../state.ts';
import { endpointSettingsError, endpointsOf } from './endpoint-config.ts';
import { allocateAddress } from './ipam.ts';
import { findNetwork, isUserDefined, notFound } from './networks.ts';
import { allocatePorts } from './ports.ts';

export const ERR_SETUP_NETWORKING = 'failed to set up container networking';

/** A locally administered unicast MAC address (bridge endpoints get a random one). */
function macAddress(seed: string): string {
  const hex = sha256Hex(`mac:${seed}`);
  const bytes = [0, 2, 4, 6, 8, 10].map((i) => hex.slice(i, i + 2));
  bytes[0] = ((parseInt(bytes[0], 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
  return bytes.join(':');
}

/** buildEndpointDNSNames: name, aliases, short id, hostname, without duplicates. */
export function dnsNames(c: ContainerRecord, ep: EndpointRecord): string[] {
  return [...new Set([c.name, ...(ep.Aliases ?? []), c.id.slice(0, 12), c.config.Hostname].filter(Boolean))];
}

/** The network an endpoint belongs to: its recorded id on user-defined networks, else its name. */
function networkOf(engine: Engine, name: string, ep: EndpointRecord): NetworkRecord {
  const ref = isUserDefined(name) && ep.NetworkID ? ep.NetworkID : name;
  const net = findNetwork(engine, ref);
  if (!net) throw notFound(ref);
  return net;
}

/** Bridge-like drivers give endpoints an address; host and null networks do not. */
function hasIpam(net: NetworkRecord): boolean {
  return net.driver !== 'host' && net.driver !== 'null' && !!net.subnet;
}

/** connectToNetwork's endpoint creation and join on one network. */
export function joinNetwork(engine: Engine, c: ContainerRecord, name: string, ep: EndpointRecord, at: number): void {
  const net = networkOf(engine, name, ep);
  const invalid = endpointSettingsError(engine, net.name, { ipv4: ep.IPAMConfig?.IPv4Address, aliases: ep.Aliases ?? undefined });
  if (invalid) throw new DaemonError('invalidParameter', invalid);
  const ip = hasIpam(net) ? allocateAddress(engine, net, ep.IPAMConfig?.IPv4Address) : '';
  const seed = `${c.id}:${net.id}:${at}`;
  Object.assign(ep, {
    NetworkID: net.id,
    EndpointID: sha256Hex(`endpoint:${seed}`),
    IPAddress: ip,
    IPPrefixLen: ip ? Number(net.subnet?.split('/')[1] ?? 0) : 0,
    Gateway: ip && !net.internal ? (net.gateway ?? '') : '',
    MacAddress: ip ? macAddress(seed) : '',
    DNSNames: isUserDefined(net.name) ? dnsNames(c, ep) : ep.DNSNames,
  });
}

/** cleanOperationalData: what an endpoint loses when its container stops. */
export function cleanOperationalData(ep: EndpointRecord): void {
  Object.assign(ep, { EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, MacAddress: '', IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0 });
}

/** The endpoint that provides the default gateway: the first non-internal bridge one. */
export function gatewayEndpoint(engine: Engine, c: ContainerRecord): { name: string; ep: EndpointRecord } | undefined {
  for (const [name, ep] of Object.entries(endpointsOf(c))) {
    const net = ep.EndpointID ? engine.state.networks[ep.NetworkID] : undefined;
    if (net && hasIpam(net) && !net.internal) return { name, ep };
  }
  return undefined;
}

function programPorts(engine: Engine, c: ContainerRecord): void {
  const gw = gatewayEndpoint(engine, c);
  if (!gw) return;
  try {
    c.portMappings = allocatePorts(engine, c);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    throw new DaemonError(e.kind, `driver failed programming external connectivity on endpoint ${c.name} (${gw.ep.EndpointID}): ${e.message}`);
  }
}

/**
 * allocateNetwork at container start (time `at`): join every network, then publish the ports.
 * Throws "failed to set up container networking: ..." after undoing what it did.
 */
export function attachNetworks(engine: Engine, c: ContainerRecord, at: number): void {
  const mode = c.hostConfig.NetworkMode;
  if (mode.startsWith('container:')) return;
  c.sandboxId = sha256Hex(`sandbox:${c.id}:${at}`);
  try {
    for (const [name, ep] of Object.entries(endpointsOf(c))) joinNetwork(engine, c, name, ep, at);
    programPorts(engine, c);
  } catch (e) {
    releaseNetworks(c);
    if (!(e instanceof DaemonError)) throw e;
    throw new DaemonError(e.kind, `${ERR_SETUP_NETWORKING}: ${e.message}`);
  }
}

/** releaseNetwork: the container stopped; its sandbox, addresses and ports are gone. */
export function releaseNetworks(c: ContainerRecord): void {
  c.portMappings = undefined;
  c.sandboxId = undefined;
  for (const ep of Object.values(c.networks ?? {})) cleanOperationalData(ep);
}

/** attachNetworks for daemon.containerStart: the error is returned, to be reported in order. */
export function startNetworking(engine: Engine, c: ContainerRecord, at: number): DaemonError | undefined {
  try {
    attachNetworks(engine, c, at);
    return undefined;
  } catch (e) {
    if (e instanceof DaemonError) return e;
    throw e;
  }
}
