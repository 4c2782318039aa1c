// COPY --from=<stage>: the files of an earlier stage under the sources' paths, as a context-like
// map (paths relative to the stage's root) for copy.ts.
import type { Engine } from '../../engine/engine.ts';
import type { Vfs } from '../../fs/types.ts';
import { createUnionFs } from '../../fs/union-fs.ts';
import type { BuildContext } from './context.ts';
import { stageLayers, type StageState } from './layers.ts';

function add(fs: Vfs, path: string, out: BuildContext): void {
  let st;
  try {
    st = fs.lstat(`/${path}`);
  } catch {
    return;
  }
  let data = '';
  if (st.kind !== 'dir') {
    try {
      data = fs.readFile(`/${path}`);
    } catch {
      data = '';
    }
  }
  out.set(path, { dir: st.kind === 'dir', data, mode: st.mode & 0o7777 });
  if (st.kind === 'dir') for (const name of fs.readdir(`/${path}`)) add(fs, path ? `${path}/${name}` : name, out);
}

/** The stage's files at and under each source (a glob's directory before its first pattern). */
export function stageFiles(engine: Engine, s: StageState, sources: readonly string[]): BuildContext {
  const fs = createUnionFs({ layers: stageLayers(engine, s), now: () => engine.now(), readonly: true });
  const out: BuildContext = new Map();
  for (const src of sources) {
    const segs = src.split('/').filter((p) => p && p !== '.');
    const fixed: string[] = [];
    for (const seg of segs) {
      if (/[*?[]/.test(seg)) break;
      fixed.push(seg);
    }
    const start = fixed.join('/');
    for (let i = 1; i < fixed.length; i++) {
      const dir = fixed.slice(0, i).join('/');
      if (!out.has(dir)) out.set(dir, { dir: true, data: '', mode: 0o755 });
    }
    if (start === '') for (const name of fs.readdir('/')) add(fs, name, out);
    else add(fs, start, out);
  }
  return out;
}
