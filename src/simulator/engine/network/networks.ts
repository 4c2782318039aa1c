// The daemon's networks (moby daemon/network.go, libnetwork controller): lookup by full id,
// name or unique id prefix, `network create` with its IPAM checks, removal (refused for the
// predefined bridge, host and none, and while containers are attached), and which networks
// have endpoints: only running containers have them, so a network used by stopped containers
// only counts as unused for `network rm` and `network prune`.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, EndpointRecord, NetworkRecord } from '../state.ts';
import { allocateSubnet, defaultGateway, reserveSubnet } from './ipam.ts';
import { contains, formatPrefix, masked, nthIPv6, parseAddr, parsePrefix, type Prefix } from './ip.ts';
import { logEvent } from '../events.ts';

export const PREDEFINED = ['bridge', 'host', 'none', 'default'];

export function isPredefined(name: string): boolean {
  return PREDEFINED.includes(name);
}

/** A user-defined network mode (NetworkMode.IsUserDefined). */
export function isUserDefined(mode: string): boolean {
  return !isPredefined(mode) && !mode.startsWith('container:') && mode !== 'container';
}

export function notFound(ref: string): DaemonError {
  return new DaemonError('notFound', `network ${ref} not found`);
}

export function allNetworks(engine: Engine): NetworkRecord[] {
  return Object.values(engine.state.networks);
}

/** daemon.FindNetwork: a full id, a name, then a unique id prefix. */
export function findNetwork(engine: Engine, ref: string): NetworkRecord | undefined {
  const nets = allNetworks(engine);
  const byId = engine.state.networks[ref];
  if (byId) return byId;
  const byName = nets.filter((n) => n.name === ref);
  if (byName.length === 1) return byName[0];
  if (byName.length > 1) throw new DaemonError('invalidParameter', `network ${ref} is ambiguous (${byName.length} matches found based on name)`);
  const byPrefix = ref === '' ? [] : nets.filter((n) => n.id.startsWith(ref));
  if (byPrefix.length > 1) throw new DaemonError('invalidParameter', `network ${ref} is ambiguous (${byPrefix.length} matches found based on ID prefix)`);
  return byPrefix[0];
}

export function getNetwork(engine: Engine, ref: string): NetworkRecord {
  const n = findNetwork(engine, ref);
  if (!n) throw notFound(ref);
  return n;
}

/** Running containers attached to `net`, with their endpoints, in attach order. */
export function networkEndpoints(engine: Engine, net: NetworkRecord): { container: ContainerRecord; endpoint: EndpointRecord }[] {
  const out: { container: ContainerRecord; endpoint: EndpointRecord }[] = [];
  for (const c of Object.values(engine.state.containers)) {
    for (const ep of Object.values(c.networks ?? {})) if (ep.NetworkID === net.id && ep.EndpointID) out.push({ container: c, endpoint: ep });
  }
  return out.sort((a, b) => a.container.state.startedAt - b.container.state.startedAt);
}

export interface IpamConfigRequest {
  subnet?: string;
  ipRange?: string;
  gateway?: string;
}

export interface NetworkCreateRequest {
  name: string;
  driver: string;
  options: Record<string, string>;
  labels: Record<string, string>;
  internal: boolean;
  attachable: boolean;
  enableIPv4?: boolean;
  enableIPv6?: boolean;
  ipamDriver: string;
  ipamOptions: Record<string, string>;
  ipam: IpamConfigRequest[];
}

function prefixOf(s: string): Prefix {
  return parsePrefix(s) as Prefix;
}

/** validateIpamConfig: host bits in the subnet, ranges and gateways outside it. */
function validateIpam(configs: IpamConfigRequest[], enableIPv6: boolean): void {
  const errs: string[] = [];
  for (const cfg of configs) {
    if (!cfg.subnet) continue;
    const subnet = prefixOf(cfg.subnet);
    if (subnet.addr.v === 6 && !enableIPv6) continue;
    const m = formatPrefix(masked(subnet));
    if (m !== formatPrefix(subnet)) errs.push(`invalid subnet ${formatPrefix(subnet)}: it should be ${m}`);
    if (cfg.ipRange) {
      const r = prefixOf(cfg.ipRange);
      if (r.bits < subnet.bits) errs.push(`invalid ip-range ${cfg.ipRange}: CIDR block is bigger than its parent subnet ${formatPrefix(subnet)}`);
      else if (!contains(subnet, r.addr)) errs.push(`invalid ip-range ${cfg.ipRange}: parent subnet ${formatPrefix(subnet)} doesn't contain ip-range`);
    }
    const gw = cfg.gateway ? parseAddr(cfg.gateway) : undefined;
    if (gw && gw.v !== subnet.addr.v) errs.push(`invalid gateway ${cfg.gateway}: parent subnet is an IPv${subnet.addr.v} block`);
    else if (gw && !contains(subnet, gw)) errs.push(`invalid gateway ${cfg.gateway}: parent subnet ${formatPrefix(subnet)} doesn't contain this address`);
  }
  if (errs.length === 1) throw new DaemonError('invalidParameter', `invalid network config:\n${errs[0]}`);
  if (errs.length > 1) throw new DaemonError('invalidParameter', `invalid network config:\n* ${errs.join('\n* ')}`);
}

