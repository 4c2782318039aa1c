// docker network prune: what the command does (its spec, flags and help are in prune.ts, which
// loads this module the first time the command runs).
import { pruneNetworks } from '../../../engine/network/network-list.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirmAndPrune, deletedSection } from '../../prompt.ts';
import { parseFilterFlag } from '../image/filters.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './prune.ts';

const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

export function runPruneCommand(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<number> {
  const filters = Object.fromEntries(parseFilterFlag(ctx, USE, '--filter', flagList(flags, 'filter')));
  // Networks report no space: the command prints no total.
  return confirmAndPrune(ctx, flagBool(flags, 'force'), WARNING, () => {
    ctx.engine.tick();
    return { sections: [deletedSection('Deleted Networks:', pruneNetworks(ctx.engine, filters))] };
  });
}
