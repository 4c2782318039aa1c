// The Dockerfile parser and context rules load only when a build runs: outside builder/, nothing
// may import them statically (use `await import('.../builder/parse/index.ts')`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const builderDir = fileURLToPath(new URL('.', import.meta.url));
const srcDir = join(builderDir, '..', '..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'node_modules') out.push(...sources(p));
    } else if (/\.(ts|tsx|astro|mjs|js)$/.test(name)) out.push(p);
  }
  return out;
}

// Type-only imports are erased at compile time, so they are allowed.
const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+['"][^'"]*builder\/(?:parse|context)(?:\/[^'"]*)?['"]/;

describe('lazy loading', () => {
  it('tells static imports from dynamic ones', () => {
    expect(STATIC.test("import { parseDockerfile } from '../../builder/parse/index.ts';")).toBe(true);
    expect(STATIC.test("export { x } from '../builder/context/index.ts';")).toBe(true);
    expect(STATIC.test("import type { Stage } from '../builder/parse/ast.ts';")).toBe(false);
    expect(STATIC.test("const p = await import('../builder/parse/index.ts');")).toBe(false);
  });
  it('no module outside builder/ imports the parser statically', () => {
    const offenders = sources(srcDir)
      .filter((f) => !f.startsWith(builderDir))
      .filter((f) => STATIC.test(readFileSync(f, 'utf8')))
      .map((f) => relative(srcDir, f));
    expect(offenders).toEqual([]);
  });
  it('the entry points load on demand', async () => {
    const parse = await import('./parse/index.ts');
    const context = await import('./context/index.ts');
    expect(parse.parseDockerfile('FROM scratch\n').stages).toHaveLength(1);
    expect(context.filterContext([{ path: 'a', dir: false }], ['a'])).toEqual([]);
  });
});
