// `docker commit` on the daemon (moby daemon/commit.go, containerd/image_commit.go): the
// container's writable layer becomes the new image's top layer (no layer at all when nothing
// changed), its config is the container's with the --change instructions applied, and history
// gains one step whose "created by" is the container's command.
import { DaemonError } from '../errors/daemon-error.ts';
import { formatRFC3339Nano } from '../util/format/units.ts';
import { sha256Digest } from '../util/sha256.ts';
import type { HistoryEntry, ImageConfig } from './catalog/types.ts';
import { applyChanges } from './commit-changes.ts';
import { writableSize } from './containers/container-fs.ts';
import { getContainer } from './containers/lookup.ts';
import type { Engine } from './engine.ts';
import { storeLayerData } from './image-fs/image-layers.ts';
import { setTag } from './images.ts';
import type { ContainerRecord, ImageRecord, LayerRef } from './state.ts';

export interface CommitOptions {
  /** Familiar name with tag ('myimg:v1'), already validated by the client; none: a dangling image. */
  name?: string;
  comment: string;
  author: string;
  changes: string[];
}

/** containerConfigToDockerOCIImageConfig: the container's config as an image config. */
function imageConfigOf(c: ContainerRecord): ImageConfig {
  const cc = c.config;
  const labels = cc.Labels && Object.keys(cc.Labels).length ? cc.Labels : null;
  const config: ImageConfig = {
    User: cc.User,
    ExposedPorts: cc.ExposedPorts,
    Env: [...cc.Env],
    Entrypoint: cc.Entrypoint,
    Cmd: cc.Cmd,
    Volumes: cc.Volumes,
    WorkingDir: cc.WorkingDir,
    Labels: labels,
  };
  if (cc.StopSignal) config.StopSignal = cc.StopSignal;
  return config;
}

/** The parent's steps, each with its time (catalog steps carry their image's). */
function inheritedHistory(parent: ImageRecord | undefined): HistoryEntry[] {
  return (parent?.history ?? []).map((h) => ({ created: parent?.created, ...h }));
}

/** The new layer: the writable layer's entries, or none when the container changed nothing. */
function commitLayer(engine: Engine, c: ContainerRecord): LayerRef | undefined {
  const upper = c.upper ?? {};
  const paths = Object.keys(upper).filter((p) => p !== '/');
  if (paths.length === 0) return undefined;
  const entries = structuredClone(upper);
  const digest = sha256Digest(`layer:${JSON.stringify(entries)}`);
  storeLayerData(engine, digest, entries);
  const unpacked = writableSize(c);
  // A gzipped tar: 512-byte headers, data, compressed to about a third.
  return { digest, size: Math.round((paths.length * 512 + unpacked) / 3) + 90, unpacked };
}

/** CreateImageFromContainer: returns the new image. */
export function commitContainer(engine: Engine, ref: string, opts: CommitOptions): ImageRecord {
  const c = getContainer(engine, ref);
  if (c.state.status === 'dead') throw new DaemonError('conflict', `You cannot commit container ${c.id} which is Dead`);
  if (c.state.status === 'removing') throw new DaemonError('conflict', `You cannot commit container ${c.id} which is being removed`);
  const config = applyChanges(imageConfigOf(c), opts.changes);
  const parent = engine.state.images[c.image];
  const layer = commitLayer(engine, c);
  const now = engine.now();
  const created = formatRFC3339Nano(now);
  const step: HistoryEntry & { created: string } = { created_by: (c.config.Cmd ?? []).join(' '), created };
  if (opts.comment) step.comment = opts.comment;
  if (!layer) step.empty_layer = true;
  const layers = [...(parent?.layers ?? []), ...(layer ? [layer] : [])];
  const id = sha256Digest(`commit:${c.id}:${now}:${JSON.stringify({ layers, config, comment: opts.comment, author: opts.author })}`);
  const image: ImageRecord = {
    id,
    repoTags: [],
    repoDigests: [],
    created,
    layers,
    config,
    history: [...inheritedHistory(parent), step],
    addedAt: now,
    tagTimes: { '': now },
  };
  const origin = parent?.source ?? parent?.from;
  if (origin) image.from = { ...origin };
  if (opts.comment) image.comment = opts.comment;
  if (opts.author) image.author = opts.author;
  engine.state.images[id] = image;
  if (opts.name) setTag(engine, image, opts.name);
  engine.emit('image commit');
  return image;
}
