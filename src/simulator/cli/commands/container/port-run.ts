// docker container port (docker port): what the command does (its spec, flags and help are in
// port.ts, which loads this module the first time the command runs).
import { getContainer } from '../../../engine/containers/lookup.ts';
import { portMap } from '../../../engine/containers/network-view.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { naturalCompare } from '../../../util/natural-sort.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** net.JoinHostPort. */
function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** network.ParsePort: "80", "80/tcp", "80/UDP" (lower-cased); the port must be 0-65535. */
function parsePort(text: string): string {
  const [num, proto = ''] = text.split(/\/(.*)/s);
  const why = num === '' ? 'value is empty' : !/^\d+$/.test(num) ? 'invalid syntax' : Number(num) > 65535 ? 'value out of range' : '';
  if (why) throw new CliError(`invalid port '${num}': ${why}`, 1);
  return `${Number(num)}/${proto.toLowerCase() || 'tcp'}`;
}

export function runPort(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  const [ref, privatePort] = args;
  ctx.engine.tick();
  const ports = portMap(getContainer(ctx.engine, ref));
  let out: string[] = [];
  if (privatePort !== undefined) {
    const frontends = ports[parsePort(privatePort)];
    if (!frontends || frontends.length === 0) throw new CliError(`no public port '${privatePort}' published for ${ref}`, 1);
    out = frontends.map((f) => joinHostPort(f.HostIp, f.HostPort));
  } else {
    for (const [from, frontends] of Object.entries(ports)) {
      for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
    }
  }
  if (out.length) ctx.stdout.write(`${out.sort(naturalCompare).join('\n')}\n`);
}
