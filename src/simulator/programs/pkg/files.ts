// Writing what a package installs into the process's filesystem (a container's writable layer
// or a build step's layer): programs as executable marker files with their real sizes (so the
// shell finds them on PATH and `docker history` shows the layer's weight), data files, and the
// package database records. Every write goes through the Vfs, as the process's user.
import { utf8Length } from '../../fs/entry.ts';
import { dirname } from '../../fs/path.ts';
import type { FileEntry, Vfs } from '../../fs/types.ts';
import type { PkgHost } from './hook.ts';

/** The bytes every simulated executable starts with (the shell runs it as a program, not a script). */
export const ELF = '\x7fELF\x02\x01\x01';

export function mkdirp(fs: Vfs, dir: string): void {
  if (!fs.exists(dir)) fs.mkdir(dir, { recursive: true });
}

function put(host: PkgHost, path: string, data: string, mode: number, size?: number): void {
  const fs = host.fs;
  mkdirp(fs, dirname(path));
  fs.writeFile(path, data, { mode });
  fs.chmod(path, mode);
  if (size === undefined || size === utf8Length(data)) return;
  // A declared size for a marker file, as the base images' programs have: set on the entry itself.
  const real = fs.realpath(path);
  const entry = fs.store.get(real);
  if (entry?.kind === 'file') fs.store.put(real, { ...entry, size } satisfies FileEntry);
}

/** An executable of `size` bytes (a marker the shell runs as a program). */
export function writeProgram(host: PkgHost, path: string, size: number): void {
  put(host, path, ELF, 0o755, size);
}

/** A data file: its text, or a marker of `size` bytes standing for binary content. */
export function writeData(host: PkgHost, path: string, text: string, size?: number): void {
  put(host, path, text, 0o644, size);
}

export function readText(fs: Vfs, path: string): string | undefined {
  try {
    return fs.stat(path).kind === 'file' ? fs.readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

export function appendText(host: PkgHost, path: string, text: string): void {
  mkdirp(host.fs, dirname(path));
  host.fs.writeFile(path, text, { append: true });
}

export function isDir(fs: Vfs, path: string): boolean {
  try {
    return fs.stat(path).kind === 'dir';
  } catch {
    return false;
  }
}

/** A deterministic size in [min, max) for a name: the same package always weighs the same. */
export function sizeFor(name: string, min: number, max: number): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  return min + (h % (max - min));
}
