// `docker compose images` (docker/compose cmd/compose/images.go, pkg/compose/images.go): one
// row per container of the project (any state, one-offs too), sorted by container name: its
// image's familiar repository and tag, platform, short ID, size and age; Go's tabwriter(20, 1,
// 3). -q prints the unique image IDs (without "sha256:"); --format json an array.
import { rfc3339Nano } from '../../../engine/image-inspect.ts';
import { inspectSize } from '../../../engine/image-content.ts';
import { createdSeconds } from '../../../engine/image-list.ts';
import { lastTagTime } from '../../../engine/images.ts';
import type { ContainerRecord, ImageRecord } from '../../../engine/state.ts';
import { summarize } from '../../../engine/containers/list.ts';
import { goStruct } from '../../../util/format/go-value.ts';
import { humanDuration, humanSizeWithPrecision } from '../../../util/format/units.ts';
import { parseDockerRef } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { truncateId } from '../../format-context/display.ts';
import { printList, toJson } from './pretty.ts';
import { toProjectName } from './project-name.ts';
import { projectContainers } from './project.ts';

interface ImageRow {
  container: string;
  id: string;
  repository: string;
  tag: string;
  size: number;
  /** ms; undefined when the image has no creation time. */
  created?: number;
  lastTagTime: number;
}

function repoAndTag(image: string): { repository: string; tag: string } {
  try {
    const ref = parseDockerRef(image);
    return { repository: ref.familiar, tag: ref.tag ?? '' };
  } catch {
    return { repository: '', tag: '' };
  }
}

function row(ctx: CommandContext, c: ContainerRecord): ImageRow | undefined {
  const image: ImageRecord | undefined = ctx.engine.state.images[c.image];
  if (!image) return undefined;
  const created = image.created ? createdSeconds(image) * 1000 : undefined;
  const shown = summarize(ctx.engine, c, false).Image;
  return { container: c.name, id: image.id, ...repoAndTag(shown), size: inspectSize(image), created, lastTagTime: lastTagTime(image) };
}

function tableRows(rows: ImageRow[], now: number): string[][] {
  return rows.map((r) => [
    r.container, r.repository || '<none>', r.tag || '<none>', 'linux/amd64', truncateId(r.id),
    humanSizeWithPrecision(r.size, 3), r.created === undefined ? 'N/A' : `${humanDuration(now - r.created)} ago`,
  ]);
}

/** The json form: the fields of compose's `img` struct, Created omitted when unknown. */
function jsonView(rows: ImageRow[]): unknown {
  if (rows.length === 0) return null;
  return rows.map((r) => goStruct('compose.img', {
    ID: r.id, ContainerName: r.container, Repository: r.repository, Tag: r.tag, Platform: 'linux/amd64', Size: r.size,
    Created: r.created === undefined ? undefined : rfc3339Nano(r.created), LastTagTime: rfc3339Nano(r.lastTagTime),
  }));
}

export async function runImages(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const name = await toProjectName(ctx, flags);
  ctx.engine.tick();
  // Containers come back in a Go map: sorted here by container name, as the table is.
  const containers = projectContainers(ctx.engine, name, { oneOff: 'include', all: true, services: args });
  const rows = containers.map((c) => row(ctx, c)).filter((r): r is ImageRow => r !== undefined);
  if (flagBool(flags, 'quiet')) {
    const ids = [...new Set(rows.map((r) => r.id.replace(/^[^:]*:/, '')))];
    ctx.stdout.write(ids.map((id) => `${id}\n`).join(''));
    return 0;
  }
  const format = flagString(flags, 'format', 'table');
  if (format === 'json') {
    ctx.stdout.write(`${toJson(jsonView(rows))}\n`);
    return 0;
  }
  const headers = ['CONTAINER', 'REPOSITORY', 'TAG', 'PLATFORM', 'IMAGE ID', 'SIZE', 'CREATED'];
  ctx.stdout.write(printList([], format, headers, () => tableRows(rows, ctx.engine.now())));
  return 0;
}
