// What an image holds at a path, for the daemon's volume rules (fill a new volume from the
// image; refuse a VOLUME over a file): the image's layers through engine/image-fs.
import type { Engine } from '../engine.ts';
import { imageFs } from '../image-fs/image-layers.ts';
import type { ImageRecord } from '../state.ts';
import type { ImageView } from './populate.ts';

/** The image's files as an entry store to read, with symlink resolution. */
export function imageStore(engine: Engine, image: ImageRecord): ImageView {
  const fs = imageFs(engine, image);
  return {
    store: fs.store,
    realpath(path) {
      try {
        return fs.realpath(path);
      } catch {
        return undefined;
      }
    },
  };
}
