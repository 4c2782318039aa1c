// GET /images/json on the containerd image store (daemon/containerd/image_list.go): filters
// apply per name, an image's RepoTags are its names that passed, its one RepoDigest comes from
// the last of them, Size is content plus unpacked snapshots, and the list is newest first.
import type { Engine } from './engine.ts';
import { contentSize, diskUsage } from './image-content.ts';
import { nameFilter, validateFilters, type FilterArgs } from './image-filters.ts';
import { allImages, containersUsing, repoOf, sortedNames } from './images.ts';
import type { ImageRecord } from './state.ts';

export const LIST_FILTERS = ['dangling', 'label', 'label!', 'before', 'since', 'reference', 'until'];

export interface ImageSummary {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  /** Unix seconds of the image config's `created`. */
  created: number;
  /** Content plus unpacked size (`docker images` SIZE, the tree's DISK USAGE). */
  size: number;
  /** The tree's CONTENT SIZE. */
  contentSize: number;
  containers: number;
  labels: Record<string, string>;
  image: ImageRecord;
}

export function createdSeconds(image: ImageRecord): number {
  return Math.floor(Date.parse(image.created) / 1000);
}

function summary(engine: Engine, image: ImageRecord, names: string[]): ImageSummary {
  const last = names[names.length - 1];
  return {
    id: image.id,
    repoTags: names,
    repoDigests: last === undefined ? [] : [last.includes('@') ? last : `${repoOf(last)}@${image.id}`],
    created: createdSeconds(image),
    size: diskUsage(image),
    contentSize: contentSize(image),
    containers: containersUsing(engine, image).length,
    labels: { ...(image.config.Labels ?? {}) },
    image,
  };
}

/** The images the daemon lists for these filters (dangling ones included, as the API does). */
export function listImages(engine: Engine, filters: FilterArgs): ImageSummary[] {
  validateFilters(filters, LIST_FILTERS);
  const keep = nameFilter(engine, filters);
  const out: ImageSummary[] = [];
  for (const image of allImages(engine)) {
    const names = image.repoTags.length ? sortedNames(image) : [''];
    const passed = names.filter((n) => keep(image, n));
    if (passed.length === 0) continue;
    out.push(summary(engine, image, passed.filter((n) => n !== '')));
  }
  const key = (s: ImageSummary) => s.repoTags[0] ?? '\uffff';
  return out.sort((a, b) => b.created - a.created || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
