// GET /images/{name}/json as Engine 29 (API 1.52+) answers it with the containerd image store
// (daemon/containerd/image_inspect.go, router image_routes.go): Comment, Created and Author only
// when set, the image config with the OCI spec's omitempty fields, no GraphDriver, RootFS diff
// IDs, Metadata.LastTagTime and the index Descriptor. Keys are in the Go struct's order.
import type { ImageConfig } from './catalog/types.ts';
import type { Engine } from './engine.ts';
import { imageContent, inspectSize } from './image-content.ts';
import { lastTagTime, repoDigestsOf, resolveImage, sortedNames } from './images.ts';
import type { ImageRecord } from './state.ts';

/** Go's time.Time JSON form (RFC 3339 with nanoseconds, trailing zeros trimmed), in UTC. */
export function rfc3339Nano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.replace(/\.?0+Z$/, 'Z');
}

function nonEmpty(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false || v === 0) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** DockerOCIImageConfig: ocispec.ImageConfig's fields, then Healthcheck, OnBuild, Shell. */
export function inspectConfig(c: ImageConfig): Record<string, unknown> {
  const order: (keyof ImageConfig)[] = ['User', 'ExposedPorts', 'Env', 'Entrypoint', 'Cmd', 'Volumes', 'WorkingDir', 'Labels', 'StopSignal'];
  const out: Record<string, unknown> = {};
  for (const k of order) if (nonEmpty(c[k])) out[k] = sortKeys(c[k]);
  const ext = c as ImageConfig & { ArgsEscaped?: boolean };
  if (ext.ArgsEscaped) out.ArgsEscaped = true;
  if (c.Healthcheck) {
    const h: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c.Healthcheck)) if (nonEmpty(v)) h[k] = v;
    if (nonEmpty(h)) out.Healthcheck = h;
  }
  if (nonEmpty(c.OnBuild)) out.OnBuild = c.OnBuild;
  if (nonEmpty(c.Shell)) out.Shell = c.Shell;
  return out;
}

/** Go marshals maps with sorted keys. */
function sortKeys(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const keys = Object.keys(v).sort();
  return Object.fromEntries(keys.map((k) => [k, (v as Record<string, unknown>)[k]]));
}

export function inspectData(image: ImageRecord): Record<string, unknown> {
  const content = imageContent(image);
  const out: Record<string, unknown> = {
    Id: image.id,
    RepoTags: sortedNames(image),
    RepoDigests: repoDigestsOf(image),
  };
  const comment = image.comment ?? image.history[image.history.length - 1]?.comment ?? '';
  if (comment) out.Comment = comment;
  if (image.created) out.Created = image.created;
  if (image.author) out.Author = image.author;
  out.Config = inspectConfig(image.config);
  out.Architecture = 'amd64';
  out.Os = 'linux';
  out.Size = inspectSize(image);
  out.RootFS = { Type: 'layers', ...(content.diffIds.length ? { Layers: content.diffIds } : {}) };
  out.Metadata = { LastTagTime: rfc3339Nano(lastTagTime(image)) };
  out.Descriptor = { ...content.index };
  return out;
}

export function inspectImage(engine: Engine, text: string): Record<string, unknown> {
  return inspectData(resolveImage(engine, text));
}
