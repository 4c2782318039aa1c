// docker buildx prune: what the command does (its spec is prune.ts, which loads this module the
// first time the command runs). buildx's runPrune: the filters become BuildKit's prune options
// (until/unused-for a duration) before the prompt; "no" ends it quietly. Each removed record is
// a row written and flushed on its own (so the first row's columns also fit the header), then
// a fresh tabwriter prints the total. Both pad with tabs: NewWriter(os.Stdout, 1, 8, 1, '\t', 0).
import { pruneBuildCache, type CacheRecordUsage } from '../../../engine/build-cache.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goTimeString } from '../../format-context/time.ts';
import { humanDuration, humanSize, parseGoDuration } from '../../../util/format/units.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import { flagBool, flagList } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { confirm } from '../../prompt.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { prune } from './prune.ts';

const NORMAL_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';
const TABS = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' };

/** toBuildkitPruneInfo's "until" (or its old name "unused-for"), in ms. */
function untilFilter(ctx: CommandContext, flags: ParsedFlags): number | undefined {
  const filters = parseFilterFlag(ctx, prune.use, '--filter', flagList(flags, 'filter'));
  if (filters.has('until') && filters.has('unused-for')) throw new CliError('conflicting filters "until" and "unused-for"', 1);
  const key = filters.has('unused-for') ? 'unused-for' : 'until';
  const values = filters.get(key) ?? [];
  if (values.length > 1) throw new CliError(`"${key}" filter expects only one value`, 1);
  if (values.length === 0) return undefined;
  const d = parseGoDuration(values[0]);
  if (!d.ok) throw new CliError(`"${key}" filter expects a duration (e.g., '24h'): ${d.error}`, 1);
  return d.ms;
}

function ago(ctx: CommandContext, ms: number): string {
  return `${humanDuration(ctx.engine.now() - ms)} ago`;
}

function row(ctx: CommandContext, r: CacheRecordUsage): string {
  const size = humanSize(r.size) + (r.shared ? '*' : '');
  return `${r.id.padEnd(40)}\t${'true'.padEnd(5)}\t${size.padEnd(10)}\t${ago(ctx, r.lastUsed)}\n`;
}

function verbose(ctx: CommandContext, r: CacheRecordUsage): string {
  const kv: [string, string][] = [
    ['ID', r.id],
    ['Created at', goTimeString(r.created)],
    ['Mutable', 'false'],
    ['Reclaimable', 'true'],
    ['Shared', String(r.shared)],
    ['Size', humanSize(r.size)],
    ['Description', r.description],
    ['Usage count', '1'],
    ['Last used', ago(ctx, r.lastUsed)],
    ['Type', r.type],
  ];
  return `${kv.map(([k, v]) => `${k}:\t${v}\n`).join('')}\n`;
}

export async function runPrune(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<void> {
  const untilMs = untilFilter(ctx, flags);
  const all = flagBool(flags, 'all');
  if (!flagBool(flags, 'force') && !(await confirm(ctx, all ? ALL_WARNING : NORMAL_WARNING))) return;
  ctx.engine.tick();
  const gone = pruneBuildCache(ctx.engine, { all, untilMs });
  if (flagBool(flags, 'verbose')) {
    for (const r of gone) ctx.stdout.write(tabwrite(verbose(ctx, r), TABS));
  } else {
    gone.forEach((r, i) => ctx.stdout.write(tabwrite(`${i === 0 ? 'ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n' : ''}${row(ctx, r)}`, TABS)));
  }
  ctx.stdout.write(tabwrite(`Total:\t${humanSize(gone.reduce((n, r) => n + r.size, 0))}\n`, TABS));
}
