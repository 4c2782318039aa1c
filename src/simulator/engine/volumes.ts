// The daemon's volume store with the local driver (moby daemon/volume/service, volume/local):
// named and anonymous volumes, references held by the containers that mount them, and each
// volume's files as a memory-fs tree in WorldState.volumeData (what a container's union-fs
// mounts at the destination). Errors carry the service's exact texts ("get x: no such volume",
// "remove x: volume is in use - [<container id>]").
import { entrySize } from '../fs/entry.ts';
import { emptyTree, type TreeDir, type TreeNode } from '../fs/memory-fs.ts';
import { DaemonError } from '../errors/daemon-error.ts';
import { ramInBytes } from '../util/format/units.ts';
import type { Engine } from './engine.ts';
import type { VolumeRecord } from './state.ts';
import { logEvent } from './events.ts';

/** service.AnonymousLabel: set on volumes created without a name. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';
export const LOCAL_DRIVER = 'local';
const VOLUMES_DIR = '/var/lib/docker/volumes';
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const VALID_OPTS = ['type', 'o', 'device', 'size'];
const REQUIRED_OPTS: [string, string[]][] = [['device', ['type']], ['type', ['device']], ['o', ['device', 'type']]];

export interface VolumeCreateOptions {
  driver?: string;
  /** null: none sent (a volume made by `docker run -v name:/path` inspects with "Labels": null). */
  labels?: Record<string, string> | null;
  options?: Record<string, string> | null;
}

/** Where the local driver keeps a volume's data on the host. */
export function volumeMountpoint(name: string): string {
  return `${VOLUMES_DIR}/${name}/_data`;
}

function invalid(name: string, why: string): DaemonError {
  return new DaemonError('invalidParameter', `create ${name}: ${why}`);
}

/** local.Root.validateName and validateOpts. */
function validateLocal(name: string, options: Record<string, string> | null | undefined): void {
  if (name.length === 1) throw invalid(name, 'volume name is too short, names should be at least two alphanumeric characters');
  if (!VALID_NAME.test(name)) {
    throw invalid(
      name,
      `${JSON.stringify(name)} includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
    );
  }
  const opts = options ?? {};
  const bad = Object.keys(opts).find((k) => !VALID_OPTS.includes(k));
  if (bad !== undefined) throw invalid(name, `invalid option: ${JSON.stringify(bad)}`);
  if ('size' in opts) {
    const size = ramInBytes(opts.size);
    if (!size.ok) throw invalid(name, size.error);
    // The simulated /var/lib/docker sits on a filesystem without project quotas.
    if (size.value > 0) throw invalid(name, 'quota size requested but no quota support');
  }
  for (const [opt, needs] of REQUIRED_OPTS) {
    const missing = opt in opts ? needs.find((n) => !(n in opts)) : undefined;
    if (missing !== undefined) throw invalid(name, `missing required option: ${JSON.stringify(missing)}`);
  }
}

/** The volume's files, created empty if a snapshot predates them. */
export function volumeTree(engine: Engine, name: string): TreeDir {
  const data = (engine.state.volumeData ??= {});
  return (data[name] ??= emptyTree(engine.state.volumes[name]?.created ?? engine.now()));
}

/**
 * VolumesService.Create: an empty name makes an anonymous volume (a 64-hex name and the
 * anonymous label); an existing name returns that volume unchanged, as the store does.
 */
export function createVolume(engine: Engine, requested: string, opts: VolumeCreateOptions = {}): VolumeRecord {
  const anonymous = requested === '';
  const name = anonymous ? engine.newId() : requested;
  const driver = opts.driver ?? '';
  if (driver !== '' && driver !== LOCAL_DRIVER) {
    throw new DaemonError('notFound', `create ${name}: error looking up volume plugin ${driver}: plugin ${JSON.stringify(driver)} not found`);
  }
  const existing = engine.state.volumes[name];
  if (existing) return existing;
  validateLocal(name, opts.options);
  const labels = anonymous ? { ...(opts.labels ?? {}), [ANONYMOUS_LABEL]: '' } : (opts.labels ?? null);
  const created = engine.now();
  const v: VolumeRecord = { name, driver: LOCAL_DRIVER, created, labels, anonymous: labels !== null && ANONYMOUS_LABEL in labels, options: opts.options ?? null };
  engine.state.volumes[name] = v;
  (engine.state.volumeData ??= {})[name] = emptyTree(created);
  logEvent(engine, 'volume', 'create', name, { driver: LOCAL_DRIVER });
  engine.emit('volume create');
  return v;
}

/** VolumeStore.Get. */
export function getVolume(engine: Engine, name: string): VolumeRecord {
  const v = Object.hasOwn(engine.state.volumes, name) ? engine.state.volumes[name] : undefined;
  if (!v) throw new DaemonError('notFound', `get ${name}: no such volume`);
  return v;
}

/** The ids of the containers referencing the volume (the store's refs), oldest first. */
export function volumeRefs(engine: Engine, name: string): string[] {
  return Object.values(engine.state.containers)
    .filter((c) => (c.mounts ?? []).some((m) => m.Type === 'volume' && m.Name === name))
    .sort((a, b) => a.created - b.created)
    .map((c) => c.id);
}

/** Forget the volume and its data (no checks). */
export function purgeVolume(engine: Engine, name: string): void {
  if (engine.state.volumes[name]) logEvent(engine, 'volume', 'destroy', name, { driver: engine.state.volumes[name].driver });
  delete engine.state.volumes[name];
  if (engine.state.volumeData) delete engine.state.volumeData[name];
  engine.emit('volume destroy');
}

/**
 * VolumesService.Remove (DELETE /volumes/{name}): a volume still referenced cannot go, even
 * with force; force turns "no such volume" into success.
 */
export function removeVolume(engine: Engine, name: string, force = false): void {
  if (!Object.hasOwn(engine.state.volumes, name)) {
    if (force) return;
    getVolume(engine, name);
  }
  const refs = volumeRefs(engine, name);
  if (refs.length) throw new DaemonError('conflict', `remove ${name}: volume is in use - [${refs.join(', ')}]`);
  purgeVolume(engine, name);
}

function treeSize(node: TreeNode): number {
  if (node.kind !== 'dir') return entrySize(node);
  return Object.values(node.children).reduce((n, child) => n + treeSize(child), 0);
}

/** directory.Size: bytes of the files (and symlinks) in the volume; directories count nothing. */
export function volumeSize(engine: Engine, name: string): number {
  const tree = engine.state.volumeData?.[name];
  return tree ? treeSize(tree) : 0;
}

/** Whether the volume holds no entries (a new volume gets the image's files, see mounts/). */
export function volumeIsEmpty(engine: Engine, name: string): boolean {
  return Object.keys(volumeTree(engine, name).children).length === 0;
}
