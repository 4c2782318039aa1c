// The --format context of `docker volume ls` (docker/cli formatter/volume.go): .Name .Driver
// .Scope .Mountpoint .Labels .Label .Links .Size .Group .Availability .Status (the last five
// "N/A" for a local volume listed without usage data), the headers, and the default formats.
import type { VolumeRecord } from '../../../engine/state.ts';
import { volumeMountpoint } from '../../../engine/volumes.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { goStruct } from '../../../util/format/go-value.ts';

export const VOLUME_HEADERS: Record<string, string> = {
  ID: 'ID',
  Name: 'VOLUME NAME',
  Group: 'GROUP',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  Availability: 'AVAILABILITY',
  Mountpoint: 'MOUNTPOINT',
  Labels: 'LABELS',
  Links: 'LINKS',
  Size: 'SIZE',
  Status: 'STATUS',
};

export const CLUSTER_TABLE = 'table {{.Name}}\t{{.Group}}\t{{.Driver}}\t{{.Availability}}\t{{.Status}}';

/** NewVolumeFormat. */
export function volumeFormat(source: string, quiet: boolean): string {
  if (source === 'table') return quiet ? '{{.Name}}' : 'table {{.Driver}}\t{{.Name}}';
  if (source === 'raw') return quiet ? 'name: {{.Name}}' : 'name: {{.Name}}\\ndriver: {{.Driver}}\\n';
  return source;
}

/** The *formatter.volumeContext of one volume. */
export function volumeContext(v: VolumeRecord): unknown {
  const labels = v.labels ?? {};
  const methods: Record<string, (...args: string[]) => string> = {
    Availability: () => 'N/A',
    Driver: () => v.driver,
    Group: () => 'N/A',
    Labels: () => Object.entries(labels).map(([k, val]) => `${k}=${val}`).sort().join(','),
    Links: () => 'N/A',
    Mountpoint: () => volumeMountpoint(v.name),
    Name: () => v.name,
    Scope: () => 'local',
    Size: () => 'N/A',
    Status: () => 'N/A',
  };
  const json = () => goJsonMarshal(Object.fromEntries(Object.keys(methods).map((k) => [k, methods[k]()])));
  return goStruct('*formatter.volumeContext', { Header: null }, { methods: { ...methods, Label: (name: string) => labels[name] ?? '' }, json });
}
