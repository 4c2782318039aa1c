// Stage state during a build, and turning a step's writable layer into an image layer whose
// files the daemon keeps (storeLayerData), as `docker commit` does.
import type { HistoryEntry, ImageConfig } from '../../engine/catalog/types.ts';
import type { Engine } from '../../engine/engine.ts';
import { imageLayers, storeLayerData } from '../../engine/image-fs/image-layers.ts';
import type { ImageRecord, LayerRef } from '../../engine/state.ts';
import type { Layer } from '../../fs/layer.ts';
import type { LayerEntry } from '../../fs/types.ts';
import { sha256Digest } from '../../util/sha256.ts';
import type { StageEnv } from './metadata.ts';

export interface StageState extends StageEnv {
  layers: LayerRef[];
  history: HistoryEntry[];
  /** The catalog image whose files are the bottom layers. */
  origin?: { repo: string; tag: string };
  /** The cache key of the last step. */
  key: string;
}

/** The files of the stage so far, bottom first. */
export function stageLayers(engine: Engine, s: StageState): Layer[] {
  const pseudo = { layers: s.layers, from: s.origin } as ImageRecord;
  return imageLayers(engine, pseudo);
}

function bytes(e: LayerEntry): number {
  return e.kind === 'file' ? (e.size ?? e.data.length) : 0;
}

/** Store a step's writable layer; undefined when it changed nothing. */
export function storeLayer(engine: Engine, upper: Record<string, LayerEntry>): LayerRef | undefined {
  const paths = Object.keys(upper).filter((p) => p !== '/');
  if (paths.length === 0) return undefined;
  const entries = structuredClone(upper);
  const digest = sha256Digest(`layer:${JSON.stringify(entries)}`);
  storeLayerData(engine, digest, entries);
  const unpacked = Object.values(entries).reduce((n, e) => n + bytes(e), 0);
  return { digest, size: Math.round((paths.length * 512 + unpacked) / 3) + 90, unpacked };
}

export const SCRATCH_CONFIG: ImageConfig = {
  User: '',
  ExposedPorts: null,
  Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  Entrypoint: null,
  Cmd: null,
  Volumes: null,
  WorkingDir: '',
  Labels: null,
};
