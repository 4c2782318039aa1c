// `docker pull` on the daemon side, as daemon/containerd/image_pull.go reports it: "<tag>: Pulling
// from library/nginx", the layer progress (pull-timeline.ts; nothing at all when the image's
// content is all present), then "Digest:" and "Status:". Download time is simulated work: it
// advances the clock, not real time. A name that moves to a new image leaves the old one dangling.
import { DaemonError } from '../errors/daemon-error.ts';
import type { Engine } from './engine.ts';
import { hubLookup, hubTags, type HubImage } from './hub.ts';
import { imageContent } from './image-content.ts';
import { allImages, findImage, setTag } from './images.ts';
import { pullTimeline, type ProgressEvent, type TimelineBlob } from './pull-timeline.ts';
import { parseRef, type Ref } from './refs.ts';
import { pushedImageFor, pushedTagsFor } from './registries.ts';
import type { ImageRecord, LayerRef } from './state.ts';
import { logImageEvent } from './events.ts';

export type { ProgressEvent } from './pull-timeline.ts';

function pullAccessDenied(ref: Ref): DaemonError {
  return new DaemonError(
    'notFound',
    `pull access denied for ${ref.familiarName}, repository does not exist or may require 'docker login'`,
  );
}

/** Resolve a reference on the registry, or the daemon's pull error. */
export function resolveRemote(ref: Ref): HubImage {
  const found = hubLookup(ref.domain, ref.path, ref.tag, ref.digest);
  if (!('missing' in found)) return found;
  if (found.missing === 'repository') throw pullAccessDenied(ref);
  throw new DaemonError('notFound', `failed to resolve reference "${ref.full}": ${ref.full}: not found`);
}

function shortId(digest: string): string {
  return digest.slice(7, 19);
}

function hasPrefix(image: ImageRecord, chain: LayerRef[]): boolean {
  return chain.every((l, i) => image.layers[i]?.digest === l.digest);
}

/** The blobs a pull fetches: layers from the first chain no image has unpacked, then the rest. */
function blobsToFetch(engine: Engine, record: ImageRecord): { layers: TimelineBlob[]; others: TimelineBlob[] } {
  const images = allImages(engine);
  const blobs = new Set(images.flatMap((im) => im.layers.map((l) => l.digest)));
  // Since moby#53615 (Engine 29.8, Sept 2026) pulls fetch all layer content even when the
  // unpacked snapshot exists, so a shared base layer shows "Already exists" again.
  const layers = record.layers.map((l) => ({ id: shortId(l.digest), size: l.size, unpacked: l.unpacked, present: blobs.has(l.digest) }));
  const others = (imageContent(record).attestation?.blobs ?? []).map((b) => ({ id: shortId(b.digest), size: b.size, present: false }));
  return { layers, others };
}

function newRecord(engine: Engine, remote: HubImage): ImageRecord {
  return {
    id: remote.digest,
    repoTags: [],
    repoDigests: [],
    created: remote.image.created,
    layers: remote.image.layers.map((l) => ({ ...l })),
    config: structuredClone(remote.image.config),
    history: structuredClone(remote.image.history),
    source: { repo: remote.repo.name, tag: remote.image.tags[0] },
    addedAt: engine.now(),
  };
}

/** Pull one tag (or digest) and name the local image after it; progress goes to `emit`. */
export function pullImage(engine: Engine, ref: Ref, emit: (e: ProgressEvent) => void): ImageRecord {
  // What learners pushed (to the Hub, or a registry on the host) comes from engine/registries.ts.
  const pushed = pushedImageFor(engine, ref);
  const remote = pushed ? undefined : resolveRemote(ref);
  const digest = pushed?.id ?? (remote as HubImage).digest;
  const name = ref.familiarTagged;
  const old = findImage(engine, ref.full);
  emit({ id: ref.tag ?? ref.full, status: `Pulling from ${ref.path}` });
  let image = engine.state.images[digest];
  if (!image) {
    const record = pushed ?? newRecord(engine, remote as HubImage);
    const { layers, others } = blobsToFetch(engine, record);
    const { events, duration } = pullTimeline(layers, others);
    for (const e of events) emit(e.event);
    engine.advance(duration);
    record.addedAt = engine.now();
    engine.state.images[record.id] = record;
    image = record;
  }
  // containerd's Pull creates the name, or updates it (UpdatedAt: inspect's LastTagTime).
  if (!setTag(engine, image, name)) image.tagTimes = { ...image.tagTimes, [name]: engine.now() };
  emit({ status: `Digest: ${digest}` });
  const newer = old?.id !== digest;
  emit({ status: `Status: ${newer ? 'Downloaded newer image' : 'Image is up to date'} for ${name}` });
  logImageEvent(engine, name, ref.familiarName, 'pull');
  engine.emit('pull');
  return image;
}

/** `docker pull -a`: every tag of the repository, in the registry's (lexical) order. */
export function pullAllTags(engine: Engine, ref: Ref, emit: (e: ProgressEvent) => void): void {
  const tags = pushedTagsFor(engine, ref) ?? [...new Set(hubTags(ref.domain, ref.path).map((h) => h.tag))].sort();
  if (tags.length === 0) throw pullAccessDenied(ref);
  for (const tag of tags) {
    const tagged = parseRef(`${ref.familiarName}:${tag}`);
    if (tagged) pullImage(engine, tagged, emit);
  }
}
