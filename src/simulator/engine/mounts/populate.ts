// populateVolume (moby daemon/create_unix.go, container.copyExistingContents): when a volume is
// mounted at create over a directory the image has, and the volume is still empty, the
// directory's contents (and its own owner, mode and time) are copied into the volume. A volume
// that already holds anything is left alone; a file or a missing path copies nothing.
import { MemoryStore } from '../../fs/memory-fs.ts';
import type { EntryStore } from '../../fs/types.ts';
import { join } from '../../fs/path.ts';
import type { Engine } from '../engine.ts';
import { volumeIsEmpty, volumeTree } from '../volumes.ts';

export interface ImageView {
  store: EntryStore;
  /** The path with symlinks resolved, or undefined when it does not exist. */
  realpath(path: string): string | undefined;
}

/** fs.CopyDir: entries as they are (symlinks not followed), directories recursively. */
function copyTree(src: EntryStore, from: string, dst: MemoryStore, to: string): void {
  for (const name of src.list(from)) {
    const entry = src.get(join(from, name));
    if (!entry) continue;
    dst.put(join(to, name), entry);
    if (entry.kind === 'dir') copyTree(src, join(from, name), dst, join(to, name));
  }
}

/** Copy the image's `destination` into volume `name` if the volume is empty; true if copied. */
export function populateVolume(engine: Engine, name: string, image: ImageView, destination: string): boolean {
  const real = image.realpath(destination);
  const root = real !== undefined ? image.store.get(real) : undefined;
  if (!root || root.kind !== 'dir' || real === undefined) return false;
  if (!volumeIsEmpty(engine, name)) return false;
  const dst = new MemoryStore(volumeTree(engine, name));
  copyTree(image.store, real, dst, '/');
  dst.put('/', root);
  return true;
}
