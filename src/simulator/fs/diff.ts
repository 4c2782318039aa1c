// `docker diff`: the changes in a container's writable layer against its image, as moby's
// overlay driver reports them: A (added), C (changed, including every directory a change was
// copied up into) and D (deleted), in filesystem walk order (parents before children).
import { comparePaths, isWithin } from './path.ts';
import type { UnionStore } from './union-store.ts';

export interface DiffLine {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export function diffUpper(union: UnionStore): DiffLine[] {
  const out: DiffLine[] = [];
  const paths = Object.keys(union.upper).filter((p) => p !== '/').sort(comparePaths);
  const deleted: string[] = [];
  for (const path of paths) {
    if (deleted.some((d) => isWithin(path, d))) continue;
    const e = union.upper[path];
    const before = union.lower(path);
    if (e.kind === 'whiteout') {
      if (before) out.push({ kind: 'D', path });
      deleted.push(path);
      continue;
    }
    out.push({ kind: before ? 'C' : 'A', path });
    if (e.kind === 'dir' && e.opaque && before?.kind === 'dir') {
      for (const name of lowerNames(union, path)) {
        const child = `${path}/${name}`;
        if (!Object.hasOwn(union.upper, child)) out.push({ kind: 'D', path: child });
      }
    }
  }
  return out.sort((a, b) => comparePaths(a.path, b.path));
}

/** Names the image had in a directory the container replaced wholesale (an opaque directory). */
function lowerNames(union: UnionStore, dir: string): string[] {
  const names: string[] = [];
  for (const layer of union.layers) {
    for (const p of Object.keys(layer.entries)) {
      const rest = p.slice(dir.length + 1);
      if (p.startsWith(`${dir}/`) && !rest.includes('/') && union.lower(p) && !names.includes(rest)) names.push(rest);
    }
  }
  return names.sort();
}

/** The text `docker diff` prints. */
export function formatDiff(lines: DiffLine[]): string {
  return lines.map((l) => `${l.kind} ${l.path}\n`).join('');
}
