// COPY --from=<stage|image>: the files of an earlier stage (or an image) under the sources'
// paths, as a context-like map (paths relative to its root) for copy.ts; and its root as a store
// for RUN --mount=type=bind,from=...
import type { Engine } from '../../engine/engine.ts';
import { imageLayers } from '../../engine/image-fs/image-layers.ts';
import type { ImageRecord } from '../../engine/state.ts';
import { utf8Length } from '../../fs/entry.ts';
import type { Layer } from '../../fs/layer.ts';
import type { EntryStore, Vfs } from '../../fs/types.ts';
import { createUnionFs } from '../../fs/union-fs.ts';
import type { BuildContext, ContextFile } from './context.ts';
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
  const e: ContextFile = { dir: st.kind === 'dir', data, mode: st.mode & 0o7777 };
  if (st.kind === 'file' && st.size !== utf8Length(data)) e.size = st.size;
  out.set(path, e);
  if (st.kind === 'dir') for (const name of fs.readdir(`/${path}`)) add(fs, path ? `${path}/${name}` : name, out);
}

function rootOf(engine: Engine, layers: readonly Layer[]) {
  return createUnionFs({ layers, now: () => engine.now(), readonly: true });
}

/** A stage's or image's files, read-only, as a store to mount. */
export function rootStore(engine: Engine, from: StageState | ImageRecord): EntryStore {
  return rootOf(engine, 'key' in from ? stageLayers(engine, from) : imageLayers(engine, from)).store;
}

/** An image's files at and under each source. */
export function imageFiles(engine: Engine, image: ImageRecord, sources: readonly string[]): BuildContext {
  return filesUnder(rootOf(engine, imageLayers(engine, image)), sources);
}

/** The stage's files at and under each source (a glob's directory before its first pattern). */
export function stageFiles(engine: Engine, s: StageState, sources: readonly string[]): BuildContext {
  return filesUnder(rootOf(engine, stageLayers(engine, s)), sources);
}

function filesUnder(fs: Vfs, sources: readonly string[]): BuildContext {
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
