// "exporting to image" with the containerd image store: the manifest, config, attestation
// manifest and manifest list, each name, then unpacking. The image ID is the manifest list's
// digest; a name another image had moves here and leaves that one dangling.
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { setTag } from '../../engine/images.ts';
import type { ImageRecord } from '../../engine/state.ts';
import { sha256Digest } from '../../util/sha256.ts';
import type { StageState } from './layers.ts';
import type { Progress } from './progress.ts';

type Dated = HistoryEntry & { created: string };

/** Steps without a layer take the time of the layer step before them (the exporter's rule). */
function datedHistory(history: readonly HistoryEntry[], base: string): Dated[] {
  let last = base;
  return history.map((h) => {
    const d = h as HistoryEntry & { created?: string };
    if (d.created) last = d.created;
    return { ...d, created: d.created ?? last };
  });
}

export interface ExportRequest {
  /** Fully qualified names ('docker.io/library/app:latest') and their familiar forms. */
  names: { full: string; familiar: string }[];
  /** Any step ran (not all cached): exporting layers takes time. */
  fresh: boolean;
  baseCreated: string;
}

export function exportImage(engine: Engine, progress: Progress, s: StageState, req: ExportRequest): ImageRecord {
  const n = progress.vertex('exporting to image');
  const start = engine.now();
  const history = datedHistory(s.history, req.baseCreated);
  const created = history.reduce((m, h) => (h.created > m ? h.created : m), req.baseCreated);
  const config = sha256Digest(`config:${JSON.stringify({ config: s.config, layers: s.layers.map((l) => l.digest), history, created, ...(s.author ? { author: s.author } : {}) })}`);
  const manifest = sha256Digest(`manifest:${config}`);
  const attestation = sha256Digest(`attestation:${manifest}`);
  const id = sha256Digest(`index:${manifest}:${attestation}`);
  if (req.fresh) engine.advance(100);
  progress.status(n, { id: 'exporting layers', ms: req.fresh ? engine.now() - start : undefined });
  progress.status(n, { id: `exporting manifest ${manifest}` });
  progress.status(n, { id: `exporting config ${config}` });
  progress.status(n, { id: `exporting attestation manifest ${attestation}` });
  progress.status(n, { id: `exporting manifest list ${id}` });
  let image = engine.state.images[id];
  if (!image) {
    image = { id, repoTags: [], repoDigests: [], created, layers: s.layers, config: s.config, history, addedAt: engine.now(), tagTimes: { '': engine.now() } };
    if (s.origin) image.from = { ...s.origin };
    if (s.author) image.author = s.author;
    engine.state.images[id] = image;
  }
  for (const name of req.names) {
    setTag(engine, image, name.familiar);
    progress.status(n, { id: `naming to ${name.full}` });
  }
  if (req.names.length > 0) {
    engine.advance(req.fresh ? 60 : 10);
    progress.status(n, { id: `unpacking to ${req.names[0].full}`, ms: engine.now() - start - (req.fresh ? 100 : 0) });
  }
  progress.done(n, engine.now() - start);
  engine.emit('image build');
  return image;
}
