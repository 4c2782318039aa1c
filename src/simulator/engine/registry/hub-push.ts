// A push to the simulated Docker Hub: each layer is already in the repository ("Layer already
// exists"), mounted from the official or organisation repository the image was pulled from or
// from another repository it was pushed to ("Mounted from library/alpine"), or uploaded; the
// Hub then keeps the manifest under the tag (hub.ts). Without push rights on the namespace the
// token server grants no push scope and containerd's pusher fails with its message.
import { imageOrigin } from '../image-fs/image-layers.ts';
import type { Engine } from '../engine.ts';
import type { ImageRecord } from '../state.ts';
import { pushedImage, type PushDocs } from './documents.ts';
import { hubHasBlob, hubPut, hubRepo } from './hub.ts';
import type { BlobAction } from './push-timeline.ts';

export function pushDenied(): string {
  return 'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
}

/** The Docker Hub path of the catalog repository an image came from ('library/alpine', 'grafana/grafana'). */
function originPath(image: ImageRecord): { path: string; layers: Set<string> } | undefined {
  const origin = imageOrigin(image);
  if (!origin || origin.repo.name.split('/')[0].includes('.')) return undefined;
  const path = origin.repo.name.includes('/') ? origin.repo.name : `library/${origin.repo.name}`;
  return { path, layers: new Set(origin.image.layers.map((l) => l.digest)) };
}

function layerAction(engine: Engine, path: string, digest: string, origin: ReturnType<typeof originPath>): BlobAction {
  if (hubHasBlob(hubRepo(engine, path), digest)) return { kind: 'exists' };
  if (origin?.layers.has(digest) && origin.path !== path) return { kind: 'mount', from: origin.path };
  const other = (engine.state.registries?.sources[digest] ?? []).find((r) => r.startsWith('docker.io/') && r !== `docker.io/${path}`);
  return other ? { kind: 'mount', from: other.slice('docker.io/'.length) } : { kind: 'upload' };
}

/** Push to docker.io/`path`:`tag` as the (authorised) owner; the action each layer took. */
export function pushToHub(engine: Engine, path: string, tag: string, image: ImageRecord, docs: PushDocs): BlobAction[] {
  const origin = originPath(image);
  const actions = docs.layers.map((l) => layerAction(engine, path, l.digest, origin));
  hubPut(engine, path, tag, pushedImage(image, docs));
  return actions;
}
