// GET /networks and POST /networks/prune over moby's network.Filter (daemon/network/filter.go):
// driver and scope match exactly, name and id as filters.Args.Match (the value itself or a
// regular expression), label/label! as key or key=value, type builtin|custom, dangling (no
// container attached and not predefined), and prune's until (created before).
import { DaemonError } from '../../errors/daemon-error.ts';
import { parseUntil } from '../containers/prune-until.ts';
import type { Engine } from '../engine.ts';
import type { NetworkRecord } from '../state.ts';
import { allNetworks, isPredefined, networkEndpoints } from './networks.ts';

const LIST_FILTERS = ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type'];
const PRUNE_FILTERS = ['label', 'label!', 'until'];

type Filters = Record<string, string[]>;

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

function match(values: string[] | undefined, source: string): boolean {
  return !values || values.length === 0 || values.includes(source) || values.some((v) => regexMatch(v, source));
}

/** filters.Args.MatchKVList: every `key` or `key=value` is among the labels. */
function matchLabels(values: string[], labels: Record<string, string>): boolean {
  return values.every((v) => {
    const i = v.indexOf('=');
    const key = i === -1 ? v : v.slice(0, i);
    return key in labels && (i === -1 || labels[key] === v.slice(i + 1));
  });
}

interface NetworkFilter {
  dangling?: boolean;
  until?: number;
  matches(engine: Engine, n: NetworkRecord): boolean;
}

function newFilter(engine: Engine, filters: Filters, accepted: string[]): NetworkFilter {
  for (const key of Object.keys(filters)) if (!accepted.includes(key)) throw invalid(`invalid filter '${key}'`);
  const f: NetworkFilter = { matches: () => true };
  const dangling = filters.dangling ?? [];
  if (dangling.length > 1) throw invalid('got more than one value for filter key "dangling"');
  if (dangling.length === 1) {
    if (!['0', 'false', '1', 'true'].includes(dangling[0])) {
      throw invalid('invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")');
    }
    f.dangling = dangling[0] === '1' || dangling[0] === 'true';
  }
  for (const t of filters.type ?? []) if (t !== 'builtin' && t !== 'custom') throw invalid(`invalid filter: 'type'='${t}'`);
  const until = filters.until ?? [];
  if (until.length > 1) throw invalid('more than one until filter specified');
  if (until.length === 1) f.until = parseUntil(until[0], engine.now());
  f.matches = (eng, n) => matches(eng, f, filters, n);
  return f;
}

function inUse(engine: Engine, n: NetworkRecord): boolean {
  return isPredefined(n.name) || networkEndpoints(engine, n).length > 0;
}

function matches(engine: Engine, f: NetworkFilter, filters: Filters, n: NetworkRecord): boolean {
  if (filters.driver?.length && !filters.driver.includes(n.driver)) return false;
  if (!match(filters.name, n.name) || !match(filters.id, n.id)) return false;
  if (filters.label?.length && !matchLabels(filters.label, n.labels)) return false;
  if (filters['label!']?.length && matchLabels(filters['label!'], n.labels)) return false;
  if (filters.scope?.length && !filters.scope.includes(n.scope)) return false;
  if (f.dangling !== undefined && inUse(engine, n) === f.dangling) return false;
  const types = filters.type ?? [];
  if (types.length && (types[0] === 'builtin') !== isPredefined(n.name)) return false;
  if (f.until !== undefined && n.created > f.until) return false;
  return true;
}

/** NetworkList: every network the filters keep (the client sorts them by name). */
export function listNetworks(engine: Engine, filters: Filters): NetworkRecord[] {
  const f = newFilter(engine, filters, LIST_FILTERS);
  return allNetworks(engine).filter((n) => f.matches(engine, n));
}

/** NetworksPrune: removes the unused custom networks; their names, in name order. */
export function pruneNetworks(engine: Engine, filters: Filters): string[] {
  const f = newFilter(engine, filters, PRUNE_FILTERS);
  f.dangling = true;
  const gone = allNetworks(engine)
    .filter((n) => f.matches(engine, n))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of gone) delete engine.state.networks[n.id];
  if (gone.length) engine.emit('network prune');
  return gone.map((n) => n.name);
}
