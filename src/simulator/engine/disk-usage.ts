// GET /system/df as moby's daemon/disk_usage.go computes it with the containerd image store:
// images count once per image; their total is every distinct snapshot (layer chain) and content
// blob on disk; an image without containers frees its size minus what it shares with others.
// Containers free their writable layers when stopped; unused volumes free their files.
import type { Engine } from './engine.ts';
import { diffId, imageContent, type Descriptor } from './image-content.ts';
import { listImages, type ImageSummary } from './image-list.ts';
import type { ContainerRecord, ImageRecord, VolumeRecord } from './state.ts';
import { volumeRefs, volumeSize } from './volumes.ts';
import { buildCacheUsage, type CacheRecordUsage } from './build-cache.ts';

export interface UsageTotals {
  totalCount: number;
  activeCount: number;
  totalSize: number;
  reclaimable: number;
}

export interface ImageUsage extends ImageSummary {
  sharedSize: number;
}

export interface VolumeUsage {
  volume: VolumeRecord;
  refCount: number;
  size: number;
}

export interface DiskUsage {
  images: UsageTotals & { items: ImageUsage[] };
  containers: UsageTotals & { items: ContainerRecord[] };
  volumes: UsageTotals & { items: VolumeUsage[] };
  buildCache: UsageTotals;
}

/** Each layer's chain ID (its snapshot) with the snapshot's size. */
function chains(image: ImageRecord): { id: string; size: number }[] {
  const ids = image.layers.map(diffId);
  return image.layers.map((l, i) => ({ id: ids.slice(0, i + 1).join(','), size: l.unpacked }));
}

/** Every present blob walkPresentChildren visits from the image's index. */
function blobs(image: ImageRecord): Descriptor[] {
  const c = imageContent(image);
  const att = c.attestation ? [c.attestation.manifest, c.attestation.config, ...c.attestation.blobs] : [];
  return [c.index, c.manifest, c.config, ...c.layers, ...att];
}

function countBy<T>(lists: T[][], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const k of new Set(list.map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function imageUsage(engine: Engine): DiskUsage['images'] {
  const list = listImages(engine, new Map());
  const chainLists = list.map((s) => chains(s.image));
  // computeSharedSize counts the manifests' content (not the index) against other images.
  const blobLists = list.map((s) => blobs(s.image).slice(1));
  const chainCount = countBy(chainLists, (c) => c.id);
  const blobCount = countBy(blobLists, (b) => b.digest);
  const seenChains = new Map<string, number>();
  const seenBlobs = new Map<string, number>();
  const items = list.map((s, i) => {
    for (const c of chainLists[i]) seenChains.set(c.id, c.size);
    for (const b of blobs(s.image)) seenBlobs.set(b.digest, b.size);
    const sharedChains = chainLists[i].filter((c) => (chainCount.get(c.id) ?? 0) > 1);
    const sharedBlobs = [...new Map(blobLists[i].map((b) => [b.digest, b])).values()].filter((b) => (blobCount.get(b.digest) ?? 0) > 1);
    const sharedSize = [...sharedChains, ...sharedBlobs].reduce((n, x) => n + x.size, 0);
    return { ...s, sharedSize };
  });
  const sum = (m: Map<string, number>) => [...m.values()].reduce((n, v) => n + v, 0);
  return {
    totalCount: items.length,
    activeCount: items.filter((s) => s.containers > 0).length,
    totalSize: sum(seenChains) + sum(seenBlobs),
    reclaimable: items.filter((s) => s.containers === 0).reduce((n, s) => n + s.size - s.sharedSize, 0),
    items,
  };
}

function containerUsage(engine: Engine): DiskUsage['containers'] {
  const items = Object.values(engine.state.containers);
  const active = items.filter((c) => ['running', 'paused', 'restarting'].includes(c.state.status));
  const totalSize = items.reduce((n, c) => n + c.sizeRw, 0);
  return {
    totalCount: items.length,
    activeCount: active.length,
    totalSize,
    reclaimable: totalSize - active.reduce((n, c) => n + c.sizeRw, 0),
    items,
  };
}

function volumeUsage(engine: Engine): DiskUsage['volumes'] {
  // LocalVolumesSize: local volumes without driver options, with their size and references.
  const items = Object.values(engine.state.volumes)
    .filter((v) => v.driver === 'local' && !Object.keys(v.options ?? {}).length)
    .map((volume) => ({ volume, refCount: volumeRefs(engine, volume.name).length, size: volumeSize(engine, volume.name) }));
  const unused = items.filter((v) => v.refCount === 0);
  return {
    totalCount: items.length,
    activeCount: items.length - unused.length,
    totalSize: items.reduce((n, v) => n + v.size, 0),
    reclaimable: unused.reduce((n, v) => n + v.size, 0),
    items,
  };
}

/** No record is in use between builds: all of the cache is reclaimable. */
function cacheTotals(records: CacheRecordUsage[]): UsageTotals {
  const size = records.reduce((n, r) => n + r.size, 0);
  return { totalCount: records.length, activeCount: 0, totalSize: size, reclaimable: size };
}

export function diskUsage(engine: Engine): DiskUsage {
  return {
    images: imageUsage(engine),
    containers: containerUsage(engine),
    volumes: volumeUsage(engine),
    buildCache: cacheTotals(buildCacheUsage(engine)),
  };
}
