// docker network ls (list): the networks sorted by name in natural order, as the NETWORK ID /
// NAME / DRIVER / SCOPE table, ids only (-q) or a --format template. Flags: -f/--filter
// (driver, id, label, name, scope, type, dangling), --format, --no-trunc, -q/--quiet.
import { listNetworks } from '../../../engine/network/network-list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { naturalCompare } from '../../../util/natural-sort.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { FORMAT_HELP } from '../container/ls.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { NETWORK_HEADERS, networkContext, networkFormat } from './format.ts';

const USE = 'ls [OPTIONS]';

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: USE,
  short: 'List networks',
  aliasesLine: 'docker network ls, docker network list',
  flags: [
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "driver=bridge")' },
    { name: 'format', type: 'string', usage: FORMAT_HELP },
    { name: 'no-trunc', type: 'bool', usage: 'Do not truncate the output' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display network IDs' },
  ],
  args: { max: 0 },
  run(ctx, _args, flags) {
    const filters = Object.fromEntries(parseFilterFlag(ctx, USE, '-f, --filter', flagList(flags, 'filter')));
    ctx.engine.tick();
    const networks = listNetworks(ctx.engine, filters).sort((a, b) => naturalCompare(a.name, b.name));
    const format = flagString(flags, 'format') || 'table';
    const trunc = !flagBool(flags, 'no-trunc');
    const out = renderFormatted(networkFormat(format, flagBool(flags, 'quiet')), networks.map((n) => networkContext(n, trunc)), NETWORK_HEADERS);
    if (!out.ok) throw new CliError(out.error, 1);
    ctx.stdout.write(out.output);
  },
};
