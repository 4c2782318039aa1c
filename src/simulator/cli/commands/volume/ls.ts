// docker volume ls (list): the volumes, sorted by name in natural order, as the DRIVER /
// VOLUME NAME table, names only (-q) or a --format template. Flags: -f/--filter (dangling,
// name, driver, label), --format, -q/--quiet; --cluster (hidden without swarm) lists the
// cluster volumes, of which a daemon outside a swarm has none.
import { listVolumes } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { naturalCompare } from '../../../util/natural-sort.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { FORMAT_HELP } from '../container/ls.ts';
import { volumeFilters } from './filters.ts';
import { CLUSTER_TABLE, VOLUME_HEADERS, volumeContext, volumeFormat } from './format.ts';

const USE = 'ls [OPTIONS]';

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: USE,
  short: 'List volumes',
  aliasesLine: 'docker volume ls, docker volume list',
  flags: [
    { name: 'cluster', type: 'bool', hidden: true, usage: 'Display only cluster volumes, and use cluster volume list formatting' },
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "dangling=true")' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display volume names' },
  ],
  args: { max: 0 },
  run(ctx, _args, flags) {
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
  },
};
