// docker network ls (list): what the command does (its spec, flags and help are in ls.ts, which
// loads this module the first time the command runs).
import { listNetworks } from '../../../engine/network/network-list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { naturalCompare } from '../../../util/natural-sort.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import { parseFilterFlag } from '../image/filters.ts';
import { NETWORK_HEADERS, networkContext, networkFormat } from './format.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './ls.ts';

export function runLs(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  const filters = Object.fromEntries(parseFilterFlag(ctx, USE, '-f, --filter', flagList(flags, 'filter')));
  ctx.engine.tick();
  const networks = listNetworks(ctx.engine, filters).sort((a, b) => naturalCompare(a.name, b.name));
  const format = flagString(flags, 'format') || 'table';
  const trunc = !flagBool(flags, 'no-trunc');
  const out = renderFormatted(networkFormat(format, flagBool(flags, 'quiet')), networks.map((n) => networkContext(n, trunc)), NETWORK_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
}
