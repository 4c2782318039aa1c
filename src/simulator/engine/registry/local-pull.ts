// A pull from a registry on the host, as containerd's resolver and fetcher make it: HEAD the tag
// for its digest, GET the manifest (an index: then the linux/amd64 manifest), the config, and the
// layers the daemon does not have yet (their content is the line storage.ts describes, giving the
// unpacked size). The catalog image whose layers the image starts with gives its program facts.
import { DaemonError } from '../../errors/daemon-error.ts';
import { allRepos } from '../catalog/index.ts';
import type { HistoryEntry, ImageConfig } from '../catalog/types.ts';
import type { Engine } from '../engine.ts';
import { MEDIA } from '../image-content.ts';
import { allImages } from '../images.ts';
import type { Ref } from '../refs.ts';
import type { LayerRef } from '../state.ts';
import { header, RegistryClient } from './local-client.ts';
import type { PushedImage } from './types.ts';

const ACCEPT = `${MEDIA.index}, ${MEDIA.manifest}, application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json`;

interface ManifestDoc {
  mediaType?: string;
  manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[];
  config?: { digest: string };
  layers?: { digest: string; size: number }[];
}

interface ConfigDoc {
  config: ImageConfig;
  created: string;
  history?: HistoryEntry[];
  author?: string;
  comment?: string;
}

export function notFound(ref: Ref): DaemonError {
  return new DaemonError('notFound', `failed to resolve reference "${ref.full}": ${ref.full}: not found`);
}

function get(client: RegistryClient, ref: Ref, path: string, method = 'GET'): { body: string; digest?: string; status: number } {
  const r = client.request(method, `${ref.path}/${path}`, { headers: { Accept: ACCEPT } });
  if (!r.ok) throw new DaemonError('unavailable', `failed to resolve reference "${ref.full}": ${r.error}`);
  return { body: r.res.body, digest: header(r.res, 'Docker-Content-Digest'), status: r.res.status };
}

/** The catalog image the layers start with (the longest such), for files and program facts. */
export function originOf(layers: LayerRef[]): { repo: string; tag: string } | undefined {
  let best: { repo: string; tag: string; n: number } | undefined;
  for (const repo of allRepos()) {
    for (const image of repo.images) {
      const n = image.layers.length;
      if (n > 0 && n > (best?.n ?? 0) && image.layers.every((l, i) => layers[i]?.digest === l.digest)) best = { repo: repo.name, tag: image.tags[0], n };
    }
  }
  return best && { repo: best.repo, tag: best.tag };
}

function unpackedSize(engine: Engine, client: RegistryClient, ref: Ref, digest: string, size: number): number {
  const known = allImages(engine).flatMap((im) => im.layers).find((l) => l.digest === digest);
  if (known) return known.unpacked;
  try {
    return (JSON.parse(get(client, ref, `blobs/${digest}`).body) as { unpacked?: number }).unpacked ?? size;
  } catch {
    return size;
  }
}

/** What `ref` names on the registry at its domain. */
export function pullLocal(engine: Engine, ref: Ref): PushedImage {
  const client = new RegistryClient(engine, ref.domain);
  const head = get(client, ref, `manifests/${ref.digest ?? ref.tag ?? 'latest'}`, 'HEAD');
  if (head.status !== 200 || !head.digest) throw notFound(ref);
  const digest = head.digest;
  const top = get(client, ref, `manifests/${digest}`);
  let doc = JSON.parse(top.body) as ManifestDoc;
  const mediaType = doc.mediaType ?? MEDIA.manifest;
  const amd64 = doc.manifests?.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64');
  if (amd64) doc = JSON.parse(get(client, ref, `manifests/${amd64.digest}`).body) as ManifestDoc;
  const config = JSON.parse(get(client, ref, `blobs/${doc.config?.digest}`).body) as ConfigDoc;
  const layers = (doc.layers ?? []).map((l) => ({ digest: l.digest, size: l.size, unpacked: unpackedSize(engine, client, ref, l.digest, l.size) }));
  const image: PushedImage = { digest, mediaType, size: new TextEncoder().encode(top.body).length, created: config.created, layers, config: config.config, history: config.history ?? [] };
  const from = originOf(layers);
  if (from) image.from = from;
  if (config.author) image.author = config.author;
  if (config.comment) image.comment = config.comment;
  return image;
}

/** The repository's tags on that registry (`docker pull -a`), undefined when it has none. */
export function localTags(engine: Engine, ref: Ref): string[] | undefined {
  const r = get(new RegistryClient(engine, ref.domain), ref, 'tags/list');
  return r.status === 200 ? ((JSON.parse(r.body) as { tags?: string[] }).tags ?? []) : undefined;
}
