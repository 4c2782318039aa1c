// GET /containers/{id}/changes (`docker diff`): what the container's writable layer changed
// against its image, as the snapshotter's diff reports it (fs/diff.ts): A, C and D lines.
import { diffUpper, type DiffLine } from '../../fs/diff.ts';
import type { Engine } from '../engine.ts';
import { containerFs } from './container-fs.ts';
import { getContainer } from './lookup.ts';

export function containerChanges(engine: Engine, ref: string): DiffLine[] {
  const c = getContainer(engine, ref);
  return diffUpper(containerFs(engine, c).union);
}
