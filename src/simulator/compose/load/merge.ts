// Merging several compose files (-f a.yaml -f b.yaml) as compose-go's override package does:
// mappings merge key by key, sequences append, scalars are replaced; special rules for command,
// entrypoint and healthcheck.test (replaced), environment/labels/etc. (merged as KEY=VALUE lists),
// depends_on and networks (list or map, merged as maps), build (string or map); then
// EnforceUnicity drops earlier entries that a later one redefines (same port, mount target,
// variable...).
import { ComposeError } from '../errors.ts';
import { parseVolumeSpec } from './volume-spec.ts';
import { goSprint, isDict, pathMatches, type Dict } from './tree.ts';

type Merger = (base: unknown, over: unknown, path: string[]) => unknown;

const override: Merger = (_b, o) => o;
const toSequence: Merger = (b, o) => [...convertIntoSequence(b), ...convertIntoSequence(o)];
const DEPENDS_DEFAULT = { condition: 'service_started', required: true };

const MERGERS: Array<[string, Merger]> = [
  ['networks.*.labels', toSequence], ['volumes.*.labels', toSequence], ['services.*.annotations', toSequence],
  ['services.*.build', (b, o, p) => mergeMappings(toBuild(b), toBuild(o), p)],
  ['services.*.build.args', toSequence], ['services.*.build.additional_contexts', toSequence],
  ['services.*.build.extra_hosts', mergeExtraHosts], ['services.*.build.labels', toSequence],
  ['services.*.command', override],
  ['services.*.depends_on', (b, o, p) => mergeMappings(toMapping(b, DEPENDS_DEFAULT), toMapping(o, DEPENDS_DEFAULT), p)],
  ['services.*.deploy.labels', toSequence], ['services.*.dns', toSequence], ['services.*.dns_opt', toSequence],
  ['services.*.dns_search', toSequence], ['services.*.entrypoint', override], ['services.*.env_file', toSequence],
  ['services.*.label_file', toSequence], ['services.*.environment', toSequence], ['services.*.extra_hosts', mergeExtraHosts],
  ['services.*.healthcheck.test', override], ['services.*.labels', toSequence],
  ['services.*.volumes.*.volume.labels', toSequence], ['services.*.logging', mergeLogging],
  ['services.*.networks', (b, o, p) => mergeMappings(toMapping(b, null), toMapping(o, null), p)],
  ['services.*.models', (b, o, p) => mergeMappings(toMapping(b, null), toMapping(o, null), p)],
  ['services.*.sysctls', toSequence], ['services.*.tmpfs', toSequence], ['services.*.ulimits.*', (_b, o) => o],
];

/** override.Merge: `over` (a later file, raw) merged into `base` (the files so far). */
export function mergeDicts(base: Dict, over: Dict): Dict {
  return mergeYaml(base, over, []) as Dict;
}

function mergeYaml(e: unknown, o: unknown, path: string[]): unknown {
  const special = MERGERS.find(([pattern]) => pathMatches(path, pattern));
  if (special) return special[1](e, o, path);
  if (o === null || o === undefined) return e;
  if (isDict(e)) {
    if (!isDict(o)) throw new ComposeError('other', `cannot override ${path.join('.')}`);
    return mergeMappings(e, o, path);
  }
  if (Array.isArray(e)) {
    if (!Array.isArray(o)) throw new ComposeError('other', `cannot override ${path.join('.')}`);
    return [...e, ...o];
  }
  return o;
}

function mergeMappings(mapping: Dict, other: Dict, path: string[]): Dict {
  for (const [k, v] of Object.entries(other)) {
    mapping[k] = Object.hasOwn(mapping, k) ? mergeYaml(mapping[k], v, [...path, k]) : v;
  }
  return mapping;
}

function mergeLogging(c: unknown, o: unknown, path: string[]): unknown {
  const config = c as Dict;
  const other = o as Dict;
  if (config.driver === other.driver || !Object.hasOwn(other, 'driver') || !Object.hasOwn(config, 'driver')) {
    return mergeMappings(config, other, path);
  }
  return other;
}

function mergeExtraHosts(c: unknown, o: unknown): unknown {
  const right = convertIntoSequence(c);
  const left = convertIntoSequence(o).filter((v) => !right.includes(v));
  return [...right, ...left];
}

function toBuild(v: unknown): Dict {
  if (typeof v === 'string') return { context: v };
  return isDict(v) ? v : {};
}

function toMapping(v: unknown, defaults: Dict | null): Dict {
  if (isDict(v)) return v;
  const out: Dict = {};
  if (Array.isArray(v)) for (const s of v) out[String(s)] = defaults === null ? null : { ...defaults };
  return out;
}

