// Which files of the build context BuildKit receives (tonistiigi/fsutil filterFS.Walk with the
// .dockerignore patterns as excludes): a pure function over the context's paths. An excluded
// directory is skipped whole unless an exception (`!pattern`) could match inside it; an excluded
// directory that still has included descendants is sent too (before them), as fsutil does. With
// BuildKit the Dockerfile and .dockerignore get no special treatment here: when ignored, they are
// not in the context (the Dockerfile is read separately; only the classic builder re-added them).
import { matchesUsingParentResults, type MatchInfo, newPatternMatcher, type Pattern, type PatternMatcher } from './pattern-matcher.ts';

export interface ContextEntry {
  /** Relative to the context root, '/'-separated, no leading './' ('src/app.js'). */
  path: string;
  dir: boolean;
}

const PATTERN_CHARS = /[*[\]?^\\]/;

/** patternWithoutTrailingGlob: the pattern minus a trailing '/**' or '/*'. */
function withoutTrailingGlob(p: Pattern): string {
  let s = p.text;
  if (s.endsWith('/**')) s = s.slice(0, -3);
  if (s.endsWith('/*')) s = s.slice(0, -2);
  return s;
}

/** Walk order: depth first, names in byte order within a directory (fs.WalkDir). */
export function walkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

interface Visited {
  path: string;
  info: MatchInfo;
  emitted: boolean;
}

/** Does an exception pattern reach into this excluded directory (fsutil's prefix check)? */
function exceptionInside(pm: PatternMatcher, dir: string): boolean {
  const dirSlash = `${dir}/`;
  return pm.patterns.some((p) => p.exclusion && `${withoutTrailingGlob(p)}/`.startsWith(dirSlash));
}

/**
 * The entries BuildKit transfers, in walk order. `entries` must list every directory of the
 * context as well as the files; patterns are .dockerignore lines as readIgnoreFile returns them.
 * Throws "syntax error in pattern" / `illegal exclusion pattern: "!"` for bad patterns.
 */
export function filterContext(entries: readonly ContextEntry[], patterns: readonly string[]): ContextEntry[] {
  const sorted = [...entries].sort((a, b) => walkOrder(a.path, b.path));
  if (patterns.length === 0) return sorted;
  const pm = newPatternMatcher(patterns);
  const onlyPrefixExceptions = !pm.patterns.some((p) => p.exclusion && PATTERN_CHARS.test(withoutTrailingGlob(p)));
  const out: ContextEntry[] = [];
  const parents: (Visited & { entry: ContextEntry })[] = [];
  let skipUnder: string | null = null;
  for (const entry of sorted) {
    if (skipUnder !== null && entry.path.startsWith(skipUnder)) continue;
    skipUnder = null;
    while (parents.length > 0 && !entry.path.startsWith(`${parents[parents.length - 1].path}/`)) parents.pop();
    const parentInfo = parents.length > 0 ? parents[parents.length - 1].info : [];
    const [excluded, info] = matchesUsingParentResults(pm, entry.path, parentInfo);
    if (excluded && entry.dir && onlyPrefixExceptions && (!pm.exclusions || !exceptionInside(pm, entry.path))) {
      skipUnder = `${entry.path}/`;
      continue;
    }
    const visited = { path: entry.path, info, emitted: !excluded, entry };
    if (!excluded) {
      for (const p of parents) {
        if (!p.emitted) out.push(p.entry);
        p.emitted = true;
      }
      out.push(entry);
    }
    if (entry.dir) parents.push(visited);
  }
  return out;
}
