// The Docker Registry HTTP API V2 as distribution's handlers answer it, over the container's
// storage (storage.ts): GET /v2/ ({}), /v2/_catalog, /v2/<name>/tags/list, manifests (GET, HEAD,
// PUT by tag or digest), blobs (GET, HEAD), uploads (POST, with ?mount=&from= cross-repository
// mounts, then a monolithic PUT ?digest=); deletes and chunked uploads answer UNSUPPORTED.
// Errors are the errcode JSON envelope with the right status; a path no route matches is Go's
// "404 page not found", a method the route does not take gorilla's 405. A manifest PUT takes its digest
// from the client's Docker-Content-Digest header when given (the simulator's digests are hashes
// of an image's description, not of the JSON text), else from the body.
import type { Engine } from '../../engine.ts';
import type { HttpRequest } from '../../http/types.ts';
import { sha256Digest } from '../../../util/sha256.ts';
import { apiError, type ApiResult, json, methodNotAllowed, notFoundPage, ok } from './responses.ts';
import type { RegistryStorage } from './storage.ts';

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const NAME = `${COMPONENT}(?:/${COMPONENT})*`;
/** Each route and the methods distribution's handlers take on it (the 405's Allow header). */
const ROUTES: [RegExp, string, string[]][] = [
  [/^\/v2\/?$/, 'base', ['GET', 'HEAD']],
  [/^\/v2\/_catalog$/, 'catalog', ['GET']],
  [new RegExp(`^/v2/(${NAME})/tags/list$`), 'tags', ['GET']],
  [new RegExp(`^/v2/(${NAME})/manifests/([\\w][\\w.-]{0,127}|sha256:[a-f0-9]{64})$`), 'manifest', ['DELETE', 'GET', 'HEAD', 'PUT']],
  [new RegExp(`^/v2/(${NAME})/blobs/uploads/?$`), 'upload', ['POST']],
  [new RegExp(`^/v2/(${NAME})/blobs/uploads/([\\w-]+)$`), 'uploadChunk', ['DELETE', 'GET', 'HEAD', 'PATCH', 'PUT']],
  [new RegExp(`^/v2/(${NAME})/blobs/(sha256:[a-f0-9]{64})$`), 'blob', ['DELETE', 'GET', 'HEAD']],
];

export interface ApiRequest {
  req: HttpRequest;
  path: string;
  /** Query parameters, decoded. */
  query: Map<string, string>;
  storage: RegistryStorage;
  engine: Engine;
  v3: boolean;
}

function header(req: HttpRequest, name: string): string | undefined {
  return req.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}

