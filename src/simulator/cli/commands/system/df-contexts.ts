// The --format contexts `docker system df` renders (docker/cli formatter/disk_usage.go): one
// summary row per kind (Type, TotalCount, Active, Size, Reclaimable with its percentage), and
// for -v the rows of the images, containers, volumes and build cache tables with their headers.
import type { CacheRecordUsage } from '../../../engine/build-cache.ts';
import type { UsageTotals, ImageUsage, VolumeUsage } from '../../../engine/disk-usage.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../../../util/format/units.ts';
import { parseReference } from '../../../util/reference.ts';
import { truncateId } from '../../format-context/display.ts';
import { contextStruct } from '../../format-context/image.ts';
import { goTimeString } from '../../format-context/time.ts';

/** A formatter context: a Go struct whose methods the templates call. */
export type Row = unknown;

export const SUMMARY_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
export const SUMMARY_RAW = 'type: {{.Type}}\ntotal: {{.TotalCount}}\nactive: {{.Active}}\nsize: {{.Size}}\nreclaimable: {{.Reclaimable}}\n';
export const SUMMARY_HEADERS = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

/** "42.5MB (100%)": integer percentage of the total, as Go's int64 division gives it. */
function reclaimable(t: UsageTotals, withPercent: boolean): string {
  const size = humanSize(t.reclaimable);
  return withPercent && t.totalSize > 0 ? `${size} (${Math.floor((t.reclaimable * 100) / t.totalSize)}%)` : size;
}

/** diskUsage{Images,Containers,Volumes,Builder}Context; the build cache shows no percentage. */
export function summaryRow(type: string, goType: string, t: UsageTotals): Row {
  return contextStruct(goType, {
    Type: () => type,
    TotalCount: () => String(t.totalCount),
    Active: () => String(t.activeCount),
    Size: () => humanSize(t.totalSize),
    Reclaimable: () => reclaimable(t, type !== 'Build Cache'),
  });
}

export const IMAGE_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}';
export const IMAGE_HEADERS = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  ID: 'IMAGE ID',
  CreatedSince: 'CREATED',
  Size: 'SIZE',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
  Containers: 'CONTAINERS',
};

/** The repository and tag of an image's first name ("<none>" for dangling ones). */
function repoTag(im: ImageUsage): [string, string] {
  const first = im.repoTags[0];
  if (first === undefined) return ['<none>', '<none>'];
  try {
    const r = parseReference(first);
    return r.tag !== undefined ? [r.familiar, r.tag] : ['<none>', '<none>'];
  } catch {
    return ['<none>', '<none>'];
  }
}

export function imageRow(im: ImageUsage, trunc: boolean, now: number): Row {
  const [repo, tag] = repoTag(im);
  return contextStruct('*formatter.imageContext', {
    Containers: () => String(im.containers),
    CreatedAt: () => goTimeString(im.created * 1000),
    Digest: () => '<none>',
    Repository: () => repo,
    Tag: () => tag,
    ID: () => (trunc ? truncateId(im.id) : im.id),
    CreatedSince: () => `${humanDuration(now - im.created * 1000)} ago`,
    Size: () => humanSizeWithPrecision(im.size, 3),
    SharedSize: () => humanSizeWithPrecision(im.sharedSize, 3),
    UniqueSize: () => humanSizeWithPrecision(im.size - im.sharedSize, 3),
  });
}

export const CONTAINER_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}';

export const VOLUME_TABLE = 'table {{.Name}}\t{{.Links}}\t{{.Size}}';
export const VOLUME_HEADERS = { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' };

export function volumeRow(v: VolumeUsage): Row {
  return contextStruct('*formatter.volumeContext', {
    Driver: () => v.volume.driver,
    Labels: () => Object.entries(v.volume.labels ?? {}).map(([k, val]) => `${k}=${val}`).sort().join(','),
    Links: () => String(v.refCount),
    Mountpoint: () => `/var/lib/docker/volumes/${v.volume.name}/_data`,
    Name: () => v.volume.name,
    Scope: () => 'local',
    Size: () => humanSize(v.size),
  });
}

export const BUILD_CACHE_TABLE = 'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}';
export const BUILD_CACHE_HEADERS = {
  ID: 'CACHE ID',
  CacheType: 'CACHE TYPE',
  Size: 'SIZE',
  CreatedSince: 'CREATED',
  LastUsedSince: 'LAST USED',
  UsageCount: 'USAGE',
  Shared: 'SHARED',
};

/** A *formatter.buildCacheContext: between builds no record is in use. */
export function cacheRow(r: CacheRecordUsage, trunc: boolean, now: number): Row {
  return contextStruct('*formatter.buildCacheContext', {
    ID: () => (trunc ? r.id.slice(0, 12) : r.id),
    Parent: () => '',
    CacheType: () => r.type,
    Description: () => r.description,
    Size: () => humanSizeWithPrecision(r.size, 3),
    CreatedAt: () => goTimeString(r.created),
    CreatedSince: () => `${humanDuration(now - r.created)} ago`,
    LastUsedAt: () => goTimeString(r.lastUsed),
    LastUsedSince: () => `${humanDuration(now - r.lastUsed)} ago`,
    UsageCount: () => '1',
    InUse: () => 'false',
    Shared: () => String(r.shared),
  });
}
