// COPY/ADD from the build context: which context files a source names (a file, a directory's
// contents, a glob), where each lands, and BuildKit's error when a source is missing.
import { isExcluded, newPatternMatcher, type PatternMatcher } from '../context/index.ts';
import type { CopiedFile } from './cache-key.ts';
import type { BuildContext } from './context.ts';

export interface CopyPlan {
  /** Destination path in the image to the file (directories have dir: true). */
  writes: { dest: string; dir: boolean; data: string; mode: number; size?: number; direct?: boolean; archive?: boolean }[];
  /** What the cache key hashes. */
  files: CopiedFile[];
}

/** The missing-source error; `ref` is the context's random ref as BuildKit names it. */
export class MissingSourceError extends Error {}

const GLOB = /[*?[]/;

function clean(p: string): string {
  const parts: string[] = [];
  for (const s of p.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') parts.pop();
    else parts.push(s);
  }
  return parts.join('/');
}

function globRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = seg.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${seg.slice(i + 1, end).replace(/^\^|^!/, '^')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Context paths a source names: itself, or every path its glob matches. */
function matchSource(ctx: BuildContext, src: string): string[] {
  const path = clean(src);
  if (!GLOB.test(path)) return path === '' || ctx.has(path) ? [path] : [];
  const segs = path.split('/').map(globRegex);
  return [...ctx.keys()].filter((p) => {
    const parts = p.split('/');
    return parts.length === segs.length && parts.every((s, i) => segs[i].test(s));
  });
}

function join(dir: string, rel: string): string {
  return `${dir.replace(/\/+$/, '')}/${rel}`.replace(/\/+/g, '/');
}

export interface CopyOptions {
  /** COPY --parents: keep each source's path (below a `/./` pivot) under the destination. */
  parents?: boolean;
  /** --exclude patterns. */
  excludes?: readonly string[];
}

function excluder(patterns: readonly string[] | undefined): (p: string) => boolean {
  if (!patterns || patterns.length === 0) return () => false;
  let pm: PatternMatcher;
  try {
    pm = newPatternMatcher(patterns);
  } catch {
    return () => false;
  }
  return (p) => isExcluded(pm, p);
}

/** Plan a COPY of `sources` (as written, expanded) to `dest` (absolute, trailing '/' kept). */
export function planCopy(ctx: BuildContext, sources: readonly string[], dest: string, ref: string, opts: CopyOptions = {}): CopyPlan {
  const plan: CopyPlan = { writes: [], files: [] };
  const skip = excluder(opts.excludes);
  const matched: { path: string; pivot: string }[] = [];
  for (const src of sources) {
    const found = matchSource(ctx, src);
    if (found.length === 0) throw new MissingSourceError(`failed to calculate checksum of ref ${ref}: "/${clean(src)}": not found`);
    const cut = src.indexOf('/./');
    const pivot = opts.parents && cut >= 0 ? clean(src.slice(0, cut)) : '';
    matched.push(...found.map((path) => ({ path, pivot })));
  }
  const intoDir = opts.parents || dest.endsWith('/') || sources.length > 1 || sources.some((s) => GLOB.test(s));
  for (const { path, pivot } of matched) {
    const entry = path === '' ? undefined : ctx.get(path);
    const kept = opts.parents ? (pivot ? path.slice(pivot.length + 1) : path) : '';
    if (entry && !entry.dir) {
      if (skip(path.slice(path.lastIndexOf('/') + 1))) continue;
      const target = opts.parents ? join(dest, kept) : intoDir ? join(dest, path.slice(path.lastIndexOf('/') + 1)) : dest;
      plan.writes.push({ dest: target, dir: false, data: entry.data, mode: entry.mode, size: entry.size, direct: true });
      plan.files.push({ path, data: entry.data, mode: entry.mode });
      continue;
    }
    const prefix = path === '' ? '' : `${path}/`;
    const base = opts.parents && kept ? join(dest, kept) : dest;
    for (const [p, e] of ctx) {
      if (!p.startsWith(prefix) || p === path || skip(p.slice(prefix.length))) continue;
      plan.writes.push({ dest: join(base, p.slice(prefix.length)), dir: e.dir, data: e.data, mode: e.mode, size: e.size });
      plan.files.push({ path: p, data: e.dir ? '' : e.data, mode: e.mode });
    }
  }
  return plan;
}
