// Pathname expansion and fnmatch-style patterns: * ? [abc] [!a-z] with backslash escapes; a
// leading dot must be matched explicitly; results sorted by code point (C.UTF-8 collation);
// a pattern that matches nothing stays as typed (bash without nullglob).
import type { Vfs } from '../fs/types.ts';

export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if ('*?['.includes(pattern[i])) return true;
  }
  return false;
}

/** Pattern with escapes removed (for a segment without wildcards). */
export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\(.)/g, '$1');
}

export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

/** The pattern as an anchored regular expression. */
export function globToRegExp(pattern: string, anchored = true): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]);
    else if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        const cls = `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        // A class the regex engine rejects ([z-a]) matches nothing in fnmatch; a literal '[' is close enough.
        if (validClass(cls)) {
          re += cls;
          i = end;
        } else re += '\\[';
      }
    } else re += escapeRe(c);
  }
  return new RegExp(anchored ? `^${re}$` : re);
}

function validClass(cls: string): boolean {
  try {
    new RegExp(cls);
    return true;
  } catch {
    return false;
  }
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Expand a pattern against the filesystem; `resolve` maps a (relative) path to an absolute one. */
export function expandGlob(pattern: string, fs: Vfs, resolve: (p: string) => string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let results: string[] = [absolute ? '/' : ''];
  for (const seg of segments) {
    if (seg === '' && absolute) continue;
    const next: string[] = [];
    for (const base of results) {
      const join = (name: string) => (base === '' ? name : base.endsWith('/') ? `${base}${name}` : `${base}/${name}`);
      if (!hasGlob(seg)) {
        const p = join(unescapeGlob(seg));
        if (fs.exists(resolve(p)) || isLink(fs, resolve(p))) next.push(p);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdir(resolve(base === '' ? '.' : base));
      } catch {
        continue;
      }
      const re = globToRegExp(seg);
      const dotOk = seg.startsWith('.') || seg.startsWith('\\.');
      for (const n of names) if ((dotOk || !n.startsWith('.')) && re.test(n)) next.push(join(n));
    }
    results = next;
  }
  return results.filter((r) => r !== '' && r !== '/').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isLink(fs: Vfs, path: string): boolean {
  try {
    return fs.lstat(path).kind === 'symlink';
  } catch {
    return false;
  }
}
