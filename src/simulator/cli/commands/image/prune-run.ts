// docker image prune: what the command does (its spec, flags and help are in prune.ts, which loads
// this module the first time the command runs).
import { pruneImages } from '../../../engine/image-prune.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirmAndPrune, deletedSection } from '../../prompt.ts';
import { parseFilterFlag } from './filters.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './prune.ts';

const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';

const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

export function runPrune(ctx: CommandContext, _args: string[], flags: ParsedFlags): Promise<number> {
  const all = flagBool(flags, 'all');
  const filters = parseFilterFlag(ctx, USE, '--filter', flagList(flags, 'filter'));
  filters.set('dangling', [...(filters.get('dangling') ?? []), String(!all)]);
  return confirmAndPrune(ctx, flagBool(flags, 'force'), all ? ALL_WARNING : DANGLING_WARNING, () => {
    const { records, reclaimed } = pruneImages(ctx.engine, filters);
    const lines = records.map((r) => ('untagged' in r ? `untagged: ${r.untagged}` : `deleted: ${r.deleted}`));
    return { sections: [deletedSection('Deleted Images:', lines)], reclaimed };
  });
}
