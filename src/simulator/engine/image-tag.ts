// `docker tag` on the daemon (router postImagesTag + daemon/containerd/image_tag.go): find the
// source image, refuse a repository named after the digest algorithm, and create or replace the
// name; an image that loses its last name to the new tag is kept as a dangling image.
import { DaemonError } from '../errors/daemon-error.ts';
import type { ParsedReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { resolveImage, setTag } from './images.ts';
import type { ImageRecord } from './state.ts';
import { logImageEvent } from './events.ts';

/** Tag `source` (reference or ID) as `target` (already parsed and tagged by the client). */
export function tagImage(engine: Engine, source: string, target: ParsedReference & { tag: string }): ImageRecord {
  if (target.familiar === 'sha256') {
    throw new DaemonError('invalidParameter', 'refusing to create an ambiguous tag using digest algorithm as name');
  }
  const image = resolveImage(engine, source);
  if (setTag(engine, image, `${target.familiar}:${target.tag}`)) engine.emit('image-tag');
  logImageEvent(engine, image.id, `${target.familiar}:${target.tag}`, 'tag');
  return image;
}
