// POST /networks/prune and /volumes/prune for `docker system prune`, over what the world holds
// today: custom networks no container uses (the predefined bridge, host and none stay), and
// anonymous volumes (all unused ones with all=true) that no container mounts; both delegate to
// their owners (engine/network/, engine/volume-query.ts).
import type { Engine } from './engine.ts';
import { pruneNetworks as pruneNetworkStore } from './network/network-list.ts';
import { pruneVolumes as pruneVolumeStore, type VolumePruneReport } from './volume-query.ts';

/** NetworksPrune (engine/network/network-list.ts): the unused custom networks' names, in name order. */
export function pruneNetworks(engine: Engine, filters: Record<string, string[]>): string[] {
  return pruneNetworkStore(engine, filters);
}

/** VolumesPrune for `docker system prune --volumes` (engine/volume-query.ts; `all` adds all=true). */
export function pruneVolumes(engine: Engine, filters: Record<string, string[]>, all: boolean): VolumePruneReport {
  return pruneVolumeStore(engine, all ? { ...filters, all: ['true'] } : filters);
}
