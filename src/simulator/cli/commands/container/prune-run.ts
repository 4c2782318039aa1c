// docker container prune: what the command does (its spec, flags and help are in prune.ts, which
// loads this module the first time the command runs).
import { containerPrune } from '../../../engine/containers/remove.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { confirmAndPrune, deletedSection } from '../../prompt.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { USE } from './prune.ts';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

export function runPrune(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<number> {
  const filters = Object.fromEntries(parseFilterFlag(ctx, USE, '--filter', flagList(flags, 'filter')));
  return confirmAndPrune(ctx, flagBool(flags, 'force'), WARNING, () => {
    const r = containerPrune(ctx.engine, filters);
    return { sections: [deletedSection('Deleted Containers:', r.deleted)], reclaimed: r.deleted.length ? r.reclaimed : 0 };
  });
}
