// What dpkg knows is installed: the records apt-get appended to /var/lib/dpkg/status, and the
// packages an image shipped (its programs are there: buildpack-deps images have curl and git).
// Also whether `apt-get update` has left package lists to install from.
import type { Vfs } from '../../../fs/types.ts';
import { readText } from '../files.ts';
import type { DebPackage, DebRelease } from './deb-table.ts';

export const STATUS = '/var/lib/dpkg/status';
export const LISTS = '/var/lib/apt/lists';

export function recorded(fs: Vfs): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of (readText(fs, STATUS) ?? '').split('\n\n')) {
    const name = /^Package: (.+)$/m.exec(block)?.[1];
    const version = /^Version: (.+)$/m.exec(block)?.[1];
    if (name && version && /^Status: install ok installed$/m.test(block)) out.set(name, version);
  }
  return out;
}

/** Installed: recorded by dpkg, or its first program is in the image. */
export function isInstalled(fs: Vfs, p: DebPackage, db: Map<string, string>): boolean {
  if (db.has(p.name)) return true;
  const first = p.files[0];
  return first !== undefined && /\/s?bin\//.test(first) && fs.exists(first);
}

export function statusRecord(p: DebPackage): string {
  return `Package: ${p.name}\nStatus: install ok installed\nInstalled-Size: ${Math.round(p.installed / 1024)}\nArchitecture: ${p.all ? 'all' : 'amd64'}\nVersion: ${p.version}\n\n`;
}

export function removeRecord(text: string, name: string): string {
  return text
    .split('\n\n')
    .filter((b) => b.trim() !== '' && !new RegExp(`^Package: ${name.replace(/[.+]/g, '\\$&')}$`, 'm').test(b))
    .map((b) => `${b}\n\n`)
    .join('');
}

/** Package lists are there (an `apt-get update` ran and nobody removed them since). */
export function haveLists(fs: Vfs): boolean {
  try {
    return fs.readdir(LISTS).some((n) => /_Packages(\.lz4)?$/.test(n));
  } catch {
    return false;
  }
}

/** "(Reading database ... N files and directories currently installed.)" */
export function databaseCount(release: DebRelease, db: Map<string, string>): number {
  let n = release.overlay.baseFiles;
  for (const name of db.keys()) n += 6 + (release.packages.get(name)?.files.length ?? 0);
  return n;
}
