// --filter values for the volume commands, as opts.FilterOpt collects them (name=value, names
// lower-cased); the engine's filters take them as name -> values.
import type { VolumeFilters } from '../../../engine/volume-query.ts';
import type { CommandContext } from '../../command.ts';
import { parseFilterFlag } from '../image/filters.ts';

export function volumeFilters(ctx: CommandContext, use: string, flag: string, values: string[]): VolumeFilters {
  return Object.fromEntries(parseFilterFlag(ctx, use, flag, values));
}
