// GET /volumes, GET /volumes/{name} and POST /volumes/prune as moby's volume service answers
// them: the accepted filters (dangling, name, driver, label; prune: label, label!, all), the
// inspect document in the API's field order, and prune over unreferenced local volumes (only
// anonymous ones unless all=true; volumes with driver options are never pruned).
import { DaemonError } from '../errors/daemon-error.ts';
import { formatRFC3339Nano } from '../util/format/units.ts';
import type { Engine } from './engine.ts';
import type { VolumeRecord } from './state.ts';
import { ANONYMOUS_LABEL, getVolume, purgeVolume, volumeMountpoint, volumeRefs, volumeSize } from './volumes.ts';

export type VolumeFilters = Record<string, string[]>;

const LIST_FILTERS = ['dangling', 'name', 'driver', 'label'];
const PRUNE_FILTERS = ['label', 'label!', 'all'];

function invalidFilter(name: string, values?: string[]): DaemonError {
  return new DaemonError('invalidParameter', `invalid filter '${name}${values ? `=[${values.join(' ')}]` : ''}'`);
}

function validate(filters: VolumeFilters, accepted: string[]): void {
  const bad = Object.keys(filters).find((k) => !accepted.includes(k));
  if (bad !== undefined) throw invalidFilter(bad);
}

/** filters.Args.GetBoolOrDefault. */
function boolFilter(filters: VolumeFilters, name: string): boolean | undefined {
  const values = filters[name];
  if (values === undefined) return undefined;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw invalidFilter(name, values);
  return isTrue;
}

/** filters.Args.MatchKVList: every `key` or `key=value` is among the labels. */
function matchKV(values: string[] | undefined, labels: Record<string, string> | null): boolean {
  if (!values?.length) return true;
  const l = labels ?? {};
  if (Object.keys(l).length === 0) return false;
  return values.every((v) => {
    const i = v.indexOf('=');
    const key = i === -1 ? v : v.slice(0, i);
    return Object.hasOwn(l, key) && (i === -1 || l[key] === v.slice(i + 1));
  });
}

/** filters.Args.Match: an exact value, or any value as a regular expression found in `source`. */
function matchName(values: string[], source: string): boolean {
  if (values.includes(source)) return true;
  return values.some((p) => {
    try {
      return new RegExp(p).test(source);
    } catch {
      return false;
    }
  });
}

function labelsMatch(v: VolumeRecord, filters: VolumeFilters): boolean {
  return matchKV(filters.label, v.labels) && !(filters['label!']?.length && matchKV(filters['label!'], v.labels));
}

/** VolumesService.List (the CLI sorts the answer itself). */
export function listVolumes(engine: Engine, filters: VolumeFilters): VolumeRecord[] {
  validate(filters, LIST_FILTERS);
  const dangling = boolFilter(filters, 'dangling');
  return Object.values(engine.state.volumes).filter((v) => {
    if (filters.driver && !filters.driver.includes(v.driver)) return false;
    if (filters.name && !matchName(filters.name, v.name)) return false;
    if (!labelsMatch(v, filters)) return false;
    return dangling === undefined || (volumeRefs(engine, v.name).length === 0) === dangling;
  });
}

/** The API's volume.Volume for GET /volumes/{name} (Status is nil for the local driver). */
export function volumeJson(v: VolumeRecord): Record<string, unknown> {
  const created = formatRFC3339Nano(Math.floor(v.created / 1000) * 1000);
  const sorted = (m: Record<string, string> | null | undefined) =>
    m ? Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]])) : null;
  return {
    CreatedAt: created,
    Driver: v.driver,
    Labels: sorted(v.labels),
    Mountpoint: volumeMountpoint(v.name),
    Name: v.name,
    Options: sorted(v.options),
    Scope: 'local',
  };
}

/** GET /volumes/{name}. */
export function inspectVolume(engine: Engine, name: string): Record<string, unknown> {
  return volumeJson(getVolume(engine, name));
}

export interface VolumePruneReport {
  deleted: string[];
  reclaimed: number;
}

/** withPrune: without all=true only anonymous volumes are candidates. */
function pruneAll(filters: VolumeFilters): boolean {
  const all = filters.all ?? [];
  if (all.length > 1) throw new DaemonError('invalidParameter', `invalid filter 'all=[${all.join(' ')}]': only one value is expected`);
  if (all.length === 0) return false;
  const v = all[0];
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  throw new DaemonError('invalidParameter', `invalid filter 'all': strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`);
}

/** VolumesService.Prune: unreferenced local volumes without options, in name order. */
export function pruneVolumes(engine: Engine, filters: VolumeFilters): VolumePruneReport {
  const all = pruneAll(filters);
  validate(filters, PRUNE_FILTERS);
  const candidates = Object.values(engine.state.volumes)
    .filter((v) => v.driver === 'local' && !Object.keys(v.options ?? {}).length && volumeRefs(engine, v.name).length === 0)
    .filter((v) => labelsMatch(v, filters) && (all || Object.hasOwn(v.labels ?? {}, ANONYMOUS_LABEL)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const report: VolumePruneReport = { deleted: [], reclaimed: 0 };
  for (const v of candidates) {
    report.reclaimed += volumeSize(engine, v.name);
    report.deleted.push(v.name);
    purgeVolume(engine, v.name);
  }
  return report;
}
