// How the site's bundler groups the simulator (src/simulator) into chunks. Left alone, it cuts
// every module shared between the start-up code and a lazily loaded part into a chunk of its own
// (dozens of tiny requests before the terminal starts). Grouped instead:
//   - `simulator`: everything src/simulator/index.ts imports statically, the code a page loads
//     with the terminal (the world, the prompt, tab completion, the command specs), one chunk;
//   - `simulator-live`: what session/live.ts adds statically (the shells, the runtime, the docker
//     CLI's dispatch, the engine), loaded with the first command, one chunk;
//   - the rest (each command's implementation, the catalog's repositories, the Go template
//     engine, the builder ...) in the chunks the bundler makes per dynamic import, loaded at first use.
// `npm run budgets` measures what the first group weighs with xterm.js and the workspace.
const SIM = /[\\/]src[\\/]simulator[\\/]/;
const ROOTS = { simulator: /[\\/]src[\\/]simulator[\\/]index\.ts$/, 'simulator-live': /[\\/]src[\\/]simulator[\\/]session[\\/]live\.ts$/ };

/** Module ids reachable from `root` through static imports, within the simulator. */
function staticClosure(root, getModuleInfo, skip) {
  const seen = new Set();
  const walk = (id) => {
    if (seen.has(id) || skip.has(id) || !SIM.test(id)) return;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) walk(next);
  };
  walk(root);
  return seen;
}

/**
 * The chunk groups, and a Vite plugin that forgets the grouping when a build starts (Astro runs
 * several builds with one config). Computed at a build's first simulator module: by then the
 * module graph is complete.
 */
export function simulatorChunks() {
  let byName;
  const chunkOf = (id, getModuleInfo) => {
    if (!SIM.test(id)) return null;
    byName ??= grouping(id, getModuleInfo);
    return byName.get(id) ?? null;
  };
  return {
    plugin: { name: 'dockyard-simulator-chunks', buildStart: () => void (byName = undefined) },
    groups: [
      // Vite's preload helper stays apart: the page's first script uses it too, and a group
      // otherwise takes its members' dependencies along.
      { name: 'preload-helper', test: /vite[\\/]preload-helper/, priority: 1 },
      { name: (id, ctx) => chunkOf(id, (m) => ctx.getModuleInfo(m)) },
    ],
  };
}

/** Chunk name by module id: each root's static closure, the earlier roots first. */
function grouping(anyId, getModuleInfo) {
  const byName = new Map();
  const ids = [...allIds(anyId, getModuleInfo)];
  const taken = new Set();
  for (const [name, pattern] of Object.entries(ROOTS)) {
    const root = ids.find((m) => pattern.test(m));
    if (!root) continue;
    for (const m of staticClosure(root, getModuleInfo, taken)) {
      taken.add(m);
      byName.set(m, name);
    }
  }
  return byName;
}

/** Every module id in the graph `id` belongs to (walking imports and importers both ways). */
function allIds(start, getModuleInfo) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    const info = getModuleInfo(id);
    if (!info) continue;
    stack.push(...info.importedIds, ...info.dynamicallyImportedIds, ...info.importers, ...info.dynamicImporters);
  }
  return seen;
}