/** An upload's id: a version-4 UUID from the seeded generator. */
function uuid(engine: Engine): string {
  const h = engine.hex(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function catalog(a: ApiRequest): ApiResult {
  return json(200, { repositories: a.storage.catalog() });
}

function tags(a: ApiRequest, name: string): ApiResult {
  const list = a.storage.tags(name);
  if (!list) return apiError('NAME_UNKNOWN', { name }, `map[name:${name}]`);
  return json(200, { name, tags: list }, [['vars.name', name]]);
}

function getManifest(a: ApiRequest, name: string, reference: string): ApiResult {
  const vars: [string, string][] = [['vars.name', name], ['vars.reference', reference]];
  const m = a.storage.manifest(name, reference);
  if (!m) {
    if (reference.startsWith('sha256:')) return apiError('MANIFEST_UNKNOWN', undefined, undefined, vars);
    return apiError('MANIFEST_UNKNOWN', { Tag: reference }, `unknown tag=${reference}`, vars);
  }
  const type = (JSON.parse(m.body) as { mediaType?: string }).mediaType ?? 'application/vnd.oci.image.manifest.v1+json';
  const headers: [string, string][] = [['Content-Length', String(m.body.length)], ['Content-Type', type], ['Docker-Content-Digest', m.digest], ['Etag', `"${m.digest}"`]];
  return ok(200, headers, m.body, vars);
}

function putManifest(a: ApiRequest, name: string, reference: string): ApiResult {
  const body = a.req.body;
  const digest = header(a.req, 'Docker-Content-Digest') ?? sha256Digest(body);
  a.storage.putManifest(name, reference, digest, body);
  const headers: [string, string][] = [['Content-Length', '0'], ['Docker-Content-Digest', digest], ['Location', `/v2/${name}/manifests/${digest}`]];
  return ok(201, headers, '', [['vars.name', name], ['vars.reference', reference]]);
}

function blob(a: ApiRequest, name: string, digest: string): ApiResult {
  const vars: [string, string][] = [['vars.digest', digest], ['vars.name', name]];
  const b = a.storage.hasLayer(name, digest) ? a.storage.blob(digest) : undefined;
  if (!b) return apiError('BLOB_UNKNOWN', digest, digest, vars);
  const headers: [string, string][] = [['Accept-Ranges', 'bytes'], ['Cache-Control', 'max-age=31536000'], ['Content-Length', String(b.size)], ['Content-Type', 'application/octet-stream'], ['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]];
  return ok(200, headers, b.data, vars);
}

function startUpload(a: ApiRequest, name: string): ApiResult {
  const mount = a.query.get('mount');
  const from = a.query.get('from');
  if (mount && from && a.storage.hasLayer(from, mount)) {
    a.storage.linkLayer(name, mount);
    return ok(201, [['Content-Length', '0'], ['Docker-Content-Digest', mount], ['Location', `/v2/${name}/blobs/${mount}`]], '', [['vars.name', name]]);
  }
  const id = uuid(a.engine);
  a.storage.startUpload(name, id, new Date(a.engine.now()).toISOString());
  const state = a.engine.hex(48);
  const headers: [string, string][] = [['Content-Length', '0'], ['Docker-Upload-Uuid', id], ['Location', `/v2/${name}/blobs/uploads/${id}?_state=${state}`], ['Range', '0-0']];
  return ok(202, headers, '', [['vars.name', name]]);
}

function finishUpload(a: ApiRequest, name: string, id: string): ApiResult {
  const vars: [string, string][] = [['vars.name', name], ['vars.uuid', id]];
  if (!a.storage.hasUpload(name, id)) return apiError('BLOB_UPLOAD_UNKNOWN', undefined, undefined, vars);
  const digest = a.query.get('digest');
  if (!digest) return apiError('DIGEST_INVALID', 'digest missing', 'digest missing', vars);
  const size = Number(header(a.req, 'Content-Length') ?? a.req.body.length);
  a.storage.putBlob(name, digest, a.req.body, size);
  a.storage.finishUpload(name, id);
  return ok(201, [['Content-Length', '0'], ['Docker-Content-Digest', digest], ['Location', `/v2/${name}/blobs/${digest}`]], '', vars);
}

function route(a: ApiRequest, kind: string, m: RegExpExecArray): ApiResult | undefined {
  const method = a.req.method === 'HEAD' ? 'GET' : a.req.method;
  const key = `${method} ${kind}`;
  if (key === 'GET base') return ok(200, [['Content-Length', '2'], ['Content-Type', a.v3 ? 'application/json' : 'application/json; charset=utf-8']], '{}');
  if (key === 'GET catalog') return catalog(a);
  if (key === 'GET tags') return tags(a, m[1]);
  if (key === 'GET manifest') return getManifest(a, m[1], m[2]);
  if (key === 'PUT manifest') return putManifest(a, m[1], m[2]);
  if (key === 'GET blob') return blob(a, m[1], m[2]);
  if (key === 'POST upload') return startUpload(a, m[1]);
  if (key === 'PUT uploadChunk') return finishUpload(a, m[1], m[2]);
  return undefined;
}

/** Answer one API request. */
export function answer(a: ApiRequest): ApiResult {
  for (const [re, kind, methods] of ROUTES) {
    const m = re.exec(a.path);
    if (!m) continue;
    // A method the route takes that is not simulated (deletes, chunked uploads): UNSUPPORTED.
    return route(a, kind, m) ?? (methods.includes(a.req.method) ? apiError('UNSUPPORTED') : methodNotAllowed(methods));
  }
  return notFoundPage();
}