function checkDriver(engine: Engine, req: NetworkCreateRequest): void {
  if (req.driver === 'overlay') {
    throw new DaemonError('forbidden', 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  }
  if (req.driver === 'host' || req.driver === 'null') {
    throw new DaemonError('forbidden', `only one instance of "${req.driver}" network is allowed`);
  }
  if (!['bridge', 'macvlan', 'ipvlan'].includes(req.driver)) throw new DaemonError('notFound', `plugin "${req.driver}" not found`);
  if (allNetworks(engine).some((n) => n.name === req.name)) throw new DaemonError('conflict', `network with name ${req.name} already exists`);
}

/** POST /networks/create: returns the new network. */
export function createNetwork(engine: Engine, req: NetworkCreateRequest): NetworkRecord {
  if (isPredefined(req.name)) throw new DaemonError('forbidden', `operation is not permitted on predefined ${req.name} network `);
  const enableIPv6 = req.enableIPv6 ?? false;
  validateIpam(req.ipam, enableIPv6);
  if (req.name.trim() === '') throw new DaemonError('invalidParameter', 'invalid name: name is empty');
  checkDriver(engine, req);
  const v4 = req.ipam.find((c) => c.subnet && prefixOf(c.subnet).addr.v === 4);
  const v6 = req.ipam.find((c) => c.subnet && prefixOf(c.subnet).addr.v === 6);
  let subnet: string | undefined;
  if (req.enableIPv4 !== false) {
    if (v4?.subnet) reserveSubnet(engine, formatPrefix(masked(prefixOf(v4.subnet))));
    subnet = v4?.subnet ? formatPrefix(masked(prefixOf(v4.subnet))) : allocateSubnet(engine);
  }
  const id = engine.hex(32);
  const net: NetworkRecord = {
    id,
    name: req.name,
    driver: req.driver,
    scope: 'local',
    created: engine.now(),
    subnet,
    gateway: subnet ? (v4?.gateway ?? defaultGateway(subnet)) : undefined,
    internal: req.internal,
    labels: req.labels,
    enableIPv4: req.enableIPv4 ?? true,
    enableIPv6,
    attachable: req.attachable,
    options: req.options,
    ipamDriver: req.ipamDriver,
    ipamOptions: req.ipamOptions,
    ipRange: v4?.ipRange,
  };
  if (enableIPv6 && v6?.subnet) {
    net.subnet6 = formatPrefix(masked(prefixOf(v6.subnet)));
    net.gateway6 = v6.gateway ?? nthIPv6(prefixOf(net.subnet6), 1);
  }
  engine.state.networks[id] = net;
  logEvent(engine, 'network', 'create', id, { name: net.name, type: net.driver });
  engine.emit('network create');
  return net;
}

/** findUniqueNetwork (the router's lookup for rm): as FindNetwork, errors as NotFound. */
export function removeNetwork(engine: Engine, ref: string): NetworkRecord {
  const net = getNetwork(engine, ref);
  if (isPredefined(net.name)) throw new DaemonError('forbidden', `${net.name} is a pre-defined network and cannot be removed`);
  const eps = networkEndpoints(engine, net);
  if (eps.length) {
    const list = eps.map(({ container, endpoint }) => `name:"${container.name}" id:"${endpoint.EndpointID.slice(0, 12)}"`).join(', ');
    throw new DaemonError('forbidden', `error while removing network: network ${net.name} has active endpoints (${list})`);
  }
  delete engine.state.networks[net.id];
  logEvent(engine, 'network', 'destroy', net.id, { name: net.name, type: net.driver });
  engine.emit('network destroy');
  return net;
}
