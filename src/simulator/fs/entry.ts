// Helpers over entry records: constructors with the defaults a umask of 022 gives, UTF-8 sizes
// (`ls -l` and `wc -c` count bytes, not UTF-16 units), stat views and permission checks.
import type { Credentials, DirEntry, Entry, FileEntry, Stat, SymlinkEntry } from './types.ts';

export const ROOT: Credentials = { uid: 0, gid: 0 };

/** Bytes of `text` in UTF-8, without TextEncoder (the simulator has no DOM/Node types). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function fileEntry(data: string, mtime: number, owner: Credentials = ROOT, mode = 0o644): FileEntry {
  return { kind: 'file', mode, uid: owner.uid, gid: owner.gid, mtime, data };
}

export function dirEntry(mtime: number, owner: Credentials = ROOT, mode = 0o755): DirEntry {
  return { kind: 'dir', mode, uid: owner.uid, gid: owner.gid, mtime };
}

export function symlinkEntry(target: string, mtime: number, owner: Credentials = ROOT): SymlinkEntry {
  return { kind: 'symlink', mode: 0o777, uid: owner.uid, gid: owner.gid, mtime, target };
}

/** A copy of the entry's own fields (drops store-internal fields such as a tree's children). */
export function cloneEntry(e: Entry): Entry {
  const base = { mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime };
  if (e.kind === 'file') {
    const f: FileEntry = { kind: 'file', ...base, data: e.data };
    if (e.size !== undefined) f.size = e.size;
    if (e.nlink !== undefined) f.nlink = e.nlink;
    return f;
  }
  if (e.kind === 'dir') return e.opaque ? { kind: 'dir', ...base, opaque: true } : { kind: 'dir', ...base };
  return { kind: 'symlink', ...base, target: e.target };
}

export function entrySize(e: Entry): number {
  if (e.kind === 'file') return e.size ?? utf8Length(e.data);
  if (e.kind === 'dir') return 4096;
  return utf8Length(e.target);
}

export function statOf(e: Entry, nlink: number): Stat {
  const s: Stat = { kind: e.kind, mode: e.mode, uid: e.uid, gid: e.gid, size: entrySize(e), mtime: e.mtime, nlink };
  if (e.kind === 'symlink') s.target = e.target;
  return s;
}

/** rwx check as the kernel does it: owner bits, else group bits, else other bits; root passes r/w. */
export function allowed(e: Entry, who: Credentials, bit: 4 | 2 | 1): boolean {
  if (who.uid === 0) return bit !== 1 || e.kind === 'dir' || (e.mode & 0o111) !== 0;
  const shift = who.uid === e.uid ? 6 : who.gid === e.gid ? 3 : 0;
  return ((e.mode >> shift) & bit) !== 0;
}
