// `docker save` and `docker load` on the daemon with the containerd image store
// (daemon/containerd/image_exporter.go). Save: a name without tag exports every tag of that
// repository, a name:tag that image under that name, an ID (or ID prefix) the image without a
// name; nothing found is "No such image". Load: each image comes back under its names (a name
// another image had moves, leaving that one dangling), an unnamed one as a dangling image.
// The archive is the images' records and the files of the layers made on this daemon.
import { parseAnyReference, parseReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { allImages, noSuchImage, repoOf, resolveImage, setTag, sortedNames, syncRepoDigests } from './images.ts';
import type { ImageRecord } from './state.ts';
import type { LayerEntry } from '../fs/types.ts';
import { logImageEvent } from './events.ts';

/** One image in an archive: its record without local bookkeeping, and the names it was saved under. */
export interface ArchivedImage {
  record: Omit<ImageRecord, 'addedAt' | 'tagTimes' | 'repoTags' | 'repoDigests'>;
  names: string[];
  layerData: Record<string, Record<string, LayerEntry>>;
}

export interface ImageArchive {
  images: ArchivedImage[];
}

/** A repository name alone (no tag, no digest, not an ID): save exports all its tags. */
function nameOnly(text: string): string | undefined {
  try {
    const p = parseAnyReference(text);
    return 'id' in p || p.tag !== undefined || p.digest ? undefined : p.familiar;
  } catch {
    return undefined;
  }
}

function isIdReference(text: string, image: ImageRecord): boolean {
  const hex = text.startsWith('sha256:') ? text.slice(7) : text;
  return /^[a-f0-9]{1,64}$/.test(hex) && image.id.slice(7).startsWith(hex);
}

function entry(engine: Engine, image: ImageRecord): ArchivedImage {
  const { addedAt: _a, tagTimes: _t, repoTags: _r, repoDigests: _d, ...record } = structuredClone(image);
  const layerData: ArchivedImage['layerData'] = {};
  for (const l of image.layers) {
    const files = engine.state.layerData?.[l.digest];
    if (files) layerData[l.digest] = structuredClone(files);
  }
  return { record, names: [], layerData };
}

/** ExportImage: the archive for `names`, in the order they were asked for. */
export function saveImages(engine: Engine, names: string[]): ImageArchive {
  const out: ArchivedImage[] = [];
  const add = (image: ImageRecord, name?: string) => {
    let e = out.find((x) => x.record.id === image.id);
    if (!e) out.push((e = entry(engine, image)));
    if (name && !e.names.includes(name)) e.names.push(name);
  };
  for (const text of names) {
    let image: ImageRecord | undefined;
    try {
      image = resolveImage(engine, text);
    } catch {
      image = undefined;
    }
    const repo = nameOnly(text);
    if (repo !== undefined && !(image && isIdReference(text, image))) {
      const tagged = allImages(engine).flatMap((im) => sortedNames(im).filter((n) => !n.includes('@') && repoOf(n) === repo).map((n) => [im, n] as const));
      if (tagged.length === 0) throw noSuchImage(text);
      tagged.sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).forEach(([im, n]) => add(im, n));
      continue;
    }
    if (!image) throw noSuchImage(text);
    add(image, isIdReference(text, image) ? undefined : familiarTagged(text));
  }
  for (const im of out) for (let i = 0; i < Math.max(1, im.names.length); i++) logImageEvent(engine, im.record.id, im.record.id, 'save');
  return { images: out };
}

function familiarTagged(text: string): string {
  const p = parseReference(text);
  return p.digest ? `${p.familiar}@${p.digest}` : `${p.familiar}:${p.tag ?? 'latest'}`;
}

/** Bytes of the archive: every blob (compressed layers, config, manifests) and its tar header. */
export function archiveSize(archive: ImageArchive): number {
  const block = (n: number) => 512 + Math.ceil(n / 512) * 512;
  let size = 1024 + 5 * 512 + block(30) + block(400 * archive.images.length) + block(350 * archive.images.length);
  for (const im of archive.images) {
    size += block(1500 + 100 * im.record.history.length) + block(400 + 100 * im.record.layers.length);
    for (const l of im.record.layers) size += block(l.size);
  }
  return size;
}

/** LoadImage: bring each image back; the lines it reports ("Loaded image: nginx:latest"). */
export function loadImages(engine: Engine, archive: ImageArchive): string[] {
  const lines: string[] = [];
  for (const im of archive.images) {
    let image = engine.state.images[im.record.id];
    if (!image) {
      const now = engine.now();
      image = { ...structuredClone(im.record), repoTags: [], repoDigests: [], addedAt: now, tagTimes: { '': now } };
      engine.state.images[image.id] = image;
      for (const [digest, files] of Object.entries(im.layerData)) {
        (engine.state.layerData ??= {})[digest] ??= structuredClone(files);
      }
      syncRepoDigests(image);
    }
    for (const name of im.names) {
      setTag(engine, image, name);
      lines.push(`Loaded image: ${name}`);
      logImageEvent(engine, image.id, image.id, 'load');
    }
    if (im.names.length === 0) {
      lines.push(`Loaded image ID: ${image.id}`);
      logImageEvent(engine, image.id, image.id, 'load');
    }
  }
  engine.emit('image load');
  return lines;
}
