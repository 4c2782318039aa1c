// docker network connect: what the command does (its spec, flags and help are in connect.ts, which
// loads this module the first time the command runs).
import { connectContainer } from '../../../engine/network/connect.ts';
import { formatAddr, parseAddr } from '../../../engine/network/ip.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagInt, flagList, flagSet, flagString } from '../../command.ts';
import { flagValueError, splitCsv } from './flag-values.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './connect.ts';

/** convertDriverOpt: key=value pairs, keys trimmed and required. */
function driverOpts(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const opt of values) {
    const i = opt.indexOf('=');
    const key = (i === -1 ? opt : opt.slice(0, i)).trim();
    if (i === -1 || key === '') throw new CliError('invalid key/value pair format in driver options', 1);
    out[key] = opt.slice(i + 1).trim();
  }
  return out;
}

export function runConnect(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const ips: Record<string, string> = {};
  for (const name of ['ip', 'ip6']) {
    if (!flagSet(flags, name)) continue;
    const v = flagString(flags, name);
    const a = parseAddr(v);
    if (!a) throw flagValueError(ctx, USE, `--${name}`, v, `invalid string being converted to IP address: ${v}`);
    ips[name] = formatAddr(a);
  }
  const opts = driverOpts(flagList(flags, 'driver-opt').flatMap(splitCsv));
  const [network, container] = args.map((a) => a.trim());
  if (network === '') throw new CliError('invalid network name or ID: value is empty', 1);
  if (container === '') throw new CliError('invalid container name or ID: value is empty', 1);
  ctx.engine.tick();
  connectContainer(ctx.engine, container, network, {
    aliases: flagList(flags, 'alias').flatMap(splitCsv),
    ipv4: ips.ip,
    ipv6: ips.ip6,
    links: flagList(flags, 'link'),
    driverOpts: opts,
    gwPriority: flagInt(flags, 'gw-priority', 0),
  });
}
