// Taking a container out of the daemon for good: `docker rm`, `container prune` and the
// auto-removal of `--rm` containers when they exit all end here.
import type { Engine } from '../engine.ts';
import { releaseMounts } from '../mounts/release.ts';
import type { ContainerRecord } from '../state.ts';
import { logContainerEvent } from '../events.ts';

/**
 * Forget the container (its writable layer goes with it) and its volume references.
 * `removeVolumes` stands for rm's -v and --rm: its anonymous volumes go too.
 */
export function destroyContainer(engine: Engine, c: ContainerRecord, removeVolumes = false): void {
  if (!engine.state.containers[c.id]) return;
  c.state.status = 'dead';
  delete engine.state.containers[c.id];
  releaseMounts(engine, c, removeVolumes);
  logContainerEvent(engine, c, 'destroy');
  engine.emit('container destroy');
}
