// The container list's filters as moby's foldFilter builds them (daemon/list.go) over
// filters.Args: accepted names, the exited/status/health/is-task value checks with their
// errors, before/since by full id or name, ancestor as the image and the images built on it,
// publish/expose port ranges. Match is exact-or-regexp, as filters.Args.Match.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import { findImage } from '../images.ts';
import type { ContainerRecord, ImageRecord } from '../state.ts';
import { networkNames, portSummaries } from './network-view.ts';

const ACCEPTED = ['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose'];
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'];

export interface ListFilter {
  all: boolean;
  exited: number[];
  before?: string;
  since?: string;
  /** The ancestor filter's image ids (undefined without the filter). */
  images?: Set<string>;
  matches(field: string, source: string): boolean;
  exact(field: string, source: string): boolean;
  matchName(c: ContainerRecord): boolean;
  matchLabels(c: ContainerRecord): boolean;
  /** is-task: no container here belongs to a swarm task. */
  matchTask(): boolean;
  matchPorts(c: ContainerRecord): boolean;
  /** volume (no mounts are modelled yet, so none matches) and network (name or id prefix). */
  matchMounts(c: ContainerRecord): boolean;
  matchNetworks(c: ContainerRecord): boolean;
  candidates(newestFirst: ContainerRecord[]): ContainerRecord[];
}

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

function regexMatch(pattern: string, source: string): boolean {
  try {
    return new RegExp(pattern).test(source);
  } catch {
    return false;
  }
}

/** idOrNameFilter: a full id, else a name; an unknown one is the view's NotFound error. */
function idOrName(engine: Engine, value: string): string {
  if (engine.state.containers[value]) return value;
  const name = value.replace(/^\//, '');
  const found = Object.values(engine.state.containers).find((c) => c.name === name);
  if (!found) throw new DaemonError('notFound', `No such container: ${value}`);
  return found.id;
}

/** The image and every local image built on it (its layers start with the ancestor's). */
function ancestorImages(engine: Engine, values: string[]): Set<string> {
  const out = new Set<string>();
  const builtOn = (child: ImageRecord, base: ImageRecord) =>
    child.layers.length >= base.layers.length && base.layers.every((l, i) => child.layers[i].digest === l.digest);
  for (const v of values) {
    const base = findImage(engine, v);
    if (!base) continue;
    for (const im of Object.values(engine.state.images)) if (im === base || builtOn(im, base)) out.add(im.id);
  }
  return out;
}

/** portOp: "80", "80/tcp", "8000-8080/udp" as the set of "port/proto" keys. */
function portKeys(key: string, values: string[]): Set<string> {
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) throw new DaemonError('system', `filter for '${key}' should not contain ':': ${value}`);
    const [range, proto = ''] = value.split('/');
    const [start, end] = range.split('-');
    const num = (s: string, which: string): number => {
      if (s === '' || !/^\d+$/.test(s) || Number(s) > 65535) {
        const why = s === '' ? 'value is empty' : /^\d+$/.test(s) ? 'value out of range' : 'invalid syntax';
        throw new DaemonError('system', `error while looking up for ${key} ${value}: invalid ${which} port '${s}': ${why}`);
      }
      return Number(s);
    };
    const a = num(start, 'start');
    const b = end === undefined || end === start ? a : num(end, 'end');
    if (b < a) throw new DaemonError('system', `error while looking up for ${key} ${value}: invalid port range: ${value}`);
    for (let p = a; p <= b; p++) out.add(`${p}/${(proto || 'tcp').toLowerCase()}`);
  }
  return out;
}

