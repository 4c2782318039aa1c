// Path resolution over an entry store, as namei(7) does it: components left to right, symlinks
// in the middle always followed (at most 40, then ELOOP), the last one only when asked; a
// missing middle component is ENOENT, a non-directory one ENOTDIR, no search right EACCES.
import { allowed } from './entry.ts';
import { fsError } from './errors.ts';
import { components } from './path.ts';
import type { Credentials, Entry, EntryStore } from './types.ts';

export interface Resolved {
  /** Canonical path (no symlinks, '.' or '..'); the last component may not exist. */
  path: string;
  entry: Entry | undefined;
}

const MAX_LINKS = 40;

export function resolve(store: EntryStore, path: string, followLast: boolean, who: Credentials): Resolved {
  const mustBeDir = path.endsWith('/') && components(path).length > 0;
  let pending = components(path);
  let cur: string[] = [];
  let entry: Entry | undefined = store.get('/');
  let links = 0;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (name === '..') {
      cur.pop();
      entry = store.get(`/${cur.join('/')}`);
      continue;
    }
    const p = `/${[...cur, name].join('/')}`;
    const e = store.get(p);
    const last = pending.length === 0;
    if (e?.kind === 'symlink' && (!last || followLast || mustBeDir)) {
      if (++links > MAX_LINKS) throw fsError('ELOOP', path);
      if (e.target.startsWith('/')) cur = [];
      pending = [...components(e.target), ...pending];
      if (pending.length === 0) entry = store.get(`/${cur.join('/')}`);
      continue;
    }
    if (!last) {
      if (!e) throw fsError('ENOENT', path);
      if (e.kind !== 'dir') throw fsError('ENOTDIR', path);
      if (!allowed(e, who, 1)) throw fsError('EACCES', path);
    }
    cur.push(name);
    entry = e;
  }
  if (mustBeDir && entry && entry.kind !== 'dir') throw fsError('ENOTDIR', path);
  return { path: `/${cur.join('/')}`, entry };
}
