// POST /networks/prune and /volumes/prune for `docker system prune`, over what the world holds
// today: custom networks no container uses (the predefined bridge, host and none stay), and
// anonymous volumes (all unused ones with all=true) that no container mounts. The network and
// volume issues own these objects; they should replace the usage checks here with theirs.
import { DaemonError } from '../errors/daemon-error.ts';
import type { Engine } from './engine.ts';

const PREDEFINED = new Set(['bridge', 'host', 'none']);

function matchesLabels(labels: Record<string, string>, filters: Record<string, string[]>): boolean {
  const has = (v: string) => {
    const i = v.indexOf('=');
    const key = i === -1 ? v : v.slice(0, i);
    return key in labels && (i === -1 || labels[key] === v.slice(i + 1));
  };
  return (filters.label ?? []).every(has) && !(filters['label!'] ?? []).some(has);
}

function checkFilters(filters: Record<string, string[]>, accepted: string[]): void {
  const bad = Object.keys(filters).find((k) => !accepted.includes(k));
  if (bad !== undefined) throw new DaemonError('invalidParameter', `invalid filter '${bad}'`);
}

/** NetworksPrune: the names of the networks removed, in name order. */
export function pruneNetworks(engine: Engine, filters: Record<string, string[]>): string[] {
  checkFilters(filters, ['label', 'label!', 'until']);
  const used = new Set(Object.values(engine.state.containers).map((c) => c.hostConfig.NetworkMode));
  const gone = Object.values(engine.state.networks)
    .filter((n) => !PREDEFINED.has(n.name) && !used.has(n.name) && !used.has(n.id) && matchesLabels(n.labels, filters))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const n of gone) delete engine.state.networks[n.id];
  if (gone.length) engine.emit('network prune');
  return gone.map((n) => n.name);
}

/** VolumesPrune: the names of the volumes removed; volumes hold no data yet, so nothing is reclaimed. */
export function pruneVolumes(engine: Engine, filters: Record<string, string[]>, all: boolean): { deleted: string[]; reclaimed: number } {
  checkFilters(filters, ['label', 'label!', 'all']);
  const mounted = new Set(
    Object.values(engine.state.containers).flatMap((c) => (c.hostConfig.Binds ?? []).map((b) => b.split(':')[0])),
  );
  const gone = Object.values(engine.state.volumes)
    .filter((v) => (all || v.anonymous) && !mounted.has(v.name) && matchesLabels(v.labels, filters))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const v of gone) delete engine.state.volumes[v.name];
  if (gone.length) engine.emit('volume prune');
  return { deleted: gone.map((v) => v.name), reclaimed: 0 };
}
