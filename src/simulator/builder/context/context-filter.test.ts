import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ContextEntry, filterContext } from './context-filter.ts';
import { cleanPath } from './go-path.ts';
import { ignoreFileLocations, readIgnoreFile } from './ignore-file.ts';
import { matchesOrParentMatches, newPatternMatcher } from './pattern-matcher.ts';

interface OracleCase {
  ignore: string;
  patterns?: string[];
  excluded?: Record<string, boolean>;
  walk?: string[];
  error?: string;
}

const oracle = JSON.parse(readFileSync(new URL('./testdata/dockerignore-oracle.json', import.meta.url), 'utf8')) as {
  entries: ContextEntry[];
  cases: OracleCase[];
};
const entries = oracle.entries.map((e) => ({ path: e.path, dir: e.dir ?? false }));

describe('.dockerignore against moby/patternmatcher (testdata/dockerignore-oracle.json)', () => {
  for (const c of oracle.cases) {
    it(JSON.stringify(c.ignore), () => {
      const patterns = readIgnoreFile(c.ignore);
      if (c.patterns) expect(patterns).toEqual(c.patterns);
      if (c.error !== undefined) {
        expect(() => newPatternMatcher(patterns)).toThrow(c.error);
        expect(() => filterContext(entries, patterns)).toThrow(c.error);
        return;
      }
      const pm = newPatternMatcher(patterns);
      const excluded = Object.fromEntries(entries.map((e) => [e.path, matchesOrParentMatches(pm, e.path)]));
      expect(excluded).toEqual(c.excluded);
      expect(filterContext(entries, patterns).map((e) => e.path)).toEqual(c.walk);
    });
  }
});

describe('context rules', () => {
  it('sends everything, in walk order, without an ignore file', () => {
    const list = [{ path: 'b', dir: false }, { path: 'a-c', dir: false }, { path: 'a', dir: true }, { path: 'a/b', dir: false }];
    expect(filterContext(list, []).map((e) => e.path)).toEqual(['a', 'a/b', 'a-c', 'b']);
  });
  it('does not keep the Dockerfile or .dockerignore when they are ignored (BuildKit)', () => {
    const list = [{ path: 'Dockerfile', dir: false }, { path: '.dockerignore', dir: false }, { path: 'app.js', dir: false }];
    expect(filterContext(list, readIgnoreFile('Dockerfile\n.dockerignore\n')).map((e) => e.path)).toEqual(['app.js']);
  });
  it('looks for <Dockerfile>.dockerignore beside the Dockerfile first', () => {
    expect(ignoreFileLocations('app.Dockerfile')).toEqual({ besideDockerfile: 'app.Dockerfile.dockerignore', contextRoot: '.dockerignore' });
  });
  it('cleans paths as Go filepath.Clean', () => {
    expect(['', '.', 'a//b/./c/..', '/../x', '../../a', 'a/../..', '/', './x/'].map(cleanPath)).toEqual([
      '.', '.', 'a/b', '/x', '../../a', '..', '/', 'x',
    ]);
  });
});