/** convertIntoSequence: a mapping becomes sorted KEY=VALUE strings (KEY alone for null). */
function convertIntoSequence(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (!isDict(value)) return [];
  const seq: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) seq.push(k);
    else if (Array.isArray(v)) for (const e of v) seq.push(`${k}=${goSprint(e)}`);
    else seq.push(`${k}=${goSprint(v)}`);
  }
  return seq.sort();
}

type Indexer = (entry: unknown, path: string) => string;

const keyValue: Indexer = (v, p) => {
  if (typeof v !== 'string') throw new ComposeError('other', `${p}: unexpected type ${goTypeName(v)}`);
  const i = v.indexOf('=');
  return i >= 0 ? v.slice(0, i) : v;
};
const volumeIndex: Indexer = (v, p) => {
  if (isDict(v)) {
    if (typeof v.target !== 'string') throw new ComposeError('other', `service volume ${p} is missing a mount target`);
    return v.target;
  }
  return typeof v === 'string' ? parseVolumeSpec(v).target : '';
};
const deviceIndex: Indexer = (v, p) => {
  if (isDict(v)) {
    if (typeof v.target !== 'string') throw new ComposeError('other', `service device ${p} is missing a mount target`);
    return v.target;
  }
  if (typeof v !== 'string') return '';
  const parts = v.split(':');
  return parts.length === 1 ? parts[0] : parts[1];
};
const mountIndex = (defaultPath: string): Indexer => (v) => {
  if (typeof v === 'string') return `${defaultPath}/${v}`;
  if (isDict(v)) return typeof v.target === 'string' ? v.target : `${defaultPath}/${goSprint(v.source)}`;
  return '';
};
const portIndex: Indexer = (v, p) => {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (!isDict(v)) return '';
  if (!Object.hasOwn(v, 'target')) throw new ComposeError('other', `service ports ${p} is missing a target port`);
  const host = Object.hasOwn(v, 'host_ip') ? goSprint(v.host_ip) : '0.0.0.0';
  const published = Object.hasOwn(v, 'published') ? goSprint(v.published) : '%!s(<nil>)';
  const protocol = Object.hasOwn(v, 'protocol') ? goSprint(v.protocol) : 'tcp';
  return `${host}:${published}:${goSprint(v.target)}/${protocol}`;
};
const envFileIndex: Indexer = (v, p) => {
  if (typeof v === 'string') return v;
  if (isDict(v)) {
    if (!Object.hasOwn(v, 'path')) throw new ComposeError('other', `environment path attribute ${p} is missing`);
    return String(v.path);
  }
  return '';
};

const UNIQUE: Array<[string, Indexer]> = [
  ['networks.*.labels', keyValue], ['networks.*.ipam.options', keyValue], ['services.*.annotations', keyValue],
  ['services.*.build.args', keyValue], ['services.*.build.additional_contexts', keyValue],
  ['services.*.build.platform', keyValue], ['services.*.build.tags', keyValue], ['services.*.build.labels', keyValue],
  ['services.*.cap_add', keyValue], ['services.*.cap_drop', keyValue], ['services.*.devices', deviceIndex],
  ['services.*.configs', mountIndex('')], ['services.*.deploy.labels', keyValue], ['services.*.dns', keyValue],
  ['services.*.dns_opt', keyValue], ['services.*.dns_search', keyValue], ['services.*.environment', keyValue],
  ['services.*.env_file', envFileIndex], ['services.*.expose', (v, p) => (typeof v === 'string' || typeof v === 'number' ? String(v) : keyValue(v, p))],
  ['services.*.labels', keyValue], ['services.*.links', keyValue], ['services.*.networks.*.aliases', keyValue],
  ['services.*.networks.*.link_local_ips', keyValue], ['services.*.ports', portIndex], ['services.*.profiles', keyValue],
  ['services.*.secrets', mountIndex('/run/secrets')], ['services.*.sysctls', keyValue], ['services.*.tmpfs', keyValue],
  ['services.*.volumes', volumeIndex],
];

/** override.EnforceUnicity: a later entry with the same key replaces the earlier one in place. */
export function enforceUnicity(value: unknown, path: string[] = []): unknown {
  if (isDict(value)) {
    for (const [k, v] of Object.entries(value)) value[k] = enforceUnicity(v, [...path, k]);
    return value;
  }
  if (!Array.isArray(value)) return value;
  const rule = UNIQUE.find(([pattern]) => pathMatches(path, pattern));
  if (!rule) return value;
  const seq: unknown[] = [];
  const keys = new Map<string, number>();
  value.forEach((entry, i) => {
    const key = rule[1](entry, [...path, `[${i}]`].join('.'));
    const at = keys.get(key);
    if (at !== undefined) seq[at] = entry;
    else {
      keys.set(key, seq.length);
      seq.push(entry);
    }
  });
  return seq;
}

/** Go's %T for the values a YAML tree holds. */
export function goTypeName(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}
