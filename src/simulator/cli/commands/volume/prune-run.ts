// docker volume prune: what the command does (its spec, flags and help are in prune.ts, which loads
// this module the first time the command runs).
import { pruneVolumes } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirmAndPrune, deletedSection } from '../../prompt.ts';
import { volumeFilters } from './filters.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './prune.ts';

const ANONYMOUS_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';

const ALL_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

export function runPrune(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<number> {
  const filters = volumeFilters(ctx, USE, '--filter', flagList(flags, 'filter'));
  const all = flagBool(flags, 'all');
  if (all) {
    if (filters.all) throw new CliError('conflicting options: cannot specify both --all and --filter all=1', 1);
    filters.all = ['true'];
  }
  return confirmAndPrune(ctx, flagBool(flags, 'force'), all ? ALL_WARNING : ANONYMOUS_WARNING, () => {
    ctx.engine.tick();
    const report = pruneVolumes(ctx.engine, filters);
    return { sections: [deletedSection('Deleted Volumes:', report.deleted)], reclaimed: report.deleted.length ? report.reclaimed : 0 };
  });
}
