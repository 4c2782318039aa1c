// GET /images/{name}/history on the containerd store (daemon/containerd/image_history.go): the
// config's history newest first; steps that made a layer get that layer's unpacked snapshot
// size; only the top entry carries the image ID and its names, the rest are "<missing>".
import type { HistoryEntry } from './catalog/types.ts';
import type { Engine } from './engine.ts';
import { resolveImage, sortedNames } from './images.ts';
import type { ImageRecord } from './state.ts';

export interface HistoryItem {
  id: string;
  /** Unix seconds. */
  created: number;
  createdBy: string;
  size: number;
  comment: string;
  tags: string[];
}

/** A history step may carry its own time (built images do); catalog steps take the image's. */
type TimedEntry = HistoryEntry & { created?: string };

export function historyItems(image: ImageRecord): HistoryItem[] {
  const sizes = image.layers.map((l) => l.unpacked);
  const items: HistoryItem[] = [];
  for (const h of image.history as TimedEntry[]) {
    const size = h.empty_layer ? 0 : (sizes.shift() ?? 0);
    items.unshift({
      id: '<missing>',
      created: Math.floor(Date.parse(h.created ?? image.created) / 1000),
      createdBy: h.created_by,
      size,
      comment: h.comment ?? '',
      tags: [],
    });
  }
  if (items.length > 0) {
    items[0].id = image.id;
    items[0].tags = sortedNames(image);
  }
  return items;
}

export function imageHistory(engine: Engine, text: string): HistoryItem[] {
  return historyItems(resolveImage(engine, text));
}
