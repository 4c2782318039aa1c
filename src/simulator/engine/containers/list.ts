// GET /containers/json as moby's daemon/list.go answers it: filters validated first, newest
// first, name and id filters narrowing the candidates, then includeContainerInList's checks in
// its order (before/since, running unless --all or a limit, name, id, label, the limit, exited,
// status, health, ancestor, publish/expose). Each item is a container.Summary.
import { containerStatusText } from '../../util/format/units.ts';
import type { Engine } from '../engine.ts';
import { findImage } from '../images.ts';
import type { ContainerRecord } from '../state.ts';
import { isRunning } from './lifecycle.ts';
import { containerFilter, type ListFilter } from './list-filters.ts';
import { containerSizes, sortedMap } from './inspect.ts';
import { networkNames, portSummaries, type PortSummary } from './network-view.ts';
import { mountPointsJson } from '../mounts/json.ts';

export interface ListOptions {
  all: boolean;
  /** -n; -1 when unset. */
  limit: number;
  size: boolean;
  /** filter name -> its values (a set, as filters.Args keeps them). */
  filters: Record<string, string[]>;
}

export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  Created: number;
  Ports: PortSummary[];
  SizeRw?: number;
  SizeRootFs?: number;
  Labels: Record<string, string>;
  State: string;
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, unknown> };
  Mounts: unknown[];
  /** Not in the API: the record, for --format fields that need more (health, platform). */
  record: ContainerRecord;
}

/** The Command column: Path and Args, arguments with a space in single quotes. */
export function commandLine(c: ContainerRecord): string {
  if (c.args.length === 0) return c.path;
  return `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`;
}

/** Image references resolved during one listing (most containers share a few). */
type Resolved = Map<string, string | undefined>;

/** refreshImage: the reference as given, or the image ID once it names another image. */
function imageShown(engine: Engine, c: ContainerRecord, cache: Resolved): string {
  if (c.imageRef === c.image) return c.imageRef;
  if (!cache.has(c.imageRef)) cache.set(c.imageRef, findImage(engine, c.imageRef)?.id);
  return cache.get(c.imageRef) === c.image ? c.imageRef : c.image;
}

export function summarize(engine: Engine, c: ContainerRecord, size: boolean, cache: Resolved = new Map()): ContainerSummary {
  const sizes = size ? containerSizes(engine, c) : undefined;
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: imageShown(engine, c, cache),
    ImageID: c.image,
    Command: commandLine(c),
    Created: Math.floor(c.created / 1000),
    Ports: portSummaries(c),
    ...(sizes && sizes.SizeRw ? { SizeRw: sizes.SizeRw } : {}),
    ...(sizes && sizes.SizeRootFs ? { SizeRootFs: sizes.SizeRootFs } : {}),
    Labels: sortedMap(c.config.Labels ?? {}) ?? {},
    State: c.state.status,
    Status: containerStatusText(c.state, engine.now()),
    HostConfig: { NetworkMode: c.hostConfig.NetworkMode },
    NetworkSettings: { Networks: Object.fromEntries(networkNames(c).map((n) => [n, {}])) },
    Mounts: mountPointsJson(c),
    record: c,
  };
}

/** Newest first; records created in the same millisecond keep their creation order reversed. */
export function newestFirst(engine: Engine): ContainerRecord[] {
  return Object.values(engine.state.containers)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.created - a.c.created || b.i - a.i)
    .map(({ c }) => c);
}

type Action = 'include' | 'exclude' | 'stop';

function include(c: ContainerRecord, f: ListFilter, opts: ListOptions, count: number): Action {
  if (f.before) {
    if (c.id === f.before) f.before = undefined;
    return 'exclude';
  }
  if (f.since && c.id === f.since) return 'stop';
  if (!isRunning(c) && !f.all && opts.limit <= 0) return 'exclude';
  if (!f.matchName(c) || !f.matches('id', c.id) || !f.matchTask() || !f.matchLabels(c)) return 'exclude';
  if (opts.limit > 0 && count === opts.limit) return 'stop';
  if (f.exited.length && !(f.exited.includes(c.state.exitCode) && !isRunning(c) && c.state.startedAt > 0)) return 'exclude';
  if (!f.matches('status', c.state.status)) return 'exclude';
  if (!f.exact('health', c.state.health?.status ?? 'none')) return 'exclude';
  if (!f.matchMounts(c)) return 'exclude';
  if (f.images && !f.images.has(c.image)) return 'exclude';
  if (!f.matchNetworks(c)) return 'exclude';
  if (!f.matchPorts(c)) return 'exclude';
  return 'include';
}

/** Containers: the summaries `docker ps` prints, in the daemon's order. */
export function listContainers(engine: Engine, opts: ListOptions): ContainerSummary[] {
  const f = containerFilter(engine, opts.filters, opts.all);
  const out: ContainerSummary[] = [];
  const cache: Resolved = new Map();
  for (const c of f.candidates(newestFirst(engine))) {
    const action = include(c, f, opts, out.length);
    if (action === 'stop') break;
    if (action === 'include') out.push(summarize(engine, c, opts.size, cache));
  }
  return out;
}
