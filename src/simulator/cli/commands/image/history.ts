// docker image history / docker history: the steps that built an image, newest first, as
// docker/cli's history formatter prints them (IMAGE CREATED CREATED BY SIZE COMMENT; CREATED BY
// cut to 45 columns with "…" unless --no-trunc; -H=false for RFC 3339 dates and byte counts).
// Flags: --format, -H/--human, --no-trunc, --platform, -q.
import { imageHistory, type HistoryItem } from '../../../engine/image-history.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { humanDuration, humanSizeWithPrecision } from '../../../util/format/units.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { ellipsis, truncateId } from '../../format-context/display.ts';
import { contextStruct } from '../../format-context/image.ts';
import { FORMAT_HELP } from '../container/ls.ts';
import { platformError } from './platform.ts';

const HEADERS: Record<string, string> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};

/** newHistoryFormat. */
function historyFormat(source: string, quiet: boolean, human: boolean): string {
  if (source !== 'table') return source;
  if (quiet) return '{{.ID}}';
  return human
    ? 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}'
    : 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
}

/** time.Unix(...).Format(time.RFC3339) in the client's zone (UTC). */
function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

/** epoch: dates before 2000 are shown as N/A in human form. */
const EPOCH = 946_684_800;

function historyContext(h: HistoryItem, trunc: boolean, human: boolean, now: number): unknown {
  const createdAt = () => rfc3339(h.created);
  return contextStruct('*image.historyContext', {
    ID: () => (trunc ? truncateId(h.id) : h.id),
    CreatedAt: createdAt,
    CreatedSince: () => (!human ? createdAt() : h.created <= EPOCH ? 'N/A' : `${humanDuration(now - h.created * 1000)} ago`),
    CreatedBy: () => {
      const by = h.createdBy.replaceAll('\t', ' ');
      return trunc ? ellipsis(by, 45) : by;
    },
    Size: () => (human ? humanSizeWithPrecision(h.size, 3) : String(h.size)),
    Comment: () => h.comment,
  });
}

export const history: CommandSpec = {
  name: 'history',
  use: 'history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  aliasesLine: 'docker image history, docker history',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'human', short: 'H', type: 'bool', usage: 'Print sizes and dates in human readable format', defaultText: 'true' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
    { name: 'platform', type: 'string', usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  ],
  run(ctx, args, flags) {
    const platform = flagString(flags, 'platform');
    const bad = platform ? platformError(platform) : undefined;
    if (bad) throw new CliError(`invalid platform: ${bad}`, 1);
    const items = imageHistory(ctx.engine, args[0]);
    const human = flags.human !== false;
    const format = historyFormat(flagString(flags, 'format') || 'table', flagBool(flags, 'quiet'), human);
    const trunc = !flagBool(flags, 'no-trunc');
    const now = ctx.engine.now();
    const out = renderFormatted(format, items.map((h) => historyContext(h, trunc, human, now)), HEADERS);
    if (!out.ok) throw new CliError(out.error, 1);
    ctx.stdout.write(out.output);
  },
};
