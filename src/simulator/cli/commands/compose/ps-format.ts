// The --format context of one row of `docker compose ps` (docker/compose cmd/formatter/
// container.go): .ID .Name .Names .Service .Project .Image .Command .CreatedAt .RunningFor
// .ExitCode .State .Status .Health .Publishers .Ports .Labels .Label .Mounts .LocalVolumes
// .Networks .Size; the default table (NAME IMAGE COMMAND SERVICE CREATED STATUS PORTS) and
// `json`, which docker/cli's formatter.MarshalJSON turns into every argument-less method.
import { goQuote } from '../../../util/format/go-fmt.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { goSlice, goStruct } from '../../../util/format/go-value.ts';
import { humanDuration, humanSizeWithPrecision } from '../../../util/format/units.ts';
import { displayablePorts, ellipsis, truncateId } from '../../format-context/display.ts';
import { goTimeString } from '../../format-context/time.ts';

export const DEFAULT_COMPOSE_PS_TABLE = 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}';

export const COMPOSE_PS_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Name: 'NAME',
  Project: 'PROJECT',
  Service: 'SERVICE',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
};

/** api.PortPublisher. */
export interface Publisher {
  URL: string;
  TargetPort: number;
  PublishedPort: number;
  Protocol: string;
}

/** api.ContainerSummary: what compose's backend.Ps returns for one container. */
export interface ComposeContainer {
  id: string;
  /** The canonical name (no "/"). */
  name: string;
  /** The API's Names ("/app-web-1"). */
  names: string[];
  image: string;
  command: string;
  project: string;
  service: string;
  /** Seconds since the epoch. */
  created: number;
  state: string;
  status: string;
  health: string;
  exitCode: number;
  labels: Record<string, string>;
  sizeRw: number;
  sizeRootFs: number;
  /** Volume names, or the source of a bind mount. */
  mounts: string[];
  localVolumes: number;
  networks: string[];
  publishers: Publisher[];
}

/** NewContainerFormat: "table"/"" is the default table (IDs only with -q), "raw", else the template. */
export function composePsFormat(source: string, quiet: boolean): string {
  if (source === 'table' || source === '') return quiet ? '{{.ID}}' : DEFAULT_COMPOSE_PS_TABLE;
  if (source === 'raw') {
    if (quiet) return 'container_id: {{.ID}}';
    return 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';
  }
  return quiet ? '{{.ID}}' : source;
}

type Methods = Record<string, (...args: string[]) => unknown>;

function publishers(c: ComposeContainer): unknown {
  const items = c.publishers.map((p) => goStruct('api.PortPublisher', { URL: p.URL, TargetPort: p.TargetPort, PublishedPort: p.PublishedPort, Protocol: p.Protocol }));
  return goSlice(items, 'api.PortPublishers');
}

function names(c: ComposeContainer, trunc: boolean): string {
  const stripped = c.names.map((n) => n.replace(/^\//, ''));
  if (trunc) {
    const plain = stripped.find((n) => !n.includes('/'));
    if (plain !== undefined) return plain;
  }
  return stripped.join(',');
}

function methods(c: ComposeContainer, trunc: boolean, now: number): Methods {
  return {
    Command: () => goQuote(trunc ? ellipsis(c.command, 20) : c.command),
    CreatedAt: () => goTimeString(c.created * 1000),
    ExitCode: () => c.exitCode,
    Health: () => c.health,
    ID: () => (trunc ? truncateId(c.id) : c.id),
    Image: () => c.image,
    // Go ranges over the label map in random order; sorted here so output is deterministic.
    Labels: () => Object.keys(c.labels).sort().map((k) => `${k}=${c.labels[k]}`).join(','),
    Label: (name: string) => c.labels[name] ?? '',
    LocalVolumes: () => String(c.localVolumes),
    Mounts: () => c.mounts.map((m) => (trunc ? ellipsis(m, 15) : m)).join(','),
    Name: () => c.name,
    Names: () => names(c, trunc),
    Networks: () => c.networks.join(','),
    Ports: () => displayablePorts(c.publishers.map((p) => ({ IP: p.URL || undefined, PrivatePort: p.TargetPort, PublicPort: p.PublishedPort || undefined, Type: p.Protocol }))),
    Project: () => c.project,
    Publishers: () => publishers(c),
    RunningFor: () => `${humanDuration(now - c.created * 1000)} ago`,
    Service: () => c.service,
    Size: () => {
      const rw = humanSizeWithPrecision(c.sizeRw, 3);
      return c.sizeRootFs > 0 ? `${rw} (virtual ${humanSizeWithPrecision(c.sizeRootFs, 3)})` : rw;
    },
    State: () => c.state,
    Status: () => c.status,
  };
}

/** formatter.MarshalJSON: the argument-less exported methods as a map, json.Marshal'ed (HTML escaped). */
function marshalMethods(m: Methods): string {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(m).sort()) if (name !== 'Label') out[name] = m[name]();
  return goJsonMarshal(out);
}

/** The *formatter.ContainerContext one `compose ps` row renders with. */
export function composeContainerContext(c: ComposeContainer, trunc: boolean, now: number): unknown {
  const m = methods(c, trunc, now);
  return goStruct('*formatter.ContainerContext', { Header: null, FieldsUsed: null }, { methods: m, json: () => marshalMethods(m) });
}
