// The content-store view of an image, as the containerd image store holds a Docker Hub image:
// the index (whose digest is the image ID), the linux/amd64 manifest, its config and layers, and
// the BuildKit attestation manifest (SBOM + provenance blobs) that `docker pull` fetches with it
// since Engine 29. Descriptors that the catalog does not carry are derived from the image's id so
// that they are stable; the sizes feed `docker images`, `image inspect`, prune and pull progress.
import { sha256Digest } from '../util/sha256.ts';
import type { ImageRecord, LayerRef } from './state.ts';

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

export interface ImageContent {
  index: Descriptor;
  manifest: Descriptor;
  config: Descriptor;
  layers: Descriptor[];
  /** Uncompressed layer digests (RootFS.Layers), bottom first. */
  diffIds: string[];
  attestation?: { manifest: Descriptor; config: Descriptor; blobs: Descriptor[] };
}

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  inToto: 'application/vnd.in-toto+json',
} as const;

/** A stable number in [0, n) from a text (the derived blobs' sizes). */
function spread(text: string, n: number): number {
  return parseInt(sha256Digest(text).slice(7, 15), 16) % n;
}

/** The uncompressed digest of a layer blob; same blob, same diff ID (so shared chains match). */
export function diffId(layer: LayerRef): string {
  return sha256Digest(`diff:${layer.digest}`);
}

/** The config blob's size: the JSON Docker stores for the image. */
function configSize(image: ImageRecord): number {
  const json = JSON.stringify({
    architecture: 'amd64',
    config: image.config,
    created: image.created,
    history: image.history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: image.layers.map(diffId) },
  });
  return new TextEncoder().encode(json).length;
}

function attestation(image: ImageRecord): ImageContent['attestation'] {
  const id = image.id;
  const unpacked = image.layers.reduce((n, l) => n + l.unpacked, 0);
  const sbom = 2_400 + Math.round(unpacked / 400) + spread(`${id}:sbom`, 2_000);
  const provenance = 9_000 + spread(`${id}:provenance`, 12_000);
  return {
    manifest: { mediaType: MEDIA.manifest, digest: sha256Digest(`attestation:${id}`), size: 1_100 + spread(`${id}:att`, 180) },
    config: { mediaType: MEDIA.config, digest: sha256Digest(`attestation-config:${id}`), size: 167 },
    blobs: [
      { mediaType: MEDIA.inToto, digest: sha256Digest(`sbom:${id}`), size: sbom },
      { mediaType: MEDIA.inToto, digest: sha256Digest(`provenance:${id}`), size: provenance },
    ],
  };
}

/** Every blob of the image, derived from the record (pulled images carry attestations). */
export function imageContent(image: ImageRecord): ImageContent {
  const id = image.id;
  const content: ImageContent = {
    index: { mediaType: MEDIA.index, digest: id, size: 9_200 + spread(`${id}:index`, 1_400) },
    manifest: { mediaType: MEDIA.manifest, digest: sha256Digest(`platform-manifest:${id}`), size: 430 + 213 * image.layers.length },
    config: { mediaType: MEDIA.config, digest: sha256Digest(`config:${id}`), size: configSize(image) },
    layers: image.layers.map((l) => ({ mediaType: MEDIA.layer, digest: l.digest, size: l.size })),
    diffIds: image.layers.map(diffId),
  };
  if (image.source) content.attestation = attestation(image);
  return content;
}

function sum(descs: Descriptor[]): number {
  return descs.reduce((n, d) => n + d.size, 0);
}

/** Unpacked snapshot size of the image's layers. */
export function unpackedSize(image: ImageRecord): number {
  return image.layers.reduce((n, l) => n + l.unpacked, 0);
}

/** The platform manifest's present content: manifest, config and layers. */
export function platformContentSize(c: ImageContent): number {
  return c.manifest.size + c.config.size + sum(c.layers);
}

/** The attestation manifest's content (0 when the image has none). */
export function attestationContentSize(c: ImageContent): number {
  const a = c.attestation;
  return a ? a.manifest.size + a.config.size + sum(a.blobs) : 0;
}

/** `docker images` CONTENT SIZE: every present manifest's content (attestations included). */
export function contentSize(image: ImageRecord): number {
  const c = imageContent(image);
  return platformContentSize(c) + attestationContentSize(c);
}

/** `docker images` SIZE / DISK USAGE (image list's Size): content plus unpacked snapshots. */
export function diskUsage(image: ImageRecord): number {
  return contentSize(image) + unpackedSize(image);
}

/** `docker image inspect` .Size on Engine 29.7: index, platform manifest, config and layers. */
export function inspectSize(image: ImageRecord): number {
  const c = imageContent(image);
  return c.index.size + platformContentSize(c);
}
