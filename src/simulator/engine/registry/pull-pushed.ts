// Pulling what learners pushed: a Docker Hub repository the catalog does not have (hub.ts), or
// any repository of a registry on the host (local-pull.ts). The image comes back as it was
// pushed: its ID is the pushed digest, its layers' files are the daemon's (WorldState.layerData
// keeps every layer made here), its program facts those of the catalog image under it.
import type { Engine } from '../engine.ts';
import { findRepo } from '../catalog/index.ts';
import { catalogName } from '../hub.ts';
import type { Ref } from '../refs.ts';
import { isLocalRegistry } from '../registries.ts';
import type { ImageRecord } from '../state.ts';
import { hubRepo } from './hub.ts';
import { localTags, notFound, pullLocal } from './local-pull.ts';
import type { PushedImage } from './types.ts';

/** The image record a pull creates from a pushed manifest. */
export function recordOf(engine: Engine, p: PushedImage): ImageRecord {
  const record: ImageRecord = {
    id: p.digest,
    repoTags: [],
    repoDigests: [],
    created: p.created,
    layers: p.layers.map((l) => ({ ...l })),
    config: structuredClone(p.config),
    history: structuredClone(p.history),
    addedAt: engine.now(),
  };
  if (p.from) record.from = { ...p.from };
  if (p.comment) record.comment = p.comment;
  if (p.author) record.author = p.author;
  return record;
}

/** The catalog has the repository: it answers (its tags, or its errors). */
const inCatalog = (ref: Ref) => findRepo(catalogName(ref.domain, ref.path)) !== undefined;

function fromHub(engine: Engine, ref: Ref): ImageRecord | undefined {
  if (inCatalog(ref)) return undefined;
  const repo = hubRepo(engine, ref.path);
  if (!repo) return undefined;
  const digest = ref.digest ?? repo.tags[ref.tag ?? 'latest'];
  const image = digest ? repo.manifests[digest] : undefined;
  if (!image) throw notFound(ref);
  return recordOf(engine, image);
}

/** The image a pull of `ref` creates from pushed content; undefined: the catalog answers. */
export function resolvePushed(engine: Engine, ref: Ref): ImageRecord | undefined {
  if (ref.domain === 'docker.io') return fromHub(engine, ref);
  if (!isLocalRegistry(ref.domain)) return undefined;
  const p = pullLocal(engine, ref);
  return recordOf(engine, p);
}

/** `docker pull -a`: the tags of a pushed repository, undefined for the catalog's. */
export function pushedTags(engine: Engine, ref: Ref): string[] | undefined {
  if (ref.domain === 'docker.io') {
    if (inCatalog(ref)) return undefined;
    const repo = hubRepo(engine, ref.path);
    return repo ? Object.keys(repo.tags).sort() : undefined;
  }
  return isLocalRegistry(ref.domain) ? localTags(engine, ref) : undefined;
}
