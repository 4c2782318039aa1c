// The local image store as the containerd image store keeps it: an image is a target (its ID,
// the index digest) with names ('nginx:latest', 'nginx@sha256:...'); with no name left it is a
// dangling image. Lookup follows daemon/containerd resolveImage: digest, name:tag, then a
// truncated ID (4 to 64 hex). Moving a name leaves its old image dangling when it was the last.
import { DaemonError } from '../errors/daemon-error.ts';
import { familiarString, InvalidReference, parseAnyReference, parseReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import type { ContainerRecord, ImageRecord } from './state.ts';

export function allImages(engine: Engine): ImageRecord[] {
  return Object.values(engine.state.images);
}

export function isDangling(image: ImageRecord): boolean {
  return image.repoTags.length === 0;
}

/** The fully qualified form of a familiar name ('nginx:latest' -> 'docker.io/library/nginx:latest'). */
export function fullName(name: string): string {
  try {
    const r = parseReference(name);
    return `${r.full}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
  } catch {
    return name;
  }
}

/** The repository part of a familiar name: 'nginx:latest' -> 'nginx'. */
export function repoOf(name: string): string {
  try {
    return parseReference(name).familiar;
  } catch {
    return name;
  }
}

/** Names in the order containerd lists them (sorted by their fully qualified form). */
export function sortedNames(image: ImageRecord): string[] {
  return [...image.repoTags].sort((a, b) => (fullName(a) < fullName(b) ? -1 : fullName(a) > fullName(b) ? 1 : 0));
}

/** RepoDigests as the containerd store derives them: each name's repository @ the image ID. */
export function repoDigestsOf(image: ImageRecord): string[] {
  const out: string[] = [];
  for (const name of sortedNames(image)) {
    const d = name.includes('@') ? name : `${repoOf(name)}@${image.id}`;
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** Keep the stored repoDigests in step with the names (other readers use the record as is). */
export function syncRepoDigests(image: ImageRecord): void {
  image.repoDigests = repoDigestsOf(image);
}

/** ErrImageDoesNotExist: "No such image: " + the familiar reference with the default tag. */
export function noSuchImage(text: string): DaemonError {
  let shown = text;
  try {
    const p = parseAnyReference(text);
    shown = 'id' in p ? p.id : familiarString(p.digest || p.tag !== undefined ? p : { ...p, tag: 'latest' });
  } catch {
    // the caller validated the reference; keep the text
  }
  return new DaemonError('notFound', `No such image: ${shown}`);
}

/** checkTruncatedID: 4 to 64 lowercase hex, optionally after "sha256:". */
export function truncatedId(text: string): string | undefined {
  const id = text.startsWith('sha256:') ? text.slice(7) : text;
  return /^[a-f0-9]{4,64}$/.test(id) ? id : undefined;
}

function byDigest(engine: Engine, digest: string, repo?: string): ImageRecord | undefined {
  const image = engine.state.images[digest];
  if (!image || repo === undefined) return image;
  return image.repoTags.some((n) => repoOf(n) === repo) ? image : undefined;
}

function byTruncatedId(engine: Engine, text: string, tagged: string): ImageRecord | undefined {
  const hex = truncatedId(text);
  if (!hex) return undefined;
  const matches = allImages(engine).filter((im) => im.repoTags.includes(tagged) || im.id.slice(7).startsWith(hex));
  if (matches.length > 1) {
    const named = matches.find((im) => im.repoTags.includes(tagged));
    if (named) return named;
    throw new DaemonError('notFound', 'ambiguous reference');
  }
  return matches[0];
}

/** resolveImage: what a user typed (name[:tag], name@digest, ID, ID prefix) to a local image. */
export function resolveImage(engine: Engine, text: string): ImageRecord {
  let p;
  try {
    p = parseAnyReference(text);
  } catch (e) {
    if (e instanceof InvalidReference) throw new DaemonError('invalidParameter', e.message);
    throw e;
  }
  if ('id' in p) {
    const found = byDigest(engine, p.id);
    if (found) return found;
    throw noSuchImage(text);
  }
  if (p.digest) {
    const found = byDigest(engine, p.digest, p.familiar);
    if (found) return found;
    throw noSuchImage(text);
  }
  const tagged = familiarString({ ...p, tag: p.tag ?? 'latest' });
  const named = allImages(engine).find((im) => im.repoTags.includes(tagged));
  const found = named ?? byTruncatedId(engine, text, tagged);
  if (found) return found;
  throw noSuchImage(text);
}

/** As resolveImage, or undefined when there is no such image (or the text is no reference). */
export function findImage(engine: Engine, text: string): ImageRecord | undefined {
  try {
    return resolveImage(engine, text);
  } catch (e) {
    if (e instanceof DaemonError && e.kind !== 'system') return undefined;
    throw e;
  }
}

/** As resolveImage (the daemon's `No such image: ...` when missing). */
export function getImage(engine: Engine, text: string): ImageRecord {
  return resolveImage(engine, text);
}

/** Take `name` off an image; its last name gone, it stays as a dangling image. */
export function dropName(engine: Engine, image: ImageRecord, name: string): void {
  image.repoTags = image.repoTags.filter((t) => t !== name);
  if (image.tagTimes) delete image.tagTimes[name];
  if (image.repoTags.length === 0) image.tagTimes = { ...image.tagTimes, '': engine.now() };
  syncRepoDigests(image);
}

/**
 * createOrReplaceImage: point `name` (familiar 'name:tag' or 'name@digest') at `image`, taking it
 * from any image that had it. Returns false when the name already pointed at this image.
 */
export function setTag(engine: Engine, image: ImageRecord, name: string): boolean {
  if (image.repoTags.includes(name)) return false;
  for (const other of allImages(engine)) {
    if (other !== image && other.repoTags.includes(name)) dropName(engine, other, name);
  }
  image.repoTags = [...image.repoTags, name];
  const times = { ...image.tagTimes, [name]: engine.now() };
  delete times[''];
  image.tagTimes = times;
  syncRepoDigests(image);
  return true;
}

/** Metadata.LastTagTime: the newest name (or dangling name) creation time. */
export function lastTagTime(image: ImageRecord): number {
  const times = Object.values(image.tagTimes ?? {});
  return times.length ? Math.max(...times) : image.addedAt;
}

/** When a name was created (the `until` filter), falling back to the image's arrival. */
export function nameTime(image: ImageRecord, name: string): number {
  return image.tagTimes?.[name] ?? image.addedAt;
}

/** Containers (any state) created from this image. */
export function containersUsing(engine: Engine, image: ImageRecord): ContainerRecord[] {
  return Object.values(engine.state.containers).filter((c) => c.image === image.id);
}

/** The daemon's State.IsRunning: running, paused and restarting containers all count. */
export function isRunningState(c: ContainerRecord): boolean {
  return c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting';
}
