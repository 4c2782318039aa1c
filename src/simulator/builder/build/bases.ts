// The images a build starts from (FROM, COPY --from=<image>, RUN --mount from=<image>): resolved
// quietly first (the linter needs their configs), then shown as `[internal] load metadata for ...`
// vertices, and pulled inside BuildKit by their FROM vertex when the daemon lacks them.
import type { ImageConfig } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { findImage } from '../../engine/images.ts';
import { ensureRepos } from '../../engine/catalog/index.ts';
import { catalogName } from '../../engine/hub.ts';
import { pullImage, resolveRemote } from '../../engine/pull.ts';
import { pushedImageFor } from '../../engine/registries.ts';
import { parseRef, parseRefStrict, type Ref } from '../../engine/refs.ts';
import type { ImageRecord } from '../../engine/state.ts';
import { DockerfileError } from '../parse/errors.ts';
import { suggest } from '../parse/suggest.ts';
import { bkBytes, type Progress } from './progress.ts';

export interface ResolvedBase {
  /** The name as written (after ARG expansion). */
  name: string;
  ref?: Ref;
  /** The image on the daemon, when it has one by that name. */
  image: ImageRecord | null;
  digest: string;
  /** The config the stage starts from; null for scratch. */
  config: ImageConfig | null;
  /** `docker.io/library/alpine:latest@sha256:...`; '' for scratch. */
  fromName: string;
  /** Why it could not be resolved (the vertex error, and the message after `failed to solve: `). */
  error?: { vertex: string; message: string };
  /** Dockerfile lines of the FROM it came from (errors point there). */
  lines: number[][];
}

const COMMON = ['alpine', 'busybox', 'centos', 'debian', 'golang', 'ubuntu', 'fedora'];
const DENIED = 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';

/** Look a base up without printing: local image first, else the registry. */
export function resolveBase(engine: Engine, name: string, stageNames: string[], lines: number[][]): ResolvedBase {
  const base: ResolvedBase = { name, image: null, digest: '', config: null, fromName: '', lines };
  if (name === 'scratch') return base;
  let ref: Ref;
  try {
    ref = parseRefStrict(name);
  } catch (e) {
    throw new DockerfileError(`failed to parse stage name "${name}": ${(e as Error).message}`, lines);
  }
  base.ref = ref;
  base.image = findImage(engine, name) ?? null;
  try {
    const pushed = pushedImageFor(engine, ref);
    const remote = pushed ? { digest: pushed.id, config: pushed.config } : { digest: resolveRemote(ref).digest, config: resolveRemote(ref).image.config };
    base.digest = remote.digest;
    base.config = base.image?.config ?? remote.config;
  } catch (e) {
    if (!base.image) {
      const why = /does not exist|denied/.test((e as Error).message) ? DENIED : `${ref.full}: not found`;
      const message = suggest(`${name}: failed to resolve source metadata for ${ref.full}: ${why}`, name, [...stageNames, ...COMMON], true);
      base.error = { vertex: why, message };
      return base;
    }
    base.config = base.image.config;
    base.digest = base.image.id;
  }
  base.fromName = `${ref.full}${base.digest ? `@${base.digest}` : ''}`;
  return base;
}

/** `[internal] load metadata for ...`; throws when the base could not be resolved. */
export function metadataVertex(engine: Engine, progress: Progress, base: ResolvedBase): void {
  if (!base.ref) return;
  const n = progress.vertex(`[internal] load metadata for ${base.ref.full}`);
  if (base.error) {
    engine.advance(400);
    progress.error(n, base.error.vertex);
    throw new DockerfileError(base.error.message, base.lines);
  }
  const ms = base.image ? 300 : 600;
  engine.advance(ms);
  progress.done(n, ms);
}

/** The FROM vertex (`label` is the step prefix, '' for an image COPY --from names): pulls a missing base. */
export function fromVertex(engine: Engine, progress: Progress, base: ResolvedBase, label: string): ImageRecord | null {
  if (!base.fromName) return null;
  const n = progress.vertex(`${label}FROM ${base.fromName}`);
  const start = engine.now();
  progress.status(n, { id: `resolve ${base.fromName}` });
  let image = base.image ?? findImage(engine, base.name) ?? null;
  if (!image && base.ref) {
    image = pullImage(engine, base.ref, () => {});
    for (const l of image.layers) {
      const size = bkBytes(l.size);
      progress.status(n, { id: l.digest, bytes: `${size} / ${size}`, ms: 200 });
      progress.status(n, { id: `extracting ${l.digest}`, ms: 100 });
    }
  }
  progress.done(n, engine.now() - start);
  base.image = image;
  return image;
}

/** Load the catalog data of the images a build names (and of the images local ones are built on). */
export async function loadRepos(engine: Engine, names: Iterable<string>): Promise<void> {
  const repos = new Set<string>();
  for (const name of names) {
    const ref = parseRef(name);
    if (!ref) continue;
    repos.add(catalogName(ref.domain, ref.path));
    const local = findImage(engine, name);
    const origin = local?.source ?? local?.from;
    if (origin) repos.add(origin.repo);
  }
  for (const im of Object.values(engine.state.images)) {
    const origin = im.source ?? im.from;
    if (origin) repos.add(origin.repo);
  }
  await ensureRepos(repos);
}
