// pip's resolution, for the model: requirements as written ("Flask==3.1.0", "requests>=2"),
// PEP 503 name matching, the dependencies each package's metadata declares, collected breadth-
// first in the order pip logs "Collecting ..." and installed deepest-first.
import { PYPI_ROWS } from './data/pypi.ts';

export interface PyPackage {
  name: string;
  version: string;
  wheelKb: number;
  metaKb: number;
  compiled: boolean;
  requires: string[];
  module: string;
  scripts: string[];
}

export interface Collected {
  pkg: PyPackage;
  /** The requirement as written ("blinker>=1.9.0"). */
  spec: string;
  /** Where it came from: "flask", "-r requirements.txt (line 1)", or none for the command line. */
  from?: string;
  depth: number;
  /** Already installed: pip says "Requirement already satisfied". */
  present: boolean;
}

let table: Map<string, PyPackage> | undefined;

export const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

function pypi(): Map<string, PyPackage> {
  if (table) return table;
  table = new Map();
  for (const line of PYPI_ROWS.split('\n')) {
    if (!line.trim()) continue;
    const [head, files = ''] = line.split(' | ');
    const [fields, reqs = ''] = head.split(' : ');
    const [name, version, wheel, meta, flag] = fields.trim().split(/\s+/);
    const words = files.trim().split(/\s+/).filter((w) => w !== '');
    const requires = reqs.trim().split(/\s+/).filter((w) => w !== '');
    table.set(name, { name, version, wheelKb: Number(wheel), metaKb: Number(meta), compiled: flag === 'c', requires, module: words[0] ?? name.replace(/-/g, '_'), scripts: words.slice(1) });
  }
  return table;
}

/** The project a requirement names: "Flask[async]==3.1.0 ; python_version>'3.8'" -> flask. */
export function requirementName(spec: string): string {
  return (/^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec.trim())?.[0] ?? spec.trim());
}

export function findPackage(spec: string): PyPackage | undefined {
  const p = pypi().get(normalize(requirementName(spec)));
  const pinned = /==\s*([A-Za-z0-9.+!-]+)/.exec(spec)?.[1];
  // A pinned version installs as asked: the model keeps one release per project.
  return p && pinned && !/,|!=/.test(spec) ? { ...p, version: pinned } : p;
}

/** Breadth-first from the roots, in the order pip logs them; each project once. */
export function collect(roots: { spec: string; from?: string }[], present: (p: PyPackage) => boolean): Collected[] {
  const items: Collected[] = [];
  const seen = new Set<string>();
  let queue = roots.map((r) => ({ ...r, depth: 0 }));
  while (queue.length) {
    const next: typeof queue = [];
    for (const r of queue) {
      const pkg = findPackage(r.spec);
      if (!pkg || seen.has(pkg.name)) continue;
      seen.add(pkg.name);
      items.push({ pkg, spec: r.spec, from: r.from, depth: r.depth, present: present(pkg) });
      for (const dep of pkg.requires) next.push({ spec: dep, from: requirementName(r.spec), depth: r.depth + 1 });
    }
    queue = next;
  }
  return items;
}

/** pip installs the deepest dependencies first ("Installing collected packages: markupsafe, ..."). */
export function installOrder(items: Collected[]): Collected[] {
  const weight = new Map(items.map((c) => [c.pkg.name, 0]));
  for (let pass = 0; pass < items.length; pass++) {
    let changed = false;
    for (const c of items) {
      for (const dep of c.pkg.requires) {
        const d = findPackage(dep)?.name;
        const w = (weight.get(c.pkg.name) ?? 0) + 1;
        if (d && weight.has(d) && (weight.get(d) ?? 0) < w) {
          weight.set(d, w);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const w = (c: Collected) => weight.get(c.pkg.name) ?? 0;
  return items.map((c, i) => ({ c, i })).sort((a, b) => w(b.c) - w(a.c) || a.i - b.i).map((x) => x.c);
}
