// Reading a .dockerignore (moby/patternmatcher ignorefile.ReadAll): a leading BOM is dropped, lines
// starting with '#' (in the very first column) are comments, others are trimmed, blank ones
// skipped, then cleaned like paths with a leading '/' removed ('!' exceptions keep their '!').
// Which file: `<Dockerfile>.dockerignore` beside the Dockerfile wins over `.dockerignore` at the
// context root (BuildKit dockerui).
import { cleanPath } from './go-path.ts';

const SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

/** strings.TrimSpace (Go's unicode.IsSpace, not JavaScript's \s). */
function trimSpace(s: string): string {
  return s.replace(SPACE, '');
}

export function readIgnoreFile(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const patterns: string[] = [];
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.startsWith('#')) continue;
    let pattern = trimSpace(line);
    if (pattern === '') continue;
    const invert = pattern[0] === '!';
    if (invert) pattern = trimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern[0] === '/') pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

/**
 * Where BuildKit looks for the ignore file: first `<name>.dockerignore` in the Dockerfile's own
 * directory (`<name>` = the Dockerfile's base name, e.g. Dockerfile.dockerignore), and only when
 * that is absent `.dockerignore` at the root of the build context.
 */
export function ignoreFileLocations(dockerfileBaseName: string): { besideDockerfile: string; contextRoot: string } {
  return { besideDockerfile: `${dockerfileBaseName}.dockerignore`, contextRoot: '.dockerignore' };
}
