// The prune functions `docker system prune` runs (docker/cli's system/pruner registry), in its
// fixed order: containers, networks, volumes (only with --volumes), images, build cache. Each
// has the line it adds to the WARNING and the report it prints once confirmed.
import { containerPrune } from '../../../engine/containers/remove.ts';
import { pruneBuildCache } from '../../../engine/build-cache.ts';
import { pruneImages } from '../../../engine/image-prune.ts';
import { pruneNetworks, pruneVolumes } from '../../../engine/prune-unused.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { deletedSection } from '../../prompt.ts';
import { parseGoDuration } from '../../../util/format/units.ts';
import type { Engine } from '../../../engine/engine.ts';

export interface PruneOptions {
  all: boolean;
  volumes: boolean;
  filters: Record<string, string[]>;
}

export interface Pruner {
  /** The line in the confirmation message (dry run). */
  confirmMessage(opts: PruneOptions): string;
  /** Prune; the report text (printed with a newline after it) and the bytes reclaimed. */
  run(engine: Engine, opts: PruneOptions): { output: string; reclaimed: number };
  /** Only with --volumes. */
  volumes?: boolean;
}

const containers: Pruner = {
  confirmMessage: () => 'all stopped containers',
  run(engine, opts) {
    const r = containerPrune(engine, opts.filters);
    return { output: deletedSection('Deleted Containers:', r.deleted), reclaimed: r.deleted.length ? r.reclaimed : 0 };
  },
};

const networks: Pruner = {
  confirmMessage: () => 'all networks not used by at least one container',
  run: (engine, opts) => ({ output: deletedSection('Deleted Networks:', pruneNetworks(engine, opts.filters)), reclaimed: 0 }),
};

const volumes: Pruner = {
  volumes: true,
  confirmMessage(opts) {
    // Checked in the dry run, before the prompt.
    if (opts.filters.until) throw new CliError('ERROR: The "until" filter is not supported with "--volumes"', 1);
    return 'all anonymous volumes not used by at least one container';
  },
  run(engine, opts) {
    const r = pruneVolumes(engine, opts.filters, false);
    return { output: deletedSection('Deleted Volumes:', r.deleted), reclaimed: r.deleted.length ? r.reclaimed : 0 };
  },
};

const images: Pruner = {
  confirmMessage: (opts) => (opts.all ? 'all images without at least one container associated to them' : 'all dangling images'),
  run(engine, opts) {
    const filters = new Map(Object.entries(opts.filters));
    filters.set('dangling', [String(!opts.all)]);
    const r = pruneImages(engine, filters);
    const lines = r.records.map((rec) => ('untagged' in rec ? `untagged: ${rec.untagged}` : `deleted: ${rec.deleted}`));
    return { output: deletedSection('Deleted Images:', lines), reclaimed: r.reclaimed };
  },
};

/** docker/cli's builder pruneFn: the daemon's BuildCachePrune, its IDs under one heading. */
const buildCache: Pruner = {
  confirmMessage: (opts) => (opts.all ? 'all build cache' : 'unused build cache'),
  run(engine, opts) {
    const until = opts.filters.until?.[0];
    const d = until === undefined ? undefined : parseGoDuration(until);
    const gone = pruneBuildCache(engine, { all: opts.all, untilMs: d?.ok ? d.ms : undefined });
    return { output: deletedSection('Deleted build cache objects:', gone.map((r) => r.id)), reclaimed: gone.reduce((n, r) => n + r.size, 0) };
  },
};

export const PRUNERS: Pruner[] = [containers, networks, volumes, images, buildCache];
