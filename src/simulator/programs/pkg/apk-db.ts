// apk's state in the image: /etc/apk/world (what was asked for) and /lib/apk/db/installed (P:/V:/
// I: records of what apk-tools installed here), plus the table of packages it can install.
import type { Vfs } from '../../fs/types.ts';
import { APK_BASE, APK_PROVIDES, APK_ROWS } from './data/apk-packages.ts';
import { readText } from './files.ts';

export interface ApkPackage {
  name: string;
  version: string;
  installed: number;
  depends: string[];
  files: string[];
}

export const WORLD = '/etc/apk/world';
export const INSTALLED = '/lib/apk/db/installed';

let table: Map<string, ApkPackage> | undefined;

export function apkTable(): Map<string, ApkPackage> {
  if (table) return table;
  table = new Map();
  for (const line of APK_ROWS.split('\n')) {
    if (!line.trim()) continue;
    const [head, files = ''] = line.split(' | ');
    const [fields, deps = ''] = head.split(' : ');
    const [name, version, kb] = fields.trim().split(/\s+/);
    const words = (s: string) => s.trim().split(/\s+/).filter((w) => w !== '');
    table.set(name, { name, version, installed: Number(kb) * 1024, depends: words(deps), files: words(files) });
  }
  return table;
}

export function lookup(name: string): ApkPackage | undefined {
  return apkTable().get(APK_PROVIDES[name] ?? name);
}

/** Installed by apk here: name -> version (records in /lib/apk/db/installed). */
export function installedRecords(fs: Vfs): Map<string, { version: string; size: number }> {
  const out = new Map<string, { version: string; size: number }>();
  for (const block of (readText(fs, INSTALLED) ?? '').split('\n\n')) {
    const name = /^P:(.+)$/m.exec(block)?.[1];
    if (name) out.set(name, { version: /^V:(.+)$/m.exec(block)?.[1] ?? '', size: Number(/^I:(\d+)$/m.exec(block)?.[1] ?? 0) });
  }
  return out;
}

/** The package is there: recorded by apk, or its first program ships with the image. */
export function isInstalled(fs: Vfs, p: ApkPackage, db: Map<string, unknown>): boolean {
  return db.has(p.name) || (p.files[0] !== undefined && /\/s?bin\//.test(p.files[0]) && fs.exists(p.files[0]));
}

export function world(fs: Vfs): string[] {
  return (readText(fs, WORLD) ?? '').split('\n').filter((l) => l !== '');
}

/** "OK: 12.3 MiB in 25 packages": apk's human size (KiB below 10000 KiB, then one decimal). */
export function okLine(fs: Vfs): string {
  const db = installedRecords(fs);
  let bytes = APK_BASE.bytes;
  for (const r of db.values()) bytes += r.size;
  let v = bytes;
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  for (; i < units.length - 1 && v >= 10000; i++) v /= 1024;
  const human = i < 2 ? `${Math.floor(v)} ${units[i]}` : `${v.toFixed(1)} ${units[i]}`;
  return `OK: ${human} in ${APK_BASE.packages + db.size} packages\n`;
}
