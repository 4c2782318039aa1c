// Build-context rules: reading .dockerignore and deciding which context files BuildKit receives.
// Pure functions over path lists; loaded with the parser when a build runs.
export { type ContextEntry, filterContext, walkOrder } from './context-filter.ts';
export { cleanPath, dirPath } from './go-path.ts';
export { ignoreFileLocations, readIgnoreFile } from './ignore-file.ts';
export { BAD_PATTERN, matchesOrParentMatches as isExcluded, newPatternMatcher, type PatternMatcher } from './pattern-matcher.ts';
