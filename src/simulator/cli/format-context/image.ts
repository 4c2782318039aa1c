// The --format context of `docker images` (docker/cli formatter/image.go): the default table
// (REPOSITORY TAG IMAGE ID CREATED SIZE, DIGEST with --digests), the raw and quiet formats, the
// rows an image expands to (one per repository:tag, digest-only names as "<none>" tags,
// "<none>" for dangling images) and the fields .ID .Repository .Tag .Digest .CreatedSince
// .CreatedAt .Size .Containers .SharedSize .UniqueSize.
import type { ImageSummary } from '../../engine/image-list.ts';
import { goJsonMarshal } from '../../util/format/go-json.ts';
import { goStruct } from '../../util/format/go-value.ts';
import { humanDuration, humanSizeWithPrecision } from '../../util/format/units.ts';
import { parseReference } from '../../util/reference.ts';
import { truncateId } from './display.ts';
import { goTimeString } from './time.ts';

const TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const TABLE_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const RAW = 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const RAW_DIGEST = 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';

export const IMAGE_HEADERS: Record<string, string> = {
  ID: 'IMAGE ID',
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  Digest: 'DIGEST',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  Size: 'SIZE',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
};

/** NewImageFormat: the format `docker images` renders for --format, -q and --digests. */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : digest ? TABLE_DIGEST : TABLE;
  if (source === 'raw') return quiet ? 'image_id: {{.ID}}' : digest ? RAW_DIGEST : RAW;
  if (source.startsWith('table') && digest && !source.includes('{{.Digest}}')) return `${source}\t{{.Digest}}`;
  return source;
}

/** One line of the listing: an image under one repository and tag (or digest). */
export interface ImageRow {
  summary: ImageSummary;
  repo: string;
  tag: string;
  digest: string;
}

function isDangling(s: ImageSummary): boolean {
  return s.repoTags.length === 0 && s.repoDigests.length === 0;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** imageFormatTaggedAndDigest: rows per repository:tag, digests only when asked for. */
function taggedRows(s: ImageSummary, showDigests: boolean, needDigest: boolean): ImageRow[] {
  const tags = new Map<string, string[]>();
  const digests = new Map<string, string[]>();
  for (const name of s.repoTags) {
    try {
      const r = parseReference(name);
      if (r.tag !== undefined && !r.digest) push(tags, r.familiar, r.tag);
    } catch {
      // names that do not parse are left out, as the CLI does
    }
  }
  for (const d of s.repoDigests) {
    try {
      const r = parseReference(d);
      if (r.digest) push(digests, r.familiar, r.digest);
    } catch {
      // ignored
    }
  }
  const rows: ImageRow[] = [];
  for (const [repo, repoTags] of tags) {
    const ds = needDigest ? (digests.get(repo) ?? []) : [];
    digests.delete(repo);
    for (const tag of repoTags) {
      if (ds.length === 0) rows.push({ summary: s, repo, tag, digest: '<none>' });
      for (const d of ds) rows.push({ summary: s, repo, tag, digest: d });
    }
  }
  for (const [repo, ds] of digests) {
    if (showDigests) for (const d of ds) rows.push({ summary: s, repo, tag: '<none>', digest: d });
    else rows.push({ summary: s, repo, tag: '<none>', digest: '' });
  }
  return rows;
}

/** The rows of the listing, in the images' order. */
export function imageRows(images: ImageSummary[], showDigests: boolean, format: string): ImageRow[] {
  const needDigest = showDigests || format.includes('{{.Digest}}');
  return images.flatMap((s) =>
    isDangling(s) ? [{ summary: s, repo: '<none>', tag: '<none>', digest: '<none>' }] : taggedRows(s, showDigests, needDigest),
  );
}

type Methods = Record<string, () => string>;

/**
 * A formatter context struct: the methods templates call, and formatter.MarshalJSON's
 * `{{json .}}` (every method without arguments, keys sorted).
 */
export function contextStruct(type: string, methods: Methods): unknown {
  const json = () => {
    const out: Record<string, string> = {};
    for (const name of Object.keys(methods).sort()) out[name] = methods[name]();
    return goJsonMarshal(out);
  };
  return goStruct(type, { Header: null }, { methods, json });
}

/** The *formatter.imageContext one row is rendered with; `now` is the client's clock in ms. */
export function imageContext(row: ImageRow, trunc: boolean, now: number): unknown {
  return contextStruct('*formatter.imageContext', imageMethods(row, trunc, now));
}

function imageMethods(row: ImageRow, trunc: boolean, now: number): Methods {
  const s = row.summary;
  return {
    Containers: () => String(s.containers),
    CreatedAt: () => goTimeString(s.created * 1000),
    CreatedSince: () => `${humanDuration(now - s.created * 1000)} ago`,
    Digest: () => row.digest,
    ID: () => (trunc ? truncateId(s.id) : s.id),
    Repository: () => row.repo,
    SharedSize: () => 'N/A',
    Size: () => humanSizeWithPrecision(s.size, 3),
    Tag: () => row.tag,
    UniqueSize: () => 'N/A',
  };
}
