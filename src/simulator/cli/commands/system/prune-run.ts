// docker system prune: what the command does (its spec, flags and help are in prune.ts, which loads
// this module the first time the command runs).
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirmAndPrune } from '../../prompt.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { PRUNERS, type PruneOptions } from './pruners.ts';
import { systemPrune } from './prune.ts';
import type { ParsedFlags } from '../../flags.ts';

/** confirmationTemplate: the warnings, the filters that apply (label, label!, until), the question. */
function confirmationMessage(opts: PruneOptions): string {
  const warnings = PRUNERS.filter((p) => !p.volumes || opts.volumes).map((p) => p.confirmMessage(opts));
  const filters = ['label', 'label!', 'until']
    .flatMap((name) => (opts.filters[name] ?? []).map((v) => `${name}=${v}`))
    .sort();
  const filterText = filters.length
    ? `\n  Items to be pruned will be filtered with:${filters.map((f) => `\n  - ${f}`).join('')}\n`
    : '';
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filterText}\nAre you sure you want to continue?`;
}

export function runSystemPrune(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<number> {
  const opts: PruneOptions = {
    all: flagBool(flags, 'all'),
    volumes: flagBool(flags, 'volumes'),
    filters: Object.fromEntries(parseFilterFlag(ctx, systemPrune.use, '--filter', flagList(flags, 'filter'))),
  };
  // The dry run (validation, the WARNING's lines) comes before the question.
  return confirmAndPrune(ctx, flagBool(flags, 'force'), confirmationMessage(opts), () => {
    const reports = PRUNERS.filter((p) => !p.volumes || opts.volumes).map((p) => p.run(ctx.engine, opts));
    return { sections: reports.map((r) => r.output), reclaimed: reports.reduce((n, r) => n + r.reclaimed, 0) };
  });
}
