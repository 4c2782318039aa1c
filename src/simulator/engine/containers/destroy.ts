// Taking a container out of the daemon for good: `docker rm`, `container prune` and the
// auto-removal of `--rm` containers when they exit all end here.
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';

/**
 * Forget the container (its writable layer goes with it). `removeVolumes` stands for rm's -v
 * and --rm, which also remove the container's anonymous volumes once volumes are modelled.
 */
export function destroyContainer(engine: Engine, c: ContainerRecord, removeVolumes = false): void {
  void removeVolumes;
  if (!engine.state.containers[c.id]) return;
  c.state.status = 'dead';
  delete engine.state.containers[c.id];
  engine.emit('container destroy');
}
