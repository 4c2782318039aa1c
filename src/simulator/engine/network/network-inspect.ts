// GET /networks/{id} as Engine 29 answers API 1.52+ (moby buildNetworkResource,
// buildIPAMResources, buildContainerAttachments, IPAMStatus): the network.Inspect fields in
// their wire order, the allocated subnet shown even when none was asked for, an entry per
// running container (endpoint id, MAC, "172.18.0.2/16"), and the IPAM status of each subnet.
import { formatRFC3339Nano } from '../../util/format/units.ts';
import { sortedMap } from '../containers/inspect.ts';
import type { Engine } from '../engine.ts';
import type { NetworkRecord } from '../state.ts';
import { subnetStatus } from './ipam.ts';
import { networkEndpoints } from './networks.ts';

/** The default bridge's driver options (daemon initBridgeDriver with the default config). */
const DEFAULT_BRIDGE_OPTIONS = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

/** Driver options as inspect shows them. */
export function networkOptions(n: NetworkRecord): Record<string, string> {
  if (n.options) return n.options;
  return n.name === 'bridge' && n.driver === 'bridge' ? DEFAULT_BRIDGE_OPTIONS : {};
}

function ipamJson(n: NetworkRecord): Record<string, unknown> {
  const config: Record<string, string>[] = [];
  if (n.subnet) config.push({ Subnet: n.subnet, ...(n.ipRange ? { IPRange: n.ipRange } : {}), ...(n.gateway ? { Gateway: n.gateway } : {}) });
  if (n.subnet6) config.push({ Subnet: n.subnet6, ...(n.gateway6 ? { Gateway: n.gateway6 } : {}) });
  return {
    Driver: n.ipamDriver ?? 'default',
    Options: n.ipamOptions === undefined ? null : sortedMap(n.ipamOptions),
    Config: config.length ? config : null,
  };
}

/** network.Network: what `network ls` and inspect share. */
export function networkSummary(n: NetworkRecord): Record<string, unknown> {
  return {
    Name: n.name,
    Id: n.id,
    Created: formatRFC3339Nano(n.created),
    Scope: n.scope,
    Driver: n.driver,
    EnableIPv4: n.enableIPv4 ?? true,
    EnableIPv6: n.enableIPv6 ?? false,
    IPAM: ipamJson(n),
    Internal: n.internal,
    Attachable: n.attachable ?? false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Options: sortedMap(networkOptions(n)),
    Labels: sortedMap(n.labels ?? {}),
  };
}

function containersJson(engine: Engine, n: NetworkRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { container, endpoint } of networkEndpoints(engine, n)) {
    out[container.id] = {
      Name: container.name,
      EndpointID: endpoint.EndpointID,
      MacAddress: endpoint.MacAddress,
      IPv4Address: endpoint.IPAddress ? `${endpoint.IPAddress}/${endpoint.IPPrefixLen}` : '',
      IPv6Address: endpoint.GlobalIPv6Address ? `${endpoint.GlobalIPv6Address}/${endpoint.GlobalIPv6PrefixLen}` : '',
    };
  }
  return sortedMap(out) ?? {};
}

/** network.Inspect (with Status for API 1.52+). */
export function networkInspectData(engine: Engine, n: NetworkRecord): Record<string, unknown> {
  const status = subnetStatus(engine, n);
  const subnets = status && n.subnet ? { Subnets: { [n.subnet]: status } } : {};
  return { ...networkSummary(n), Containers: containersJson(engine, n), Status: { IPAM: subnets } };
}
