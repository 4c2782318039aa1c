// POST /images/prune on the containerd store (daemon/containerd/image_prune.go): candidates are
// dangling images (or, with dangling=false, every name), minus those a container refers to by
// name and the last name of an image a container uses; each pruned name is "untagged" (a
// dangling one by its digest) and, once its image has no name left, the image's index and
// manifests are "deleted" and the blobs and snapshots no other image uses are reclaimed.
import { parseReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { diffId, imageContent } from './image-content.ts';
import { boolFilter, nameFilter, validateFilters, type FilterArgs } from './image-filters.ts';
import { allImages, fullName, sortedNames } from './images.ts';
import type { ImageRecord } from './state.ts';

export const PRUNE_FILTERS = ['dangling', 'label', 'label!', 'until'];

export type PruneRecord = { untagged: string } | { deleted: string };

interface Candidate {
  image: ImageRecord;
  name: string;
  key: string;
}

function keyOf(image: ImageRecord, name: string): string {
  return name === '' ? `moby-dangling@${image.id}` : fullName(name);
}

/** filterImagesUsedByContainers: drop names containers were created from; the used digests. */
function spareUsed(engine: Engine, candidates: Map<string, Candidate>): Set<string> {
  const used = new Set<string>();
  for (const c of Object.values(engine.state.containers)) {
    candidates.delete(`moby-dangling@${c.image}`);
    const ref = c.imageRef;
    const normalized = `sha256:${ref.replace(/^sha256:/, '')}`;
    if (c.image.startsWith(normalized) || ref.endsWith(`@${c.image}`)) used.add(c.image);
    try {
      const p = parseReference(ref);
      const tag = p.digest && p.tag === undefined ? '' : `:${p.tag ?? 'latest'}`;
      candidates.delete(`${p.full}${tag}${p.digest ? `@${p.digest}` : ''}`);
      if (p.digest && p.tag !== undefined) candidates.delete(`${p.full}:${p.tag}`);
    } catch {
      // an ID, not a name
    }
  }
  return used;
}

function chainKey(image: ImageRecord, n: number): string {
  return image.layers.slice(0, n).map(diffId).join(',');
}

/** The bytes garbage collection frees once `gone` has no name left. */
function reclaimed(gone: ImageRecord, remaining: ImageRecord[]): number {
  const c = imageContent(gone);
  const keptBlobs = new Set(remaining.flatMap((im) => im.layers.map((l) => l.digest)));
  const keptChains = new Set(remaining.flatMap((im) => im.layers.map((_, i) => chainKey(im, i + 1))));
  let bytes = c.index.size + c.manifest.size + c.config.size;
  if (c.attestation) bytes += c.attestation.manifest.size + c.attestation.config.size + c.attestation.blobs.reduce((n, b) => n + b.size, 0);
  gone.layers.forEach((l, i) => {
    if (!keptBlobs.has(l.digest)) bytes += l.size;
    if (!keptChains.has(chainKey(gone, i + 1))) bytes += l.unpacked;
  });
  return bytes;
}

function removeName(engine: Engine, cand: Candidate, out: PruneRecord[]): number {
  const { image, name } = cand;
  out.push({ untagged: name === '' ? image.id : name });
  image.repoTags = image.repoTags.filter((t) => t !== name);
  if (image.tagTimes) delete image.tagTimes[name];
  if (name !== '' && image.repoTags.length > 0) return 0;
  delete engine.state.images[image.id];
  const c = imageContent(image);
  out.push({ deleted: c.index.digest }, { deleted: c.manifest.digest });
  if (c.attestation) out.push({ deleted: c.attestation.manifest.digest });
  return reclaimed(image, allImages(engine));
}

export function pruneImages(engine: Engine, filters: FilterArgs): { records: PruneRecord[]; reclaimed: number } {
  validateFilters(filters, PRUNE_FILTERS);
  const danglingOnly = boolFilter(filters, 'dangling', true);
  const rest = new Map(filters);
  rest.delete('dangling');
  const keep = nameFilter(engine, rest);
  const refCount = new Map<string, number>();
  const candidates = new Map<string, Candidate>();
  for (const image of allImages(engine)) {
    const names = image.repoTags.length ? sortedNames(image) : [''];
    refCount.set(image.id, names.length);
    for (const name of names) {
      if ((!danglingOnly || name === '') && keep(image, name)) candidates.set(keyOf(image, name), { image, name, key: keyOf(image, name) });
    }
  }
  const used = spareUsed(engine, candidates);
  const sorted = [...candidates.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const cand of sorted) {
    const n = refCount.get(cand.image.id) ?? 0;
    if (n > 1) refCount.set(cand.image.id, n - 1);
    else if (used.has(cand.image.id)) candidates.delete(cand.key);
  }
  const records: PruneRecord[] = [];
  let bytes = 0;
  for (const cand of sorted) if (candidates.has(cand.key)) bytes += removeName(engine, cand, records);
  if (records.length) engine.emit('image-prune');
  return { records, reclaimed: bytes };
}
