// docker container stats: what the command does (its spec, flags and help are in stats.ts, which
// loads this module the first time the command runs).
import { listContainers } from '../../../engine/containers/list.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import { containerStats } from '../../../engine/containers/stats.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { STATS_HEADERS, statsContext, statsFormat } from '../../format-context/stats.ts';
import { errorText, trimRef } from './each-container.ts';
import type { ParsedFlags } from '../../flags.ts';

interface Tracked {
  /** What the row's .Container shows: the argument, or the full ID when listing all. */
  container: string;
  c: ContainerRecord;
}

/** The containers to show when none are named: running ones (or all with -a), kept in order. */
function refresh(ctx: CommandContext, tracked: Tracked[], all: boolean): Tracked[] {
  const now = listContainers(ctx.engine, { all, limit: -1, size: false, filters: {} }).map((s) => s.record);
  const kept = tracked.filter((t) => now.includes(t.c));
  const added = now.filter((c) => !kept.some((t) => t.c === c)).map((c) => ({ container: c.id, c }));
  return [...kept, ...added];
}

function named(ctx: CommandContext, refs: string[]): Tracked[] {
  const out: Tracked[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    if (out.some((t) => t.container === ref)) continue;
    try {
      out.push({ container: ref, c: getContainer(ctx.engine, trimRef(ref)) });
    } catch (e) {
      errors.push(errorText(e));
    }
  }
  if (errors.length) throw new CliError(errors.join('\n'), 1);
  return out;
}

function render(ctx: CommandContext, tracked: Tracked[], format: string, trunc: boolean): string {
  const rows = tracked.map((t) => statsContext(t.container, containerStats(ctx.engine, t.c), trunc));
  const out = renderFormatted(statsFormat(format), rows, STATS_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  return out.output;
}

/** One frame as docker draws it: home, every line erased to its end, then the rest erased. */
function frame(text: string): string {
  return `\x1b[H${text.split('\n').map((l) => `${l}\x1b[K\n`).join('')}\x1b[J`;
}

/** Let a Ctrl+C from the terminal in between frames (virtual waits return at once). */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function stream(ctx: CommandContext, args: string[], format: string, trunc: boolean, all: boolean): Promise<void> {
  const showAll = args.length === 0;
  let tracked = showAll ? refresh(ctx, [], all) : named(ctx, args);
  for (;;) {
    if ((await ctx.wait(500)) === 'interrupted') throw new Interrupted(130);
    ctx.engine.tick();
    tracked = showAll ? refresh(ctx, tracked, all) : tracked.filter((t) => ctx.engine.state.containers[t.c.id]);
    if (tracked.length === 0 && !showAll) {
      ctx.stdout.write('\x1b[H\x1b[J');
      return;
    }
    ctx.stdout.write(frame(render(ctx, tracked, format, trunc)));
    await yieldToHost();
  }
}

export async function runStats(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  ctx.engine.tick();
  const format = flagString(flags, 'format') || 'table';
  const trunc = !flagBool(flags, 'no-trunc');
  const all = flagBool(flags, 'all');
  if (!flagBool(flags, 'no-stream')) return stream(ctx, args, format, trunc, all);
  const tracked = args.length === 0 ? refresh(ctx, [], all) : named(ctx, args);
  if (tracked.length === 0) return;
  ctx.stdout.write(render(ctx, tracked, format, trunc));
}
