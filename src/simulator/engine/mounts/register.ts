// A container's mounts as moby's daemon sets them up at create (daemon/volumes.go
// registerMountPoints, create_unix.go createContainerVolumesOS): --volumes-from, then
// HostConfig.Binds and HostConfig.Mounts (which replace a shared mount at the same place), then
// an anonymous volume for each Config.Volumes path (the image's VOLUME and `-v /path`) left; named volumes are created on first use, and every empty
// volume is filled from the image's files at its destination (populateVolume). The result is
// ContainerRecord.mounts, in the docker-inspect shape the container's union-fs mounts.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, ImageRecord, MountPoint } from '../state.ts';
import { createVolume, volumeMountpoint } from '../volumes.ts';
import { imageStore } from './image-files.ts';
import { hostPathExists } from './bind-source.ts';
import { getContainer } from '../containers/lookup.ts';
import { cleanPath, parseMountRaw, parseMountSpec, parseVolumesFrom, type ParsedMount } from './parse.ts';
import { populateVolume } from './populate.ts';

const ROOTFS_DIR = '/var/lib/docker/rootfs/overlayfs';

interface Registered {
  point: MountPoint;
  copyData: boolean;
}

function duplicate(dest: string): DaemonError {
  return new DaemonError('invalidParameter', `Duplicate mount point: ${dest}`);
}

/** A parsed mount as the container records it; a volume is created (or found) first. */
function toPoint(engine: Engine, mp: ParsedMount, labels?: Record<string, string> | null, options?: Record<string, string> | null): MountPoint {
  if (mp.type === 'bind') return { Type: 'bind', Source: mp.source, Destination: mp.destination, Mode: mp.mode, RW: mp.rw, Propagation: mp.propagation };
  if (mp.type === 'tmpfs') return { Type: 'tmpfs', Source: '', Destination: mp.destination, Mode: mp.mode, RW: mp.rw, Propagation: '' };
  if (mp.type !== 'volume') throw new DaemonError('system', `mount type ${JSON.stringify(mp.type)} is not supported by this simulator`);
  const v = createVolume(engine, mp.name, { driver: mp.driver, labels, options });
  // setBindModeIfNull: local volumes from Binds and Mounts default to the "z" mode.
  const point: MountPoint = { Type: 'volume', Name: v.name, Source: volumeMountpoint(v.name), Destination: mp.destination, Driver: v.driver, Mode: mp.mode || 'z', RW: mp.rw, Propagation: '' };
  if (mp.name === '') point.Anonymous = true;
  return point;
}

/** Step 2: the mounts of each --volumes-from container, read-only with ":ro", never copied into. */
function fromContainers(engine: Engine, c: ContainerRecord): Registered[] {
  const out: Registered[] = [];
  for (const spec of c.hostConfig.VolumesFrom ?? []) {
    const { id, mode } = parseVolumesFrom(spec);
    let other: ContainerRecord;
    try {
      other = getContainer(engine, id);
    } catch (e) {
      throw e instanceof DaemonError ? new DaemonError('invalidParameter', e.message) : e;
    }
    for (const m of other.mounts ?? []) {
      const point: MountPoint = { ...m, RW: m.RW && !mode.split(',').includes('ro') };
      const at = out.findIndex((r) => r.point.Destination === m.Destination);
      if (at !== -1) out.splice(at, 1);
      out.push({ point, copyData: false });
    }
  }
  return out;
}

/** Steps 3 and 4 of registerMountPoints: the client's binds, then its --mount specs. */
function fromHostConfig(engine: Engine, c: ContainerRecord, shared: Registered[]): Registered[] {
  const out: Registered[] = [...shared];
  const taken = new Set<string>();
  const replace = (r: Registered) => {
    const at = out.findIndex((o) => o.point.Destination === r.point.Destination);
    if (at !== -1) out.splice(at, 1);
    out.push(r);
  };
  for (const raw of c.hostConfig.Binds ?? []) {
    const mp = parseMountRaw(raw);
    if (taken.has(mp.destination)) throw duplicate(mp.destination);
    taken.add(mp.destination);
    replace({ point: toPoint(engine, mp), copyData: mp.copyData });
  }
  for (const spec of c.hostConfig.Mounts ?? []) {
    const mp = parseMountSpec(spec, (p) => hostPathExists(engine, p));
    if (taken.has(mp.destination)) throw duplicate(spec.Target ?? '');
    taken.add(mp.destination);
    const vo = spec.VolumeOptions;
    replace({ point: toPoint(engine, mp, vo ? (vo.Labels ?? null) : null, vo?.DriverConfig?.Options ?? null), copyData: mp.copyData });
  }
  return out;
}

/** createContainerVolumesOS: an anonymous volume for each Config.Volumes path left (added to c.mounts). */
function addAnonymousVolumes(engine: Engine, c: ContainerRecord, image: ImageRecord, registered: Registered[]): void {
  const view = imageStore(engine, image);
  for (const spec of Object.keys(c.config.Volumes ?? {})) {
    const dest = cleanPath(spec);
    if ((c.mounts ?? []).some((m) => m.Destination === dest)) continue;
    const real = view.realpath(dest);
    const entry = real !== undefined ? view.store.get(real) : undefined;
    if (entry && entry.kind !== 'dir') {
      throw new DaemonError('system', `cannot mount volume over existing file, file exists ${ROOTFS_DIR}/${c.id}${real}`);
    }
    const v = createVolume(engine, '');
    const point: MountPoint = { Type: 'volume', Name: v.name, Source: volumeMountpoint(v.name), Destination: dest, Driver: v.driver, Mode: '', RW: true, Propagation: '', Anonymous: true };
    (c.mounts ??= []).push(point);
    registered.push({ point, copyData: true });
  }
}

/**
 * Register `c`'s mounts (c.mounts) and fill its empty volumes from `image`. On an error the
 * caller drops the container with releaseMounts(..., true), as the daemon's cleanup does.
 */
export function registerMounts(engine: Engine, c: ContainerRecord, image: ImageRecord): void {
  const registered = fromHostConfig(engine, c, fromContainers(engine, c));
  c.mounts = registered.map((r) => r.point);
  addAnonymousVolumes(engine, c, image, registered);
  const view = imageStore(engine, image);
  for (const r of registered) {
    if (r.point.Type === 'volume' && r.copyData && r.point.Name) populateVolume(engine, r.point.Name, view, r.point.Destination);
  }
}
