// docker volume ls (list): what the command does (its spec, flags and help are in ls.ts, which
// loads this module the first time the command runs).
import { listVolumes } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { naturalCompare } from '../../../util/natural-sort.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { volumeFilters } from './filters.ts';
import { CLUSTER_TABLE, VOLUME_HEADERS, volumeContext, volumeFormat } from './format.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './ls.ts';

export function runLs(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  const filters = volumeFilters(ctx, USE, '-f, --filter', flagList(flags, 'filter'));
  const quiet = flagBool(flags, 'quiet');
  const cluster = flagBool(flags, 'cluster');
  ctx.engine.tick();
  let volumes = listVolumes(ctx.engine, filters);
  let format = flagString(flags, 'format');
  if (cluster) {
    volumes = [];
    format = quiet ? 'table' : CLUSTER_TABLE;
  } else if (format === '') format = 'table';
  volumes.sort((a, b) => naturalCompare(a.name, b.name));
  const out = renderFormatted(volumeFormat(format, quiet), volumes.map(volumeContext), VOLUME_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
}
