// The --format contexts of the network commands (docker/cli network/formatter.go): `network ls`
// rows (.ID .Name .Driver .Scope .IPv4 .IPv6 .Internal .Labels .Label .CreatedAt) with their
// headers and default formats, and the client's typed network.Inspect that `network inspect -f`
// templates run against (Go field names: .ID, .IPAM.Config, .Containers ...).
import type { NetworkRecord } from '../../../engine/state.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { goMap, goSlice, goStruct } from '../../../util/format/go-value.ts';
import { truncateId } from '../../format-context/display.ts';
import { goTimeString } from '../../format-context/time.ts';

export const NETWORK_HEADERS: Record<string, string> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

/** newFormat. */
export function networkFormat(source: string, quiet: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
  if (source === 'raw') return quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
  return source;
}

/** The *networkContext of one network. */
export function networkContext(n: NetworkRecord, trunc: boolean): unknown {
  const labels = n.labels ?? {};
  const methods: Record<string, (...args: string[]) => string> = {
    CreatedAt: () => goTimeString(n.created),
    Driver: () => n.driver,
    ID: () => (trunc ? truncateId(n.id) : n.id),
    IPv4: () => String(n.enableIPv4 ?? true),
    IPv6: () => String(n.enableIPv6 ?? false),
    Internal: () => String(n.internal),
    Labels: () => Object.entries(labels).map(([k, v]) => `${k}=${v}`).sort().join(','),
    Name: () => n.name,
    Scope: () => n.scope,
  };
  const json = () => goJsonMarshal(Object.fromEntries(Object.keys(methods).map((k) => [k, methods[k]()])));
  return goStruct('*network.networkContext', { Header: null }, { methods: { ...methods, Label: (name: string) => labels[name] ?? '' }, json });
}

type Obj = Record<string, unknown>;

const stringMap = (v: unknown) => (v ? goMap({ ...(v as Obj) }, 'map[string]string') : null);

function ipam(raw: Obj): Obj {
  const configs = ((raw.Config as Obj[] | null) ?? []).map((c) =>
    goStruct('network.IPAMConfig', {
      Subnet: c.Subnet ?? 'invalid Prefix',
      IPRange: c.IPRange ?? 'invalid Prefix',
      Gateway: c.Gateway ?? 'invalid IP',
      AuxAddress: goMap({}, 'map[string]netip.Addr'),
    }, { json: () => JSON.stringify(c) }),
  );
  const fields = { Driver: raw.Driver, Options: stringMap(raw.Options), Config: raw.Config ? goSlice(configs, '[]network.IPAMConfig') : null };
  return goStruct('network.IPAM', fields, { json: () => JSON.stringify(raw) });
}

function endpoints(raw: Obj): Obj {
  const out: Obj = {};
  for (const [id, e] of Object.entries(raw)) {
    const ep = e as Obj;
    out[id] = goStruct('network.EndpointResource', { ...ep, IPv4Address: ep.IPv4Address || 'invalid Prefix', IPv6Address: ep.IPv6Address || 'invalid Prefix' }, { json: () => JSON.stringify(ep) });
  }
  return goMap(out, 'map[string]network.EndpointResource');
}

/** The client's network.Inspect for an inspect document from engine/network/network-inspect.ts. */
export function typedNetworkInspect(raw: Obj): unknown {
  const fields: Obj = {
    Name: raw.Name,
    ID: raw.Id,
    Created: goTimeString(Date.parse(raw.Created as string)),
    Scope: raw.Scope,
    Driver: raw.Driver,
    EnableIPv4: raw.EnableIPv4,
    EnableIPv6: raw.EnableIPv6,
    IPAM: ipam(raw.IPAM as Obj),
    Internal: raw.Internal,
    Attachable: raw.Attachable,
    Ingress: raw.Ingress,
    ConfigFrom: goStruct('network.ConfigReference', { Network: '' }),
    ConfigOnly: raw.ConfigOnly,
    Options: stringMap(raw.Options),
    Labels: stringMap(raw.Labels),
    Peers: null,
    Containers: endpoints(raw.Containers as Obj),
    Services: null,
    Status: null,
  };
  return goStruct('network.Inspect', fields, { json: () => JSON.stringify(raw) });
}
