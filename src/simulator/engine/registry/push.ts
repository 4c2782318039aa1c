// `docker push` on the daemon, as daemon/containerd/image_push.go runs it: "The push refers to
// repository [...]", each tag's blobs (push-timeline.ts), "<tag>: digest: ... size: N". Docker
// Hub (WorldState.registries) takes pushes into the logged-in user's own namespace only; a
// registry on the host takes anything (local-push.ts). Failures after the stream began are
// values (the CLI prints them without "Error response from daemon").
import type { Engine } from '../engine.ts';
import { allImages, fullName } from '../images.ts';
import type { ProgressEvent } from '../pull-timeline.ts';
import { parseRef, type Ref } from '../refs.ts';
import { isLocalRegistry } from '../registries.ts';
import type { ImageRecord } from '../state.ts';
import { docSize, pushDocuments, pushTarget, type PushDocs } from './documents.ts';
import { addSource, hubCredentialsValid } from './hub.ts';
import { pushToHub, pushDenied } from './hub-push.ts';
import { pushLocal } from './local-push.ts';
import { failedPushEvents, pushTimeline, type BlobAction, type PushBlob, type PushSpeed } from './push-timeline.ts';

export interface PushRequest {
  /** The reference as the CLI sends it (a tag, or the bare name with --all-tags). */
  ref: Ref;
  all: boolean;
  /** The credentials the CLI found in its config file for this registry. */
  auth?: { username: string; password: string };
  /** --platform, normalised ('linux/amd64'): push that platform's manifest alone. */
  platform?: string;
}

export type PushOutcome = { ok: true; notes: string[] } | { ok: false; message: string };

const HUB: PushSpeed = { latency: 40, bytesPerMs: 2_000 };
const LOCAL: PushSpeed = { latency: 1, bytesPerMs: 100_000 };

type Emit = (e: ProgressEvent) => void;

const shortId = (digest: string) => digest.slice(7, 19);

function blobsOf(docs: PushDocs, actions: BlobAction[]): PushBlob[] {
  return docs.layers.map((l, i) => ({ id: shortId(l.digest), size: l.size, action: actions[i] }));
}

/** The other repository of the same registry a blob was pushed to (a mount candidate). */
function mountCandidate(engine: Engine, domain: string, path: string, digest: string): string | undefined {
  const repo = (engine.state.registries?.sources[digest] ?? []).find((r) => r.startsWith(`${domain}/`) && r !== `${domain}/${path}`);
  return repo?.slice(domain.length + 1);
}

function unreachableHost(ref: Ref, docs: PushDocs): string {
  const host = ref.domain.replace(/:\d+$/, '');
  return `failed to do request: Head "https://${ref.domain}/v2/${ref.path}/blobs/${docs.config.digest}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`;
}

/** Send the blobs and manifests of one tag; the actions each layer took, or the error. */
function send(engine: Engine, req: PushRequest, ref: Ref, image: ImageRecord, docs: PushDocs): { actions: BlobAction[] } | { error: string } {
  const tag = ref.tag ?? 'latest';
  if (ref.domain === 'docker.io') {
    const user = req.auth && hubCredentialsValid(engine, req.auth.username, req.auth.password) ? req.auth.username.toLowerCase() : undefined;
    if (user === undefined || ref.path.split('/')[0] !== user) return { error: pushDenied() };
    return { actions: pushToHub(engine, ref.path, tag, image, docs) };
  }
  if (!isLocalRegistry(ref.domain)) return { error: unreachableHost(ref, docs) };
  const out = pushLocal(engine, ref.domain, ref.path, tag, docs, (d) => mountCandidate(engine, ref.domain, ref.path, d));
  return out.ok ? { actions: out.actions } : { error: out.error };
}

function stripNote(docs: PushDocs): string {
  return `Not all multiplatform-content is present and only the available single-platform image was pushed\n${docs.strippedIndex} -> ${docs.manifest.digest}`;
}

/** pushRef: one tag. */
function pushRef(engine: Engine, req: PushRequest, ref: Ref, emit: Emit, notes: string[]): string | undefined {
  const name = ref.familiarTagged;
  const image = allImages(engine).find((im) => im.repoTags.includes(name));
  if (!image) return `tag does not exist: ${name}`;
  let docs = pushDocuments(image);
  if (req.platform) {
    if (req.platform !== 'linux/amd64') return `image with reference ${name} was found but does not provide the specified platform (${req.platform})`;
    docs = { ...docs, index: undefined, strippedIndex: undefined };
  }
  const waiting = docs.strippedIndex ? 'Unavailable' : 'Waiting';
  const sent = send(engine, req, ref, image, docs);
  if ('error' in sent) {
    const blobs = blobsOf(docs, docs.layers.map(() => ({ kind: 'upload' })));
    for (const e of failedPushEvents(blobs)) emit({ ...e, status: waiting });
    return sent.error;
  }
  const { events, duration } = pushTimeline(blobsOf(docs, sent.actions), ref.domain === 'docker.io' ? HUB : LOCAL, waiting);
  for (const e of events) emit(e.event);
  engine.advance(duration);
  for (const d of [docs.config.digest, ...docs.layers.map((l) => l.digest)]) addSource(engine, d, `${ref.domain}/${ref.path}`);
  const target = pushTarget(docs);
  emit({ status: `${ref.tag}: digest: ${target.digest} size: ${docSize(target)}` });
  if (docs.strippedIndex) notes.push(stripNote(docs));
  return undefined;
}

/** Every local tag of the reference's repository, sorted as containerd lists names. */
function repositoryTags(engine: Engine, ref: Ref): Ref[] {
  const names = allImages(engine).flatMap((im) => im.repoTags).filter((n) => parseRef(n)?.familiarName === ref.familiarName && !n.includes('@'));
  return [...new Set(names)].sort((a, b) => (fullName(a) < fullName(b) ? -1 : 1)).map((n) => parseRef(n) as Ref);
}

export function pushImage(engine: Engine, req: PushRequest, emit: Emit): PushOutcome {
  const { ref } = req;
  emit({ status: `The push refers to repository [${ref.domain}/${ref.path}]` });
  const refs = req.all ? repositoryTags(engine, ref) : [ref];
  if (refs.length === 0) return { ok: false, message: `An image does not exist locally with the tag: ${ref.familiarName}` };
  const notes: string[] = [];
  for (const one of refs) {
    const error = pushRef(engine, req, one, emit, notes);
    if (error) return { ok: false, message: error };
  }
  engine.emit('push');
  return { ok: true, notes };
}
