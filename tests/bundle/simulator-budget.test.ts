// The simulator's share of the terminal's bundle budget (issue 7: the terminal with the
// simulator at most 150 KB gzipped, about 90 KB of it xterm.js and the workspace). Builds
// src/simulator/index.ts as the site does (Vite, the chunk groups of scripts/simulator-chunks.mjs)
// and checks what a page loads before the first command: the entry chunk and its static imports.
// The rest (the runtime, each command's implementation, the catalog's repositories, the Go
// template engine ...) must stay behind dynamic imports. `npm run budgets` measures the real page.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { simulatorChunks } from '../../scripts/simulator-chunks.mjs';

/** What the simulator may add, gzipped, before the first command. */
const INITIAL_BUDGET = 55 * 1024;

/** Modules that must never load before the first command (checked by path, with the import chain that pulls one in). */
const LAZY = [
  /engine\/catalog\/(?!index\.ts|types\.ts)[^/]+\.ts$/,
  /util\/format\/go-template/,
  /shell\/(interpreter|parser|lexer)\.ts$/,
  /session\/session\.ts$/,
  /runtime\//,
  /builder\//,
  // The compose model and its engine side (not the `docker compose` command specs, which are small).
  /simulator\/compose\/(?!.*types)/,
  /cli\/commands\/.*-run\.ts$/,
  /cli\/dispatch\.ts$/,
];

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = `${root}src/simulator/index.ts`;

interface Built {
  chunks: Rolldown.OutputChunk[];
  importedIds: Map<string, string[]>;
}

async function buildSimulator(): Promise<Built> {
  const chunks = simulatorChunks();
  const importedIds = new Map<string, string[]>();
  const graph: Plugin = {
    name: 'module-graph',
    generateBundle() {
      for (const id of this.getModuleIds()) importedIds.set(id, [...(this.getModuleInfo(id)?.importedIds ?? [])]);
    },
  };
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [chunks.plugin, graph],
    build: {
      write: false,
      minify: true,
      rolldownOptions: { input: entry, preserveEntrySignatures: 'strict', output: { codeSplitting: { groups: chunks.groups } } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return { chunks: outputs.flatMap((o) => o.output.filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')), importedIds };
}

/** The entry chunk and every chunk it imports statically: what loads with the terminal. */
function initialChunks(chunks: Rolldown.OutputChunk[]): Rolldown.OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Map<string, Rolldown.OutputChunk>();
  const walk = (c: Rolldown.OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const i of c.imports) {
      const next = byName.get(i);
      if (next) walk(next);
    }
  };
  const start = chunks.find((c) => c.isEntry);
  if (start) walk(start);
  return [...seen.values()];
}

/** The static import chain from index.ts to `target`, for the failure message. */
function chain(importedIds: Map<string, string[]>, target: string): string {
  const from = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  while (queue.length) {
    const id = queue.shift() as string;
    if (id === target) break;
    for (const next of importedIds.get(id) ?? []) {
      if (!from.has(next)) {
        from.set(next, id);
        queue.push(next);
      }
    }
  }
  const path: string[] = [];
  for (let id: string | undefined = target; id; id = from.get(id) || undefined) path.unshift(id.replace(root, ''));
  return path.join(' -> ');
}

const built = await buildSimulator();
const initial = initialChunks(built.chunks);
const gzip = (c: Rolldown.OutputChunk) => gzipSync(c.code, { level: 9 }).length;

describe('the simulator before the first command', () => {
  it(`stays within ${INITIAL_BUDGET / 1024} KB gzipped`, () => {
    const sizes = initial.map((c) => `${c.fileName}: ${(gzip(c) / 1024).toFixed(1)} KB`);
    const total = initial.reduce((n, c) => n + gzip(c), 0);
    expect(total, `initial chunks ${sizes.join(', ')}`).toBeLessThanOrEqual(INITIAL_BUDGET);
  });

  it('leaves the runtime, the command implementations, the catalog data and the template engine to later', () => {
    const eager = initial.flatMap((c) => c.moduleIds).filter((id) => LAZY.some((p) => p.test(id)));
    expect(eager.map((id) => chain(built.importedIds, id))).toEqual([]);
  });

  it('has the runtime and the commands as chunks to load on the first command', () => {
    const lazy = built.chunks.filter((c) => !initial.includes(c)).flatMap((c) => c.moduleIds);
    for (const p of [/session\/live\.ts$/, /cli\/commands\/container\/run-run\.ts$/, /engine\/catalog\/nginx\.ts$/, /util\/format\/go-template\/exec\.ts$/]) {
      expect(lazy.some((id) => p.test(id)), String(p)).toBe(true);
    }
  });
});
