// moby/patternmatcher, ported: patterns are cleaned paths with `*` (not across '/'), `?`, `[...]`,
// `**` (any number of directories), `\` escapes and `!` exceptions; the last matching pattern
// decides. A pattern matches a path or any of its parent directories. Patterns become exact,
// prefix (`dir/**`), suffix (`**/name`) or regexp matches, exactly as patternmatcher compiles them.
import { cleanPath } from './go-path.ts';
import { validateGlob } from './glob-syntax.ts';

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

export interface Pattern {
  /** The cleaned pattern, without its '!'. */
  text: string;
  exclusion: boolean;
  dirs: string[];
  type: MatchType;
  regexp: RegExp | null;
}

/** The error text Go's filepath.ErrBadPattern carries. */
export const BAD_PATTERN = 'syntax error in pattern';

export interface PatternMatcher {
  patterns: Pattern[];
  /** Any '!' exception among the patterns. */
  exclusions: boolean;
}

/** patternmatcher.New; throws for '!' alone or a malformed pattern. */
export function newPatternMatcher(patterns: readonly string[]): PatternMatcher {
  const out: Pattern[] = [];
  let exclusions = false;
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '') continue;
    p = cleanPath(p);
    let exclusion = false;
    if (p[0] === '!') {
      if (p.length === 1) throw new Error('illegal exclusion pattern: "!"');
      exclusion = true;
      exclusions = true;
      p = p.slice(1);
    }
    if (!validateGlob(p)) throw new Error(BAD_PATTERN);
    out.push({ text: p, exclusion, dirs: p.split('/'), ...compile(p) });
  }
  return { patterns: out, exclusions };
}

/** Pattern.compile: the match type, and the regexp when one is needed. */
function compile(pattern: string): { type: MatchType; regexp: RegExp | null } {
  const chars = Array.from(pattern);
  let re = '^';
  let type: MatchType = 'exact';
  for (let pos = 0, i = 0; pos < chars.length; i++) {
    const ch = chars[pos++];
    if (ch === '*' && chars[pos] === '*') {
      pos++;
      if (chars[pos] === '/') pos++;
      if (pos === chars.length) {
        if (type === 'exact') type = 'prefix';
        else [re, type] = [`${re}.*`, 'regexp'];
      } else [re, type] = [`${re}(.*/)?`, 'regexp'];
      if (i === 0) type = 'suffix';
    } else if (ch === '*') [re, type] = [`${re}[^/]*`, 'regexp'];
    else if (ch === '?') [re, type] = [`${re}[^/]`, 'regexp'];
    else if ('.+()|{}$'.includes(ch)) re += `\\${ch}`;
    else if (ch === '\\') {
      if (pos < chars.length) [re, type] = [re + escaped(chars[pos++]), 'regexp'];
      else re += '\\'; // a trailing backslash: Go's regexp then reads the final \$ as a literal $
    } else if (ch === '[' || ch === ']') [re, type] = [re + ch, 'regexp'];
    else re += ch;
  }
  if (type !== 'regexp') return { type, regexp: null };
  try {
    return { type, regexp: new RegExp(`${re}$`, 'u') };
  } catch {
    return { type, regexp: null }; // Go's compile error: matching reports ErrBadPattern
  }
}

/** `\x` in Go's regexp syntax, written for a JavaScript /u regexp. */
function escaped(ch: string): string {
  if (/^[dDwWsSbBtnrvf]$/.test(ch)) return `\\${ch}`;
  if (/^[A-Za-z0-9]$/.test(ch)) return ch === 'a' ? '\\u{7}' : '\\q'; // \q: invalid, as in Go
  return `\\u{${(ch.codePointAt(0) as number).toString(16)}}`;
}

function matchOne(p: Pattern, path: string): boolean {
  switch (p.type) {
    case 'exact':
      return path === p.text;
    case 'prefix':
      return path.startsWith(p.text.slice(0, -2));
    case 'suffix': {
      const suffix = p.text.slice(2);
      return path.endsWith(suffix) || (suffix[0] === '/' && path === suffix.slice(1));
    }
    case 'regexp':
      if (!p.regexp) throw new Error(BAD_PATTERN);
      return p.regexp.test(path);
  }
}

function parentMatches(p: Pattern, file: string): boolean {
  const parent = file.lastIndexOf('/') < 0 ? '.' : cleanPath(file.slice(0, file.lastIndexOf('/')));
  if (parent === '.') return false;
  const dirs = parent.split('/');
  for (let i = 0; i < dirs.length; i++) if (matchOne(p, dirs.slice(0, i + 1).join('/'))) return true;
  return false;
}

/** MatchesOrParentMatches: is `file` (slash-separated, relative) excluded? */
export function matchesOrParentMatches(pm: PatternMatcher, file: string): boolean {
  let matched = false;
  for (const p of pm.patterns) {
    if (p.exclusion !== matched) continue;
    if (matchOne(p, file) || parentMatches(p, file)) matched = !p.exclusion;
  }
  return matched;
}

/** Per-pattern results for a directory, handed to its children (MatchInfo). */
export type MatchInfo = boolean[];

/** MatchesUsingParentResults: as above, reusing the parent directory's per-pattern results. */
export function matchesUsingParentResults(pm: PatternMatcher, file: string, parent: MatchInfo): [boolean, MatchInfo] {
  let matched = false;
  const info: MatchInfo = pm.patterns.map(() => false);
  pm.patterns.forEach((p, i) => {
    let match = parent.length !== 0 ? parent[i] : false;
    if (!match) {
      if (p.exclusion !== matched) return;
      match = matchOne(p, file) || (parent.length === 0 && parentMatches(p, file));
    }
    info[i] = match;
    if (match) matched = !p.exclusion;
  });
  return [matched, info];
}
