// The simulated Docker Hub (and other public registries' images in the catalog): finds the
// catalog image a reference names and gives it a stable manifest digest.
import { sha256Digest } from '../util/sha256.ts';
import { findRepo } from './catalog/index.ts';
import type { CatalogImage, CatalogRepo } from './catalog/types.ts';

export interface HubImage {
  repo: CatalogRepo;
  image: CatalogImage;
  /** The tag asked for (or the canonical tag when pulled by digest). */
  tag: string;
  /** Manifest digest, `sha256:...`: the image's id and RepoDigest under the containerd store. */
  digest: string;
}

export type HubLookup = HubImage | { missing: 'repository' | 'tag' };

const digests = new WeakMap<CatalogImage, string>();

export function manifestDigest(repo: CatalogRepo, image: CatalogImage): string {
  let d = digests.get(image);
  if (!d) {
    d = sha256Digest(`manifest:${repo.name}:${image.tags[0]}:${image.layers.map((l) => l.digest).join(',')}`);
    digests.set(image, d);
  }
  return d;
}

/** The catalog's name for a reference path: 'library/nginx' -> 'nginx'; other registries keep their domain. */
export function catalogName(domain: string, path: string): string {
  if (domain === 'docker.io') return path.startsWith('library/') ? path.slice('library/'.length) : path;
  return `${domain}/${path}`;
}

export function hubLookup(domain: string, path: string, tag?: string, digest?: string): HubLookup {
  const repo = findRepo(catalogName(domain, path));
  if (!repo) return { missing: 'repository' };
  if (digest) {
    const image = repo.images.find((im) => manifestDigest(repo, im) === digest);
    return image ? { repo, image, tag: image.tags[0], digest } : { missing: 'tag' };
  }
  const want = tag ?? 'latest';
  const image = repo.images.find((im) => im.tags.includes(want));
  return image ? { repo, image, tag: want, digest: manifestDigest(repo, image) } : { missing: 'tag' };
}

/** Every tag of a repository, for `docker pull -a`. */
export function hubTags(domain: string, path: string): HubImage[] {
  const repo = findRepo(catalogName(domain, path));
  if (!repo) return [];
  return repo.images.flatMap((image) =>
    image.tags.map((tag) => ({ repo, image, tag, digest: manifestDigest(repo, image) })),
  );
}
