// `docker rmi` on the daemon, as daemon/containerd/image_delete.go decides it: a name shared with
// other names is only untagged; the last name of an image used by a container needs --force and
// then only untags (the image stays dangling); by ID every name goes and the image is deleted,
// unless a running container (never forced) or a stopped one or several names (unless forced)
// conflict. Records come back as "Untagged: ..." and one "Deleted: <image ID>".
import { DaemonError } from '../errors/daemon-error.ts';
import { parseAnyReference, parseReference, type ParsedReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { containersUsing, dropName, isRunningState, noSuchImage } from './images.ts';
import { resolveAll, type Resolved } from './image-resolve-all.ts';
import type { ImageRecord } from './state.ts';
import { logImageEvent } from './events.ts';

export type DeleteRecord = { untagged: string } | { deleted: string };

/** The dangling name ('') or a familiar name parsed; undefined when it does not parse. */
function parseName(name: string): ParsedReference | undefined {
  if (name === '') return undefined;
  try {
    return parseReference(name);
  } catch {
    return undefined;
  }
}

/** getSameReferences: the names that are "the same image" as `named` for untagging. */
function sameReferences(named: ParsedReference | undefined, names: string[]): string[] {
  let tag = named?.tag ?? '';
  const allTags = named !== undefined && named.tag === undefined && named.digest !== undefined;
  let repo = named?.full;
  const same: string[] = [];
  let digestRefs: string[] | null = [];
  for (const name of names) {
    const ref = parseName(name);
    if (ref) {
      if (repo === undefined) {
        repo = ref.full;
        tag = ref.tag ?? '';
      } else if (repo !== ref.full) continue;
      else if (!allTags) {
        if (ref.tag !== undefined) {
          if (tag === '') tag = ref.tag;
          else if (tag !== ref.tag) {
            digestRefs = null;
            continue;
          }
        } else {
          digestRefs?.push(name);
          continue;
        }
      }
    }
    same.push(name);
  }
  return digestRefs ? [...same, ...digestRefs] : same;
}

function conflict(reference: string, hard: boolean, message: string): DaemonError {
  return new DaemonError('conflict', `conflict: unable to delete ${reference} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`);
}

/** checkImageDeleteConflict for the conflicts `soft` asks about (running ones always). */
function checkConflicts(engine: Engine, image: ImageRecord, soft: boolean): void {
  const short = image.id.slice(7, 19);
  const users = containersUsing(engine, image);
  const running = users.find(isRunningState);
  if (running) throw conflict(short, true, `image is being used by running container ${running.id.slice(0, 12)}`);
  if (!soft) return;
  const stopped = users.find((c) => !isRunningState(c));
  if (stopped) throw conflict(short, false, `image is being used by stopped container ${stopped.id.slice(0, 12)}`);
}

function untag(engine: Engine, image: ImageRecord, names: string[]): DeleteRecord[] {
  for (const n of names) dropName(engine, image, n);
  return names.map((n) => ({ untagged: n }));
}

/** deleteAll: every name of the image, then the image itself. */
function deleteAll(engine: Engine, image: ImageRecord, names: string[], soft: boolean, activeRef: boolean): DeleteRecord[] {
  checkConflicts(engine, image, soft);
  if (activeRef && names.length > 1) {
    throw conflict(image.id.slice(7, 19), false, 'image is referenced in multiple repositories');
  }
  const records: DeleteRecord[] = names.filter((n) => n !== '').map((n) => ({ untagged: n }));
  delete engine.state.images[image.id];
  records.push({ deleted: image.id });
  return records;
}

function removeByName(engine: Engine, image: ImageRecord, names: string[], name: string, force: boolean): DeleteRecord[] {
  const same = sameReferences(parseName(name), names);
  let activeRef = !force;
  if (same.length !== names.length) return untag(engine, image, same);
  if (names.length > 1 && !force) activeRef = false;
  const user = containersUsing(engine, image)[0];
  if (user) {
    if (!force) {
      throw new DaemonError('conflict', `conflict: unable to delete ${name} (must be forced) - container ${user.id.slice(0, 12)} is using its referenced image ${image.id.slice(7, 19)}`);
    }
    return untag(engine, image, [name]);
  }
  return deleteAll(engine, image, names, !force, activeRef);
}

function removeUnnamed(engine: Engine, r: Resolved, text: string, force: boolean): DeleteRecord[] {
  const { image, names } = r;
  let named: ParsedReference | undefined;
  if (!isIdPrefix(image.id, text)) {
    try {
      const p = parseAnyReference(text);
      if (!('id' in p)) named = p;
    } catch {
      named = undefined;
    }
  }
  const same = sameReferences(named, names);
  if (same.length === 0 && named) throw noSuchImage(text);
  let activeRef = !force;
  if (same.length === names.length && !force) activeRef = false;
  if (named && same.length > 0 && same.length !== names.length) return untag(engine, image, same);
  return deleteAll(engine, image, names, !force, activeRef);
}

/** isImageIDPrefix: the text is the start of the ID, with or without "sha256:". */
export function isIdPrefix(id: string, text: string): boolean {
  return id.startsWith(text) || id.slice(7).startsWith(text);
}

/** ImageDelete for one reference; throws the daemon's error (nothing changed) on a conflict. */
export function removeImage(engine: Engine, text: string, force: boolean): DeleteRecord[] {
  const r = resolveAll(engine, text);
  const records = r.name === undefined || isIdPrefix(r.image.id, text)
    ? removeUnnamed(engine, r, text, force)
    : removeByName(engine, r.image, r.names, r.name, force);
  for (const rec of records) {
    if ('untagged' in rec) logImageEvent(engine, r.image.id, rec.untagged, 'untag');
    else if (rec.deleted === r.image.id) logImageEvent(engine, rec.deleted, rec.deleted, 'delete');
  }
  engine.emit('image-remove');
  return records;
}
