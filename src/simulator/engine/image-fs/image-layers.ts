// An image's filesystem layers, bottom first: the generated layers of the catalog image it is
// (pulled) or is built on (committed, built), then the layers made on this daemon, whose files
// WorldState.layerData keeps by digest. Layer objects are cached, so images and containers share them.
import { createLayer, type Layer } from '../../fs/layer.ts';
import type { LayerEntry } from '../../fs/types.ts';
import { createUnionFs, type UnionFs } from '../../fs/union-fs.ts';
import type { Engine } from '../engine.ts';
import type { ImageRecord } from '../state.ts';
import { catalogImage, catalogLayers } from './catalog-layers.ts';

const stored = new WeakMap<Record<string, LayerEntry>, Layer>();

function storedLayer(data: Record<string, LayerEntry>): Layer {
  let layer = stored.get(data);
  if (!layer) {
    layer = createLayer(data);
    stored.set(data, layer);
  }
  return layer;
}

/** The catalog image whose files are the bottom of this image, if any. */
export function imageOrigin(image: ImageRecord) {
  return catalogImage(image.source ?? image.from);
}

export function imageLayers(engine: Engine, image: ImageRecord): Layer[] {
  const origin = imageOrigin(image);
  const layers = origin ? [...catalogLayers(origin.repo, origin.image)] : [];
  for (const l of image.layers) {
    const data = engine.state.layerData?.[l.digest];
    if (data) layers.push(storedLayer(data));
  }
  return layers;
}

/** Record the files of a layer made on this daemon (docker commit, a build step). */
export function storeLayerData(engine: Engine, digest: string, entries: Record<string, LayerEntry>): void {
  (engine.state.layerData ??= {})[digest] = entries;
}

/** The image's files as a read-only filesystem (what a new volume is populated from). */
export function imageFs(engine: Engine, image: ImageRecord): UnionFs {
  return createUnionFs({ layers: imageLayers(engine, image), now: () => engine.now(), readonly: true });
}
