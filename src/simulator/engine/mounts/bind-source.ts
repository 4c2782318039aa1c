// MountPoint.Setup for `-v /host/path:/path` binds (moby daemon/volume/mounts/mounts.go): at
// start the daemon creates a missing host directory, and any missing parents, owned by root
// with mode 0755 (user.MkdirAllAndChown). It acts as root on the host, so it writes the host
// filesystem's entries directly; a path that runs into a file is left alone (ENOTDIR is
// ignored). --mount binds are not created (their source must exist) unless bind-create-src.
import { dirEntry, ROOT } from '../../fs/entry.ts';
import type { Entry, Vfs } from '../../fs/types.ts';
import { dirname } from '../../fs/path.ts';
import { resolve } from '../../fs/resolve.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { parseMountRaw } from './parse.ts';

/** The daemon's os.Stat of a host path: as root, symlinks followed. */
function statAsRoot(fs: Vfs, path: string): { path: string; entry: Entry | undefined } | undefined {
  try {
    return resolve(fs.store, path, true, ROOT);
  } catch {
    return undefined;
  }
}

/** The host has `path` (as the daemon sees it); without a host filesystem every path does. */
export function hostPathExists(engine: Engine, path: string): boolean {
  return engine.hostFs ? statAsRoot(engine.hostFs, path)?.entry !== undefined : true;
}

/** MkdirAll as root: each missing component becomes a root-owned 0755 directory. */
export function mkdirAllAsRoot(fs: Vfs, path: string, now: number): void {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  for (let i = 1; i <= parts.length; i++) {
    const found = statAsRoot(fs, `/${parts.slice(0, i).join('/')}`);
    if (!found) return;
    if (found.entry?.kind === 'dir') continue;
    if (found.entry) return;
    fs.store.put(found.path, dirEntry(now, ROOT, 0o755));
    const parent = fs.store.get(dirname(found.path));
    if (parent?.kind === 'dir') fs.store.put(dirname(found.path), { ...parent, mtime: now });
  }
}

/** The host directories of `c`'s binds that should exist when it starts. */
function sourcesToCreate(c: ContainerRecord): string[] {
  const out: string[] = [];
  for (const raw of c.hostConfig.Binds ?? []) {
    try {
      const mp = parseMountRaw(raw);
      if (mp.type === 'bind') out.push(mp.source);
    } catch {
      // never registered
    }
  }
  for (const m of c.hostConfig.Mounts ?? []) {
    if (m.Type === 'bind' && m.BindOptions?.CreateMountpoint && m.Source) out.push(m.Source);
  }
  return out;
}

/** Create the missing bind-mount sources of `c` on the host (before its process starts). */
export function setupBindSources(engine: Engine, c: ContainerRecord): void {
  const fs = engine.hostFs;
  if (!fs) return;
  for (const source of sourcesToCreate(c)) {
    if (!hostPathExists(engine, source)) mkdirAllAsRoot(fs, source, engine.now());
  }
}
