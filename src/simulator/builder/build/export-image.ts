// "exporting to image" with the containerd image store: the manifest, config, attestation
// manifest and manifest list, each name, then unpacking. The image ID is the manifest list's
// digest; a name another image had moves here and leaves that one dangling.
import type { HistoryEntry } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { setTag } from '../../engine/images.ts';
import type { ImageRecord } from '../../engine/state.ts';
import { sha256Digest } from '../../util/sha256.ts';
import type { StageState } from './layers.ts';
import type { PlainPrinter } from './plain-progress.ts';

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

export function exportImage(engine: Engine, printer: PlainPrinter, s: StageState, req: ExportRequest): ImageRecord {
  const n = printer.vertex('exporting to image');
  const start = engine.now();
  const history = datedHistory(s.history, req.baseCreated);
  const created = history.reduce((m, h) => (h.created > m ? h.created : m), req.baseCreated);
  const config = sha256Digest(`config:${JSON.stringify({ config: s.config, layers: s.layers.map((l) => l.digest), history, created })}`);
  const manifest = sha256Digest(`manifest:${config}`);
  const attestation = sha256Digest(`attestation:${manifest}`);
  const id = sha256Digest(`index:${manifest}:${attestation}`);
  if (req.fresh) engine.advance(100);
  printer.status(n, 'exporting layers', req.fresh ? engine.now() - start : undefined);
  printer.status(n, `exporting manifest ${manifest}`);
  printer.status(n, `exporting config ${config}`);
  printer.status(n, `exporting attestation manifest ${attestation}`);
  printer.status(n, `exporting manifest list ${id}`);
  let image = engine.state.images[id];
  if (!image) {
    image = { id, repoTags: [], repoDigests: [], created, layers: s.layers, config: s.config, history, addedAt: engine.now(), tagTimes: { '': engine.now() } };
    if (s.origin) image.from = { ...s.origin };
    engine.state.images[id] = image;
  }
  for (const name of req.names) {
    setTag(engine, image, name.familiar);
    printer.status(n, `naming to ${name.full}`);
  }
  if (req.names.length > 0) {
    engine.advance(req.fresh ? 60 : 10);
    printer.status(n, `unpacking to ${req.names[0].full}`, engine.now() - start - (req.fresh ? 100 : 0));
  }
  printer.done(n, engine.now() - start);
  engine.emit('image build');
  return image;
}
