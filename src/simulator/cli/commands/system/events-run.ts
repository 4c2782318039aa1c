// docker system events: what the command does (its spec is events.ts, which loads this module
// the first time the command runs). docker/cli's runEvents: the --format template is checked on
// an empty message first ("Error parsing format", exit 64); the client turns --since/--until
// into timestamps; the daemon sends the buffered events in that window (only when one is
// given), then, unless --until has passed, each new one until --until or Ctrl+C.
import { eventsBetween } from '../../../engine/events.ts';
import type { EventRecord } from '../../../engine/state.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { executeTemplate, parseTemplate, type ParsedTemplate } from '../../../util/format/go-template.ts';
import { goMap, goStruct } from '../../../util/format/go-value.ts';
import { formatLogTimestamp, getTimestamp, sinceToMs } from '../../../util/format/units.ts';
import { flagList, flagString } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { eventMatches, type EventFilters } from './events-filter.ts';
import { events } from './events.ts';

/** The events.Message a template runs on; its JSON as the API sends it. */
function message(e: EventRecord | undefined): unknown {
  const nano = e ? BigInt(e.time) * 1_000_000n : 0n;
  const attrs = e ? Object.fromEntries(Object.keys(e.attrs).sort().map((k) => [k, e.attrs[k]])) : {};
  // A nil map reads like an empty one in a template: the empty message's Attributes too.
  const actor = goStruct('events.Actor', { ID: e?.id ?? '', Attributes: goMap({ ...attrs }, 'map[string]string') });
  const json = () =>
    e ? `{"Type":${JSON.stringify(e.type)},"Action":${JSON.stringify(e.action)},"Actor":${JSON.stringify({ ID: e.id, Attributes: attrs })},"scope":"local","time":${Math.floor(e.time / 1000)},"timeNano":${nano}}` : '{"Type":"","Action":"","Actor":{"ID":"","Attributes":null}}';
  return goStruct('events.Message', { Type: e?.type ?? '', Action: e?.action ?? '', Actor: actor, Scope: e ? 'local' : '', Time: e ? Math.floor(e.time / 1000) : 0, TimeNano: nano }, { json });
}

function makeTemplate(format: string): ParsedTemplate | undefined {
  if (format === '') return undefined;
  const parsed = parseTemplate(format === 'json' ? '{{json .}}' : format);
  const check = parsed.ok ? executeTemplate(parsed.template, message(undefined)) : parsed;
  if (!check.ok) throw new CliError(`Error parsing format: ${check.error}`, 64);
  return parsed.ok ? parsed.template : undefined;
}

/** prettyPrintEvent: time, type, action, actor ID and the sorted attributes. */
function pretty(e: EventRecord): string {
  const keys = Object.keys(e.attrs).sort();
  const attrs = keys.length ? ` (${keys.map((k) => `${k}=${e.attrs[k]}`).join(', ')})` : '';
  return `${formatLogTimestamp(e.time)} ${e.type} ${e.action} ${e.id}${attrs}\n`;
}

function print(ctx: CommandContext, tmpl: ParsedTemplate | undefined, e: EventRecord): void {
  if (!tmpl) return ctx.stdout.write(pretty(e));
  const r = executeTemplate(tmpl, message(e));
  if (!r.ok) throw new CliError(r.error, 1);
  ctx.stdout.write(`${r.output}\n`);
}

function window(ctx: CommandContext, flags: ParsedFlags): { since?: number; until?: number } {
  const now = ctx.engine.now();
  const at = (flag: 'since' | 'until') => {
    const v = flagString(flags, flag);
    if (v === '') return { ms: undefined, query: '' };
    const q = getTimestamp(v, now);
    const ms = sinceToMs(v, now);
    if (!q.ok || !ms.ok) throw new CliError(q.ok ? (ms as { error: string }).error : q.error, 1);
    return { ms: ms.value, query: q.value };
  };
  const since = at('since');
  const until = at('until');
  if (until.ms !== undefined && since.ms !== undefined && until.ms < since.ms) {
    throw new DaemonError('invalidParameter', `\`since\` time (${since.query}) cannot be after \`until\` time (${until.query})`);
  }
  return { since: since.ms, until: until.ms };
}

export async function runEvents(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<void> {
  const tmpl = makeTemplate(flagString(flags, 'format'));
  const { since, until } = window(ctx, flags);
  const filters: EventFilters = parseFilterFlag(ctx, events.use, '-f, --filter', flagList(flags, 'filter'));
  ctx.engine.tick();
  const show = (e: EventRecord) => eventMatches(filters, e) && print(ctx, tmpl, e);
  const past = since !== undefined || until !== undefined ? eventsBetween(ctx.engine, since, until) : [];
  past.forEach(show);
  let seq = ctx.engine.state.events?.at(-1)?.seq ?? 0;
  if (until !== undefined && until <= ctx.engine.now()) return;
  for (;;) {
    const left = until === undefined ? Infinity : until - ctx.engine.now();
    if (left <= 0) return;
    if ((await ctx.waitForChange(left)) === 'interrupted') throw new Interrupted(130);
    ctx.engine.tick();
    for (const e of ctx.engine.state.events ?? []) {
      if (e.seq > seq && (until === undefined || e.time <= until)) show(e);
    }
    seq = ctx.engine.state.events?.at(-1)?.seq ?? seq;
  }
}
