// daemon/containerd resolveAllReferences: the image a reference or ID names, every name its
// target has ('' standing for the dangling name), and the exact name matched, if any. Used by
// image removal, which treats "rmi nginx" (a name) and "rmi 4f53e2564790" (an ID) differently.
import { DaemonError } from '../errors/daemon-error.ts';
import { familiarString, InvalidReference, parseAnyReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { allImages, noSuchImage, sortedNames, truncatedId } from './images.ts';
import type { ImageRecord } from './state.ts';

export interface Resolved {
  image: ImageRecord;
  /** All names of the image's target, in containerd's order; [''] for a dangling image. */
  names: string[];
  /** The name the reference matched exactly (familiar form). */
  name?: string;
}

function namesOf(image: ImageRecord): string[] {
  return image.repoTags.length ? sortedNames(image) : [''];
}

function parse(text: string) {
  try {
    return parseAnyReference(text);
  } catch (e) {
    if (e instanceof InvalidReference) throw new DaemonError('invalidParameter', e.message);
    throw e;
  }
}

function byTruncatedId(engine: Engine, hex: string, tagged: string, text: string): Resolved {
  const matches = allImages(engine).filter((im) => im.repoTags.includes(tagged) || im.id.slice(7).startsWith(hex));
  if (matches.length === 0) throw noSuchImage(text);
  if (matches.length > 1) throw new DaemonError('notFound', 'ambiguous reference');
  const image = matches[0];
  return { image, names: namesOf(image), name: image.repoTags.includes(tagged) ? tagged : undefined };
}

export function resolveAll(engine: Engine, text: string): Resolved {
  const p = parse(text);
  if ('id' in p) {
    const image = engine.state.images[p.id];
    if (!image) throw noSuchImage(text);
    return { image, names: namesOf(image) };
  }
  const name = familiarString(p.digest || p.tag !== undefined ? p : { ...p, tag: 'latest' });
  const hex = truncatedId(text);
  if (hex) return byTruncatedId(engine, hex, name, text);
  const named = allImages(engine).find((im) => im.repoTags.includes(name));
  if (named) return { image: named, names: namesOf(named), name };
  const image = p.digest ? engine.state.images[p.digest] : undefined;
  if (!image) throw noSuchImage(text);
  return { image, names: namesOf(image) };
}
