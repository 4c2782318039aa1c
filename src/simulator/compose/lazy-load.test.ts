// The `yaml` package loads only when compose runs: no simulator module may import it statically
// (type-only imports are erased), so pages that never run compose do not ship it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatLogrus } from './errors.ts';
import { loadYamlModule } from './load/yaml-parse.ts';

const simulatorDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const STATIC = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+['"]yaml['"]/;

describe('lazy loading of yaml', () => {
  it('tells static imports from type-only and dynamic ones', () => {
    expect(STATIC.test("import YAML from 'yaml';")).toBe(true);
    expect(STATIC.test("import type { Document } from 'yaml';")).toBe(false);
    expect(STATIC.test("const y = await import('yaml');")).toBe(false);
  });

  it('no simulator module imports it statically', () => {
    const offenders = sources(simulatorDir).filter((f) => STATIC.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(simulatorDir, f))).toEqual([]);
  });

  it('loads on demand, once', async () => {
    const first = loadYamlModule();
    expect(loadYamlModule()).toBe(first);
    expect(typeof (await first).parseAllDocuments).toBe('function');
  });
});

describe('formatLogrus', () => {
  const w = { level: 'warning' as const, message: 'The "TAG" variable is not set. Defaulting to a blank string.' };
  it('writes the coloured terminal form with the message padded to 44 columns', () => {
    expect(formatLogrus({ level: 'warning', message: 'short' }, { tty: true })).toBe(`\x1b[33mWARN\x1b[0m[0000] short${' '.repeat(39)} \n`);
    expect(formatLogrus(w, { tty: true })).toBe(`\x1b[33mWARN\x1b[0m[0000] ${w.message} \n`);
  });
  it('writes logfmt when stderr is not a terminal', () => {
    expect(formatLogrus(w, { tty: false, time: '2026-01-05T10:00:00Z' })).toBe(
      'time="2026-01-05T10:00:00Z" level=warning msg="The \\"TAG\\" variable is not set. Defaulting to a blank string."\n',
    );
  });
});
