// The --format context of one container in `docker ps` (docker/cli formatter/container.go):
// .ID .Names .Image .Command .CreatedAt .RunningFor .Ports .State .Status .Size .Labels
// .Label .Mounts .LocalVolumes .Networks .Platform .HealthStatus, truncated unless --no-trunc,
// the table headers, and the default formats (table, raw, quiet, with SIZE for -s).
import type { ContainerSummary } from '../../engine/containers/list.ts';
import { humanDuration, humanSizeWithPrecision } from '../../util/format/units.ts';
import { parseReference } from '../../util/reference.ts';
import { goQuote } from '../../util/format/go-fmt.ts';
import { goJsonMarshal } from '../../util/format/go-json.ts';
import { goStruct } from '../../util/format/go-value.ts';
import { displayablePorts, ellipsis, truncateId } from './display.ts';
import { goTimeString } from './time.ts';

export const DEFAULT_CONTAINER_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export const CONTAINER_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Names: 'NAMES',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Platform: 'PLATFORM',
  HealthStatus: 'HEALTH STATUS',
};

/** NewContainerFormat: the format `docker ps` renders for --format, -q and -s. */
export function containerFormat(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '') {
    if (quiet) return '{{.ID}}';
    return size ? `${DEFAULT_CONTAINER_TABLE}\t{{.Size}}` : DEFAULT_CONTAINER_TABLE;
  }
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    const raw =
      'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';
    return size ? `${raw}size: {{.Size}}\\n` : raw;
  }
  return quiet ? '{{.ID}}' : source;
}

/** ContainerContext.Image: the familiar reference, digest dropped, or the short ID. */
function imageText(s: ContainerSummary, trunc: boolean): string {
  if (s.Image === '') return '<no image>';
  if (!trunc) return s.Image;
  if (truncateId(s.ImageID) === truncateId(s.Image)) return truncateId(s.Image);
  try {
    const r = parseReference(s.Image);
    return r.tag !== undefined ? `${r.familiar}:${r.tag}` : r.familiar;
  } catch {
    return s.Image;
  }
}

type Methods = Record<string, (...args: string[]) => unknown>;

function platform(): unknown {
  return goStruct('*formatter.Platform', { Architecture: 'amd64', OS: 'linux' }, {
    methods: { String: () => 'linux/amd64' },
    json: () => '{"architecture":"amd64","os":"linux"}',
  });
}

function methods(s: ContainerSummary | undefined, trunc: boolean, now: number, used?: Set<string>): Methods {
  const mounts = (s?.Mounts ?? []) as { Name?: string; Source?: string; Driver?: string }[];
  const labels = s?.Labels ?? {};
  return {
    ID: () => (trunc ? truncateId(s?.Id ?? '') : (s?.Id ?? '')),
    Names: () => {
      const names = (s?.Names ?? []).map((n) => n.replace(/^\//, ''));
      return trunc ? (names.find((n) => !n.includes('/')) ?? '') : names.join(',');
    },
    Image: () => (s ? imageText(s, trunc) : '<no image>'),
    Command: () => goQuote(trunc ? ellipsis(s?.Command ?? '', 20) : (s?.Command ?? '')),
    CreatedAt: () => goTimeString((s?.Created ?? 0) * 1000),
    RunningFor: () => `${humanDuration(now - (s?.Created ?? 0) * 1000)} ago`,
    Platform: () => (s ? platform() : null),
    Ports: () => displayablePorts(s?.Ports ?? []),
    State: () => s?.State ?? '',
    Status: () => s?.Status ?? '',
    Size: () => {
      used?.add('Size');
      const rw = humanSizeWithPrecision(s?.SizeRw ?? 0, 3);
      return (s?.SizeRootFs ?? 0) > 0 ? `${rw} (virtual ${humanSizeWithPrecision(s?.SizeRootFs ?? 0, 3)})` : rw;
    },
    Labels: () => Object.entries(labels).map(([k, v]) => `${k}=${v}`).sort().join(','),
    Label: (name: string) => labels[name] ?? '',
    Mounts: () => mounts.map((m) => (trunc ? ellipsis(m.Name || m.Source || '', 15) : m.Name || m.Source || '')).join(','),
    LocalVolumes: () => String(mounts.filter((m) => m.Driver === 'local').length),
    Networks: () => Object.keys(s?.NetworkSettings.Networks ?? {}).join(','),
    HealthStatus: () => s?.record.state.health?.status ?? '',
  };
}

/** formatter.MarshalJSON: every exported method without arguments, as a map (sorted keys). */
function marshalMethods(m: Methods, skip: string[]): string {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(m).sort()) if (!skip.includes(name)) out[name] = m[name]();
  return goJsonMarshal(out);
}

/**
 * The *formatter.ContainerContext one row is rendered with; `s` undefined is the empty context
 * `docker ps` checks a --format against first. `used` collects the fields used (Size).
 */
export function containerContext(s: ContainerSummary | undefined, trunc: boolean, now: number, used?: Set<string>): unknown {
  const m = methods(s, trunc, now, used);
  return goStruct('*formatter.ContainerContext', { Header: null, FieldsUsed: null }, { methods: m, json: () => marshalMethods(m, ['Label']) });
}
