// A container's network configuration before it runs (moby daemon/create.go and
// container_operations.go): the client's endpoint settings are checked (validateNetworkingConfig:
// static addresses and aliases only on user-defined networks, addresses inside the subnet), the
// network mode's conflicts are refused (container:<name> mode with ports, a hostname ...), and
// the container records one endpoint per network, by network name, with no operational data.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, EndpointRecord, HostConfig } from '../state.ts';
import { contains, parseAddr, parsePrefix } from './ip.ts';
import { findNetwork, isUserDefined } from './networks.ts';

/** An endpoint as the client asks for it (network.EndpointSettings in a create or connect). */
export interface EndpointRequest {
  aliases?: string[];
  ipv4?: string;
  ipv6?: string;
  links?: string[];
  driverOpts?: Record<string, string>;
  gwPriority?: number;
}

export function emptyEndpoint(req: EndpointRequest = {}): EndpointRecord {
  const ipam = req.ipv4 || req.ipv6 ? { ...(req.ipv4 ? { IPv4Address: req.ipv4 } : {}), ...(req.ipv6 ? { IPv6Address: req.ipv6 } : {}) } : null;
  return {
    NetworkID: '',
    Aliases: req.aliases?.length ? [...req.aliases] : null,
    IPAMConfig: ipam,
    Links: req.links?.length ? [...req.links] : null,
    DriverOpts: req.driverOpts && Object.keys(req.driverOpts).length ? { ...req.driverOpts } : null,
    GwPriority: req.gwPriority ?? 0,
    DNSNames: null,
    EndpointID: '',
    Gateway: '',
    IPAddress: '',
    IPPrefixLen: 0,
    MacAddress: '',
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
  };
}

function joinErrors(errs: string[]): string {
  return errs.length === 1 ? errs[0].trim() : `* ${errs.map((e) => e.replace(/\n/g, '\n\t')).join('\n* ')}`;
}

/** validateEndpointSettings: '' when valid, else the error text. */
export function endpointSettingsError(engine: Engine, networkName: string, req: EndpointRequest): string {
  const errs: string[] = [];
  if (!isUserDefined(networkName)) {
    if (req.ipv4 || req.ipv6) errs.push('user-specified IP address is supported on user-defined networks only');
    if (req.aliases?.length) errs.push('network-scoped aliases are only supported for user-defined networks');
  }
  const net = findNetworkQuietly(engine, networkName);
  if (net && req.ipv4) {
    const subnet = net.subnet ? parsePrefix(net.subnet) : undefined;
    const a = parseAddr(req.ipv4);
    if (!subnet || !a || !contains(subnet, a)) errs.push(`no configured subnet contains IP address ${req.ipv4}`);
  }
  return errs.length ? `invalid endpoint settings:\n${joinErrors(errs)}` : '';
}

function findNetworkQuietly(engine: Engine, ref: string) {
  try {
    return findNetwork(engine, ref);
  } catch {
    return undefined;
  }
}

/** validateNetworkingConfig: every endpoint the client sent, by the name it used. */
export function validateNetworkingConfig(engine: Engine, endpoints: Record<string, EndpointRequest>): void {
  const errs: string[] = [];
  for (const [name, req] of Object.entries(endpoints)) {
    const err = endpointSettingsError(engine, name, req);
    if (err) errs.push(`invalid config for network ${name}: ${err}`);
  }
  if (errs.length) throw new DaemonError('invalidParameter', joinErrors(errs));
}

export interface NetworkModeSettings {
  hostname?: string;
  exposedPorts?: string[];
  hostConfig?: Partial<HostConfig>;
}

/** validateNetContainerMode: what a container sharing another's network namespace cannot have. */
export function verifyNetworkMode(s: NetworkModeSettings): void {
  const mode = s.hostConfig?.NetworkMode ?? '';
  if (mode !== 'container' && !mode.startsWith('container:')) return;
  const fail = (m: string) => new DaemonError('invalidParameter', m);
  if (mode.slice('container:'.length) === '') throw fail('invalid network mode: invalid container format container:<name|id>');
  if (s.hostname) throw fail('conflicting options: hostname and the network mode');
  if (Object.keys(s.hostConfig?.PortBindings ?? {}).length || s.hostConfig?.PublishAllPorts) {
    throw fail('conflicting options: port publishing and the container type network mode');
  }
  if (s.exposedPorts?.length) throw fail('conflicting options: port exposing and the container type network mode');
}

/** The warnings `docker create` prints for a new container's network settings. */
export function networkWarnings(c: ContainerRecord): string[] {
  if (c.hostConfig.NetworkMode === 'host' && Object.keys(c.hostConfig.PortBindings ?? {}).length) {
    return ['Published ports are discarded when using host network mode'];
  }
  return [];
}

/**
 * updateContainerNetworkSettings at create: the endpoints the client configured, keyed by the
 * network's name (a "default" key is the bridge), or an empty one for the network mode.
 */
export function initContainerNetworks(engine: Engine, c: ContainerRecord, endpoints: Record<string, EndpointRequest> = {}): void {
  const mode = c.hostConfig.NetworkMode;
  if (mode.startsWith('container:')) return;
  const nameOf = (key: string) => (key === 'default' ? 'bridge' : (findNetworkQuietly(engine, key)?.name ?? key));
  const networks: Record<string, EndpointRecord> = {};
  for (const [key, req] of Object.entries(endpoints)) networks[nameOf(key)] = emptyEndpoint(req);
  if (Object.keys(networks).length === 0) networks[nameOf(mode)] = emptyEndpoint();
  c.networks = networks;
}

/** The container's endpoints; records from before networks were modelled get one for their mode. */
export function endpointsOf(c: ContainerRecord): Record<string, EndpointRecord> {
  if (!c.networks) {
    const mode = c.hostConfig.NetworkMode;
    c.networks = mode.startsWith('container:') ? {} : { [mode === 'default' ? 'bridge' : mode]: emptyEndpoint() };
  }
  return c.networks;
}

/** The daemon's merge of Config.ExposedPorts: the request's ports added to the image's. */
export function mergeExposedPorts(user: string[], image: Record<string, Record<string, never>> | null): Record<string, Record<string, never>> | null {
  if (user.length === 0) return image;
  const out: Record<string, Record<string, never>> = { ...(image ?? {}) };
  for (const p of user) out[p] = {};
  return out;
}