function validate(filters: Record<string, string[]>): number[] {
  for (const name of Object.keys(filters)) if (!ACCEPTED.includes(name)) throw invalid(`invalid filter '${name}'`);
  const exited = (filters.exited ?? []).map((v) => {
    if (!/^[+-]?\d+$/.test(v)) throw invalid(`invalid filter 'exited=${v}': strconv.Atoi: parsing "${v}": invalid syntax`);
    return Number(v);
  });
  for (const v of filters.status ?? []) {
    if (!STATES.includes(v)) throw invalid(`invalid filter 'status=${v}': invalid value for state (${v}): must be one of ${STATES.join(', ')}`);
  }
  const task = filters['is-task'];
  if (task && (task.length === 0 || ['0', 'false'].some((x) => task.includes(x)) === ['1', 'true'].some((x) => task.includes(x)))) {
    throw invalid(`invalid filter 'is-task=[${task.join(' ')}]'`);
  }
  for (const v of filters.health ?? []) {
    if (!HEALTHS.includes(v)) throw invalid(`invalid filter 'health=${v}': invalid value for health (${v}): must be one of ${HEALTHS.join(', ')}`);
  }
  return exited;
}

export function containerFilter(engine: Engine, filters: Record<string, string[]>, all: boolean): ListFilter {
  const exited = validate(filters);
  const values = (k: string) => filters[k] ?? [];
  const matches = (field: string, source: string) =>
    values(field).length === 0 || values(field).includes(source) || values(field).some((p) => regexMatch(p, source));
  const publish = portKeys('publish', values('publish'));
  const expose = portKeys('expose', values('expose'));
  const f: ListFilter = {
    all: all || values('status').length > 0,
    exited,
    before: values('before').length ? idOrName(engine, values('before').at(-1) as string) : undefined,
    since: values('since').length ? idOrName(engine, values('since').at(-1) as string) : undefined,
    images: 'ancestor' in filters ? ancestorImages(engine, values('ancestor')) : undefined,
    matches,
    exact: (field, source) => values(field).length === 0 || values(field).includes(source),
    matchName: (c) => matches('name', `/${c.name}`) || matches('name', c.name),
    matchLabels: (c) => matchKV(values('label'), c.config.Labels ?? {}),
    matchTask: () => !('is-task' in filters) || values('is-task').some((v) => v === '0' || v === 'false'),
    matchPorts: (c) => {
      if (publish.size === 0 && expose.size === 0) return true;
      return portSummaries(c).some((p) => publish.has(`${p.PublicPort ?? 0}/${p.Type}`) || expose.has(`${p.PrivatePort}/${p.Type}`));
    },
    // A volume filter value names a mount's volume (or bind source) or its destination.
    matchMounts: (c) =>
      !('volume' in filters) || (c.mounts ?? []).some((m) => values('volume').some((v) => v === m.Destination || v === (m.Name || m.Source))),
    matchNetworks: (c) => {
      if (!('network' in filters)) return true;
      const attached = networkNames(c).map((n) => Object.values(engine.state.networks).find((x) => x.name === n));
      return values('network').some((v) => networkNames(c).includes(v) || attached.some((n) => n !== undefined && n.id.startsWith(v)));
    },
    candidates: (list) => candidates(list, values('name'), values('id'), matches),
  };
  return f;
}

function matchKV(wanted: string[], labels: Record<string, string>): boolean {
  if (wanted.length === 0) return true;
  if (Object.keys(labels).length === 0) return false;
  return wanted.every((w) => {
    const i = w.indexOf('=');
    const key = i === -1 ? w : w.slice(0, i);
    return key in labels && (i === -1 || labels[key] === w.slice(i + 1));
  });
}

/** filterByNameIDMatches: with name or id filters only the matching containers are walked. */
function candidates(
  list: ContainerRecord[],
  names: string[],
  ids: string[],
  matches: (field: string, source: string) => boolean,
): ContainerRecord[] {
  if (names.length + ids.length === 0) return list;
  const byId = new Set<string>();
  for (const id of ids) {
    const hits = list.filter((c) => c.id.startsWith(id));
    if (id !== '' && (hits.length === 1 || list.some((c) => c.id === id))) byId.add(hits.length === 1 ? hits[0].id : id);
  }
  const picked = new Set(byId);
  if (names.length) {
    for (const c of list) {
      if (ids.length && !byId.has(c.id)) continue;
      if (matches('name', `/${c.name}`) || matches('name', c.name)) picked.add(c.id);
    }
  }
  return list.filter((c) => picked.has(c.id));
}
