// removeMountPoints (moby daemon/mounts.go): when a container goes, it drops its references to
// its volumes; with `docker rm -v`, `--rm` or a failed create it also removes its anonymous
// volumes: those mounted without a name (an image VOLUME, `-v /path`, `--mount type=volume`
// without a source), never one named on the command line, and not one another container uses.
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { purgeVolume, volumeRefs } from '../volumes.ts';

/** Release `c`'s volumes; with `removeAnonymous`, remove the anonymous ones no one else uses. */
export function releaseMounts(engine: Engine, c: ContainerRecord, removeAnonymous: boolean): void {
  if (!removeAnonymous) return;
  for (const m of c.mounts ?? []) {
    if (m.Type !== 'volume' || !m.Name || !m.Anonymous) continue;
    if (!engine.state.volumes[m.Name]) continue;
    if (volumeRefs(engine, m.Name).some((id) => id !== c.id)) continue;
    purgeVolume(engine, m.Name);
  }
}
