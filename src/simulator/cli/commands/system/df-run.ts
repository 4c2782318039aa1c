// docker system df: what the command does (its spec, flags and help are in df.ts, which loads this
// module the first time the command runs).
import { listContainers } from '../../../engine/containers/list.ts';
import { buildCacheUsage } from '../../../engine/build-cache.ts';
import { diskUsage, type DiskUsage } from '../../../engine/disk-usage.ts';
import { goSlice, goStruct } from '../../../util/format/go-value.ts';
import { humanSize } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { CONTAINER_HEADERS, containerContext } from '../../format-context/container.ts';
import * as t from './df-contexts.ts';
import { executeFormat, parseContextFormat, renderRows } from './format.ts';
import type { ParsedFlags } from '../../flags.ts';

function summary(ctx: CommandContext, du: DiskUsage, format: string): void {
  const source = format === '' || format === 'table' ? t.SUMMARY_TABLE : format === 'raw' ? t.SUMMARY_RAW : format;
  const rows = [
    t.summaryRow('Images', '*formatter.diskUsageImagesContext', du.images),
    t.summaryRow('Containers', '*formatter.diskUsageContainersContext', du.containers),
    t.summaryRow('Local Volumes', '*formatter.diskUsageVolumesContext', du.volumes),
    t.summaryRow('Build Cache', '*formatter.diskUsageBuilderContext', du.buildCache),
  ];
  ctx.stdout.write(renderRows(source, rows, t.SUMMARY_HEADERS));
}

/** The verbose rows; the daemon's container list with sizes, the virtual size hidden. */
function verboseRows(ctx: CommandContext, du: DiskUsage, trunc: boolean) {
  const now = ctx.engine.now();
  const containers = listContainers(ctx.engine, { all: true, limit: -1, size: true, filters: {} });
  return {
    Images: du.images.items.map((im) => t.imageRow(im, trunc, now)),
    Containers: containers.map((s) => containerContext({ ...s, SizeRootFs: 0 }, trunc, now)),
    Volumes: du.volumes.items.map(t.volumeRow),
    // buildCacheSort: by last use, then ID.
    BuildCache: buildCacheUsage(ctx.engine)
      .sort((a, b) => a.lastUsed - b.lastUsed || (a.id < b.id ? -1 : 1))
      .map((r) => t.cacheRow(r, trunc, now)),
  };
}

/** The *formatter.diskUsageContext a custom -v template runs over once. */
function verboseData(ctx: CommandContext, du: DiskUsage, trunc: boolean): unknown {
  const r = verboseRows(ctx, du, trunc);
  return goStruct('*formatter.diskUsageContext', {
    Images: goSlice(r.Images, '[]*formatter.imageContext'),
    Containers: goSlice(r.Containers, '[]*formatter.ContainerContext'),
    Volumes: goSlice(r.Volumes, '[]*formatter.volumeContext'),
    BuildCache: goSlice(r.BuildCache, '[]*formatter.buildCacheContext'),
  });
}

function verboseTables(ctx: CommandContext, du: DiskUsage): void {
  const rows = verboseRows(ctx, du, true);
  ctx.stdout.write('Images space usage:\n\n');
  ctx.stdout.write(renderRows(t.IMAGE_TABLE, rows.Images, t.IMAGE_HEADERS));
  ctx.stdout.write('\nContainers space usage:\n\n');
  ctx.stdout.write(renderRows(t.CONTAINER_TABLE, rows.Containers, CONTAINER_HEADERS));
  ctx.stdout.write('\nLocal Volumes space usage:\n\n');
  ctx.stdout.write(renderRows(t.VOLUME_TABLE, rows.Volumes, t.VOLUME_HEADERS));
  ctx.stdout.write(`\nBuild cache usage: ${humanSize(du.buildCache.totalSize)}\n\n`);
  ctx.stdout.write(renderRows(t.BUILD_CACHE_TABLE, rows.BuildCache, t.BUILD_CACHE_HEADERS));
}

export function runDf(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  const du = diskUsage(ctx.engine);
  const format = flagString(flags, 'format');
  if (!flagBool(flags, 'verbose')) summary(ctx, du, format);
  else if (format === '' || format === 'table') verboseTables(ctx, du);
  // One template over {Images, Containers, Volumes, BuildCache}; names truncated only for tables.
  else executeFormat(ctx, parseContextFormat(format), verboseData(ctx, du, format.startsWith('table')), false);
  return 0;
}
