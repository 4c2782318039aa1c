// docker network connect: attach a container to a network; a running container joins at once
// (an address, its DNS names), a stopped one when it starts. Flags: --alias, --driver-opt,
// --gw-priority, --ip, --ip6, --link, --link-local-ip.
import { connectContainer } from '../../../engine/network/connect.ts';
import { formatAddr, parseAddr } from '../../../engine/network/ip.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagInt, flagList, flagSet, flagString } from '../../command.ts';
import { flagValueError, splitCsv } from './flag-values.ts';

const USE = 'connect [OPTIONS] NETWORK CONTAINER';

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

export const connect: CommandSpec = {
  name: 'connect',
  use: USE,
  short: 'Connect a container to a network',
  flags: [
    { name: 'alias', type: 'list', typeLabel: 'strings', usage: 'Add network-scoped alias for the container' },
    { name: 'driver-opt', type: 'list', typeLabel: 'strings', usage: 'driver options for the network' },
    { name: 'gw-priority', type: 'int', usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' },
    { name: 'ip', type: 'string', typeLabel: 'ip', usage: 'IPv4 address (e.g., "172.30.100.104")' },
    { name: 'ip6', type: 'string', typeLabel: 'ip', usage: 'IPv6 address (e.g., "2001:db8::33")' },
    { name: 'link', type: 'list', usage: 'Add link to another container' },
    { name: 'link-local-ip', type: 'list', typeLabel: 'ipSlice', defaultText: '[]', usage: 'Add a link-local address for the container' },
  ],
  args: { min: 2, max: 2 },
  run(ctx, args, flags) {
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
  },
};
