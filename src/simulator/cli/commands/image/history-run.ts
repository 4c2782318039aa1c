// docker image history / docker history: what the command does (its spec, flags and help are in
// history.ts, which loads this module the first time the command runs).
import { imageHistory, type HistoryItem } from '../../../engine/image-history.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { humanDuration, humanSizeWithPrecision } from '../../../util/format/units.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import { flagBool, flagString } from '../../command.ts';
import { ellipsis, truncateId } from '../../format-context/display.ts';
import { contextStruct } from '../../format-context/image.ts';
import { platformError } from './platform.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

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

export function runHistory(ctx: CommandContext, args: string[], flags: ParsedFlags) {
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
}
