// A push to a registry on the host, request by request as containerd's pusher makes them: for
// each blob a HEAD (200: it is there), else a POST to start an upload, with ?mount=&from= when the
// daemon knows the blob is in another repository of that registry (201: mounted), and a PUT of
// the content; then the manifests, children by digest and the pushed one by tag. A layer's
// content is a one-line description of it (storage.ts); the config and manifests are the real
// documents.
import type { Engine } from '../engine.ts';
import type { Doc, PushDocs } from './documents.ts';
import { header, RegistryClient, type Reply } from './local-client.ts';
import type { BlobAction } from './push-timeline.ts';

export type LocalPush = { ok: true; actions: BlobAction[] } | { ok: false; error: string };

class Failure extends Error {}

function expect(r: Reply, method: string, url: string, client: RegistryClient, ...statuses: number[]): number {
  if (!r.ok) throw new Failure(r.error);
  if (statuses.includes(r.res.status)) return r.res.status;
  throw new Failure(`unknown: unexpected status from ${method} request to https://${client.domain}/v2/${url}: ${r.res.status} ${r.res.reason}`);
}

/** One blob: HEAD, then a (mounting) POST and a PUT unless it is there. */
function pushBlob(client: RegistryClient, repo: string, digest: string, body: string, size: number, mountFrom?: string): BlobAction {
  const blobPath = `${repo}/blobs/${digest}`;
  if (expect(client.request('HEAD', blobPath), 'HEAD', blobPath, client, 200, 404) === 200) return { kind: 'exists' };
  const post = `${repo}/blobs/uploads/${mountFrom ? `?mount=${digest}&from=${mountFrom}` : ''}`;
  const r = client.request('POST', post);
  if (expect(r, 'POST', post, client, 201, 202) === 201 && mountFrom) return { kind: 'mount', from: mountFrom };
  const location = (r.ok && header(r.res, 'Location')) || `/v2/${repo}/blobs/uploads/`;
  const put = `${location.replace(/^\/v2\//, '')}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
  const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) };
  expect(client.request('PUT', put, { headers, body }), 'PUT', put, client, 201);
  return { kind: 'upload' };
}

function pushManifest(client: RegistryClient, repo: string, reference: string, doc: Doc): void {
  const path = `${repo}/manifests/${reference}`;
  const head = client.request('HEAD', path);
  if (expect(head, 'HEAD', path, client, 200, 404) === 200 && head.ok && header(head.res, 'Docker-Content-Digest') === doc.digest) return;
  const headers = { 'Content-Type': doc.mediaType, 'Docker-Content-Digest': doc.digest };
  expect(client.request('PUT', path, { headers, body: doc.body }), 'PUT', path, client, 201);
}

const layerBody = (unpacked: number) => `${JSON.stringify({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', unpacked })}\n`;

/** Push `docs` to `domain`/`repo`:`tag`; `mountFrom(digest)` names a repository of that registry holding it. */
export function pushLocal(engine: Engine, domain: string, repo: string, tag: string, docs: PushDocs, mountFrom: (digest: string) => string | undefined): LocalPush {
  const client = new RegistryClient(engine, domain);
  try {
    pushBlob(client, repo, docs.config.digest, docs.config.body, new TextEncoder().encode(docs.config.body).length);
    const actions = docs.layers.map((l) => pushBlob(client, repo, l.digest, layerBody(l.unpacked), l.size, mountFrom(l.digest)));
    if (docs.index) pushManifest(client, repo, docs.manifest.digest, docs.manifest);
    pushManifest(client, repo, tag, docs.index ?? docs.manifest);
    return { ok: true, actions };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.message };
    throw e;
  }
}
