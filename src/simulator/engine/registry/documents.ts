// What a push sends for a local image, as OCI documents: the image config (compact JSON), the
// linux/amd64 manifest and, for an image whose content is all here (built, committed, pulled back
// from a push), the index that is its ID. An image pulled from the Hub has only the amd64 part of
// its multi-platform index, so the daemon pushes that manifest instead (moby's
// ManifestPushedInsteadOfIndex). Digests are image-content.ts's, so the digest a push prints is the
// ID or manifest `docker image inspect` and `docker images --tree` show; sizes are the documents'.
import { imageContent, MEDIA } from '../image-content.ts';
import type { ImageRecord } from '../state.ts';
import type { PushedImage } from './types.ts';

export interface Doc {
  digest: string;
  mediaType: string;
  body: string;
}

export interface PushDocs {
  config: Doc;
  manifest: Doc;
  /** The index, when the whole image is here and is pushed as it is. */
  index?: Doc;
  /** The index the image stands for locally, when only its manifest can be pushed. */
  strippedIndex?: string;
  layers: { digest: string; size: number; unpacked: number }[];
}

const bytes = (s: string) => new TextEncoder().encode(s).length;

function configBody(image: ImageRecord, diffIds: string[]): string {
  const doc: Record<string, unknown> = { architecture: 'amd64' };
  if (image.author) doc.author = image.author;
  if (image.comment) doc.comment = image.comment;
  doc.config = image.config;
  doc.created = image.created;
  doc.history = image.history;
  doc.os = 'linux';
  doc.rootfs = { type: 'layers', diff_ids: diffIds };
  return JSON.stringify(doc);
}

function manifestBody(config: Doc, layers: PushDocs['layers']): string {
  const doc = {
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: config.digest, size: bytes(config.body) },
    layers: layers.map((l) => ({ mediaType: MEDIA.layer, digest: l.digest, size: l.size })),
  };
  return JSON.stringify(doc, null, 2);
}

function indexBody(manifest: Doc): string {
  const entry = { mediaType: MEDIA.manifest, digest: manifest.digest, size: bytes(manifest.body), platform: { architecture: 'amd64', os: 'linux' } };
  return JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.index, manifests: [entry] }, null, 2);
}

export function pushDocuments(image: ImageRecord): PushDocs {
  const c = imageContent(image);
  const layers = image.layers.map((l) => ({ digest: l.digest, size: l.size, unpacked: l.unpacked }));
  const config: Doc = { digest: c.config.digest, mediaType: MEDIA.config, body: configBody(image, c.diffIds) };
  const manifest: Doc = { digest: c.manifest.digest, mediaType: MEDIA.manifest, body: manifestBody(config, layers) };
  if (image.source) return { config, manifest, strippedIndex: image.id, layers };
  return { config, manifest, index: { digest: image.id, mediaType: MEDIA.index, body: indexBody(manifest) }, layers };
}

/** The document pushed under the tag: the index, or the manifest in its place. */
export function pushTarget(docs: PushDocs): Doc {
  return docs.index ?? docs.manifest;
}

export function docSize(doc: Doc): number {
  return bytes(doc.body);
}

/** What the registry keeps of the push, enough to make the image again on pull. */
export function pushedImage(image: ImageRecord, docs: PushDocs): PushedImage {
  const target = pushTarget(docs);
  const p: PushedImage = {
    digest: target.digest,
    mediaType: target.mediaType,
    size: docSize(target),
    created: image.created,
    layers: docs.layers,
    config: structuredClone(image.config),
    history: structuredClone(image.history),
  };
  const origin = image.source ?? image.from;
  if (origin) p.from = { ...origin };
  if (image.comment) p.comment = image.comment;
  if (image.author) p.author = image.author;
  return p;
}
