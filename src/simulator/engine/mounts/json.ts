// The API's views of a container's mounts: Mounts in `docker inspect` and `docker ps`
// (container.MountPoint, Name and Driver left out when empty) and HostConfig.Mounts (the
// mount.Mount specs, every field omitempty: false and empty values dropped, empty option
// structs kept as {}).
import type { ContainerRecord, MountSpec } from '../state.ts';

/** Container.GetMountPoints. */
export function mountPointsJson(c: ContainerRecord): Record<string, unknown>[] {
  return (c.mounts ?? []).map((m) => ({
    Type: m.Type,
    ...(m.Name ? { Name: m.Name } : {}),
    Source: m.Source,
    Destination: m.Destination,
    ...(m.Driver ? { Driver: m.Driver } : {}),
    Mode: m.Mode,
    RW: m.RW,
    Propagation: m.Propagation,
  }));
}

const SPEC_ORDER = ['Type', 'Source', 'Target', 'ReadOnly', 'Consistency', 'BindOptions', 'VolumeOptions', 'ImageOptions', 'TmpfsOptions'];
const OPTION_ORDER: Record<string, string[]> = {
  BindOptions: ['Propagation', 'NonRecursive', 'CreateMountpoint', 'ReadOnlyNonRecursive', 'ReadOnlyForceRecursive'],
  VolumeOptions: ['NoCopy', 'Labels', 'Subpath', 'DriverConfig'],
  DriverConfig: ['Name', 'Options'],
  ImageOptions: ['Subpath'],
  TmpfsOptions: ['SizeBytes', 'Mode'],
};

function omitEmpty(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of order) {
    const v = obj[k];
    if (v === undefined || v === false || v === '' || v === 0) continue;
    if (k === 'Labels' || k === 'Options') {
      const m = v as Record<string, string>;
      if (Object.keys(m).length) out[k] = Object.fromEntries(Object.keys(m).sort().map((key) => [key, m[key]]));
    } else if (typeof v === 'object') out[k] = omitEmpty(v as Record<string, unknown>, OPTION_ORDER[k] ?? Object.keys(v as object));
    else out[k] = v;
  }
  return out;
}

/** HostConfig.Mounts as the daemon stores and returns it. */
export function mountSpecsJson(specs: MountSpec[]): Record<string, unknown>[] {
  return specs.map((s) => omitEmpty(s as unknown as Record<string, unknown>, SPEC_ORDER));
}
