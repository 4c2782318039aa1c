// The typed value `docker inspect -f` first runs a template against: the client's
// container.InspectResponse with Go field names (ID, not "Id"; HostConfig.DNS, CPUShares),
// nil pointers and omitted fields present, netip.Addr printing "invalid IP" when unset. When a
// field is missing there, docker retries on the raw JSON map (missingkey=error), so both
// {{.ID}} and {{.Id}} work. `{{json .X}}` marshals the JSON form (the hook returns it).
import { goMap, goSlice, goStruct } from '../../util/format/go-value.ts';

type Obj = Record<string, unknown>;

/** JSON key -> Go field name where they differ. */
const RENAMES: Record<string, string> = {
  Id: 'ID',
  Dns: 'DNS',
  DnsOptions: 'DNSOptions',
  DnsSearch: 'DNSSearch',
  CpuShares: 'CPUShares',
  NanoCpus: 'NanoCPUs',
  CpuPeriod: 'CPUPeriod',
  CpuQuota: 'CPUQuota',
  CpuRealtimePeriod: 'CPURealtimePeriod',
  CpuRealtimeRuntime: 'CPURealtimeRuntime',
  CpuCount: 'CPUCount',
  CpuPercent: 'CPUPercent',
  mediaType: 'MediaType',
  digest: 'Digest',
  size: 'Size',
  platform: 'Platform',
  architecture: 'Architecture',
  os: 'OS',
};

/** Fields the JSON leaves out (omitempty) but the Go struct always has, by struct. */
const OMITTED: Record<string, Obj> = {
  State: { Health: null },
  Inspect: { GraphDriver: null, Storage: null, SizeRw: null, SizeRootFs: null, ImageManifestDescriptor: null },
  Config: { ExposedPorts: null, Healthcheck: null, ArgsEscaped: false, NetworkDisabled: false, OnBuild: null, StopSignal: '', StopTimeout: null, Shell: null },
  HostConfig: { Annotations: null, StorageOpt: null, Tmpfs: null, Sysctls: null, Mounts: null, Init: null },
};

/** Fields of these names hold netip.Addr values. */
const ADDR_FIELDS = new Set(['Gateway', 'IPAddress', 'IPv6Gateway', 'GlobalIPv6Address']);

function struct(type: string, raw: Obj, kind: string, fields: (k: string, v: unknown) => unknown): Obj {
  const out: Obj = {};
  const order = [...Object.keys(raw)];
  for (const k of Object.keys(OMITTED[kind] ?? {})) if (!order.includes(k)) order.push(k);
  for (const k of order) out[RENAMES[k] ?? k] = k in raw ? fields(k, raw[k]) : OMITTED[kind][k];
  return goStruct(type, out, { json: () => JSON.stringify(raw) });
}

function plain(_k: string, v: unknown): unknown {
  return v;
}

function endpoint(raw: Obj): Obj {
  return struct('*network.EndpointSettings', raw, 'Endpoint', (k, v) => (ADDR_FIELDS.has(k) && v === '' ? 'invalid IP' : v));
}

function networkSettings(raw: Obj): Obj {
  return struct('*container.NetworkSettings', raw, 'NetworkSettings', (k, v) => {
    if (k === 'Networks') {
      const nets = v as Record<string, Obj>;
      return goMap(Object.fromEntries(Object.entries(nets).map(([n, e]) => [n, endpoint(e)])), 'map[string]*network.EndpointSettings');
    }
    if (k === 'Ports') return goMap({ ...(v as Obj) }, 'network.PortMap');
    return v;
  });
}

function config(raw: Obj): Obj {
  return struct('*container.Config', raw, 'Config', (k, v) => {
    if (k === 'Labels') return goMap({ ...(v as Obj) }, 'map[string]string');
    if ((k === 'Volumes' || k === 'ExposedPorts') && v) return goMap({ ...(v as Obj) }, k === 'Volumes' ? 'map[string]struct {}' : 'network.PortSet');
    return v;
  });
}

function descriptor(raw: Obj): Obj {
  return struct('*v1.Descriptor', raw, 'Descriptor', (k, v) => (k === 'platform' && v ? struct('*v1.Platform', v as Obj, 'Platform', plain) : v));
}

/** container.MountPoint, its fields in Go's order (Name and Driver "" when the JSON omits them). */
function mountPoint(raw: Obj): Obj {
  const fields = {
    Type: raw.Type ?? '',
    Name: raw.Name ?? '',
    Source: raw.Source,
    Destination: raw.Destination,
    Driver: raw.Driver ?? '',
    Mode: raw.Mode,
    RW: raw.RW,
    Propagation: raw.Propagation,
  };
  return goStruct('container.MountPoint', fields, { json: () => JSON.stringify(raw) });
}

/** mount.Mount (HostConfig.Mounts), its fields in Go's order; option structs as pointers. */
function mountSpec(raw: Obj): Obj {
  const opts = (v: unknown, type: string) => (v ? goStruct(type, { ...(v as Obj) }, { json: () => JSON.stringify(v) }) : null);
  const fields = {
    Type: raw.Type ?? '',
    Source: raw.Source ?? '',
    Target: raw.Target ?? '',
    ReadOnly: raw.ReadOnly ?? false,
    Consistency: raw.Consistency ?? '',
    BindOptions: opts(raw.BindOptions, '*mount.BindOptions'),
    VolumeOptions: opts(raw.VolumeOptions, '*mount.VolumeOptions'),
    ImageOptions: opts(raw.ImageOptions, '*mount.ImageOptions'),
    TmpfsOptions: opts(raw.TmpfsOptions, '*mount.TmpfsOptions'),
    ClusterOptions: null,
  };
  return goStruct('mount.Mount', fields, { json: () => JSON.stringify(raw) });
}

/** The typed form of a container inspect document built by engine/containers/inspect.ts. */
export function typedContainerInspect(raw: Obj, pointer = false): Obj {
  return struct(pointer ? '*container.InspectResponse' : 'container.InspectResponse', raw, 'Inspect', (k, v) => {
    switch (k) {
      case 'State':
        return struct('*container.State', v as Obj, 'State', plain);
      case 'HostConfig':
        return struct('*container.HostConfig', v as Obj, 'HostConfig', (hk, hv) =>
          hk === 'PortBindings'
            ? goMap({ ...(hv as Obj) }, 'network.PortMap')
            : hk === 'LogConfig'
              ? struct('container.LogConfig', hv as Obj, 'LogConfig', plain)
              : hk === 'Mounts'
                ? goSlice((hv as Obj[]).map(mountSpec), '[]mount.Mount')
                : hv,
        );
      case 'Config':
        return config(v as Obj);
      case 'NetworkSettings':
        return networkSettings(v as Obj);
      case 'ImageManifestDescriptor':
        return descriptor(v as Obj);
      case 'Storage':
        return struct('*storage.Storage', v as Obj, 'Storage', plain);
      case 'Mounts':
        return goSlice((v as Obj[]).map(mountPoint), '[]container.MountPoint');
      default:
        return v;
    }
  });
}
