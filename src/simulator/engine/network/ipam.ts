// libnetwork's default IPAM driver: subnets for new networks come from the daemon's default
// address pools (172.17.0.0/16 .. 172.31.0.0/16 as /16s, then 192.168.0.0/16 as /20s), the first
// that overlaps no network in use; a container takes the lowest free address of its network
// (the network address, the broadcast address and the gateway are reserved), so an address is
// reused as soon as its container stops.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { NetworkRecord } from '../state.ts';
import { contains, formatIPv4, formatPrefix, lastIPv4, nthIPv4, overlaps, parseAddr, parsePrefix, type Prefix } from './ip.ts';

/** ipamutils.localScopeDefaultNetworks: base prefix and the size of the subnets cut from it. */
const LOCAL_POOLS: [string, number][] = [
  ['172.17.0.0/16', 16],
  ['172.18.0.0/16', 16],
  ['172.19.0.0/16', 16],
  ['172.20.0.0/14', 16],
  ['172.24.0.0/14', 16],
  ['172.28.0.0/14', 16],
  ['192.168.0.0/16', 20],
];

function* predefinedSubnets(): Generator<Prefix> {
  for (const [base, size] of LOCAL_POOLS) {
    const p = parsePrefix(base) as Prefix;
    const count = 2 ** (size - p.bits);
    for (let i = 0; i < count; i++) yield { addr: { v: 4, n: nthIPv4(p, i * 2 ** (32 - size)) }, bits: size };
  }
}

function subnetsInUse(engine: Engine): Prefix[] {
  return Object.values(engine.state.networks).flatMap((n) => [n.subnet, n.subnet6].filter((s): s is string => !!s).map((s) => parsePrefix(s) as Prefix));
}

/** RequestPool without a preferred pool: the first default subnet free of overlaps. */
export function allocateSubnet(engine: Engine): string {
  const used = subnetsInUse(engine);
  for (const p of predefinedSubnets()) if (!used.some((u) => overlaps(u, p))) return formatPrefix(p);
  throw new DaemonError('invalidParameter', 'all predefined address pools have been fully subnetted');
}

/** RequestPool for a user-given subnet: refused when it overlaps a network's subnet. */
export function reserveSubnet(engine: Engine, subnet: string): void {
  const p = parsePrefix(subnet) as Prefix;
  if (subnetsInUse(engine).some((u) => overlaps(u, p))) {
    throw new DaemonError('forbidden', 'invalid pool request: Pool overlaps with other one on this address space');
  }
}

/** The gateway IPAM hands out when none is given: the subnet's first address. */
export function defaultGateway(subnet: string): string {
  return formatIPv4(nthIPv4(parsePrefix(subnet) as Prefix, 1));
}

/** Addresses of the containers currently attached to the network. */
export function addressesInUse(engine: Engine, net: NetworkRecord): string[] {
  const out: string[] = [];
  for (const c of Object.values(engine.state.containers)) {
    for (const ep of Object.values(c.networks ?? {})) if (ep.NetworkID === net.id && ep.IPAddress) out.push(ep.IPAddress);
  }
  return out;
}

function noAddresses(net: NetworkRecord): DaemonError {
  return new DaemonError('system', `no available IPv4 addresses on this network's address pools: ${net.name} (${net.id})`);
}

/**
 * RequestAddress: the requested address when it is free, else the lowest free one (in the
 * --ip-range when set). Errors are plain (the caller wraps them as container start errors).
 */
export function allocateAddress(engine: Engine, net: NetworkRecord, requested?: string): string {
  const subnet = parsePrefix(net.subnet ?? '') as Prefix | undefined;
  if (!subnet) throw noAddresses(net);
  const used = new Set([net.gateway ?? '', ...addressesInUse(engine, net)]);
  if (requested) {
    const a = parseAddr(requested);
    if (!a || !contains(subnet, a)) throw new DaemonError('invalidParameter', `invalid address ${requested}: It does not belong to any of this network's subnets`);
    if (used.has(requested)) throw new DaemonError('forbidden', 'Address already in use');
    return requested;
  }
  const range = (net.ipRange ? parsePrefix(net.ipRange) : undefined) ?? subnet;
  const first = nthIPv4(range, 0);
  const last = lastIPv4(range);
  const reserved = new Set([nthIPv4(subnet, 0), lastIPv4(subnet)]);
  for (let n = first; n <= last; n++) {
    if (reserved.has(n)) continue;
    const ip = formatIPv4(n);
    if (!used.has(ip)) return ip;
  }
  throw noAddresses(net);
}

/** IPAM status of a subnet: addresses in use (network, broadcast, gateway, containers) and free. */
export function subnetStatus(engine: Engine, net: NetworkRecord): { IPsInUse: number; DynamicIPsAvailable: number } | undefined {
  const subnet = net.subnet ? parsePrefix(net.subnet) : undefined;
  if (!subnet) return undefined;
  const inUse = 2 + (net.gateway ? 1 : 0) + addressesInUse(engine, net).length;
  const range = (net.ipRange ? parsePrefix(net.ipRange) : undefined) ?? subnet;
  const rangeSize = 2 ** (32 - range.bits);
  const inRange = [net.gateway ?? '', ...addressesInUse(engine, net)].filter((ip) => {
    const a = parseAddr(ip);
    return a !== undefined && contains(range, a);
  }).length;
  const reservedInRange = [nthIPv4(subnet, 0), lastIPv4(subnet)].filter((n) => contains(range, { v: 4, n })).length;
  return { IPsInUse: inUse, DynamicIPsAvailable: rangeSize - inRange - reservedInRange };
}
