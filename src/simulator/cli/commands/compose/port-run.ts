// `docker compose port` (docker/compose cmd/compose/port.go, pkg/compose/port.go): the private
// port must parse as a 16-bit number; the first published binding of that port and protocol on
// the service's running container prints as "IP:PORT"; none is an error listing its ports.
import { portSummaries } from '../../../engine/containers/network-view.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagInt, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { requireMinArgs } from './args.ts';
import { toProjectName } from './project-name.ts';
import { serviceContainer } from './service-container.ts';

/** strconv.ParseUint(s, 10, 16) and its errors. */
function parsePort(s: string): number {
  if (!/^\d+$/.test(s)) throw new CliError(`strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`, 1);
  const n = Number(s);
  if (n > 65535) throw new CliError(`strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`, 1);
  return n;
}

export async function runPort(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  requireMinArgs(args, 2);
  const port = parsePort(args[1]);
  const protocol = flagString(flags, 'protocol', 'tcp').toLowerCase();
  const name = await toProjectName(ctx, flags);
  const c = serviceContainer(ctx.engine, name, args[0], flagInt(flags, 'index', 0));
  const ports = portSummaries(c);
  const hit = ports.find((p) => p.PrivatePort === port && p.Type === protocol);
  if (!hit) {
    const list = ports.map((p) => `${p.PrivatePort}/${p.Type}`).join(', ');
    throw new CliError(`no port ${port}/${protocol} for container ${c.name}: ${list}`, 1);
  }
  ctx.stdout.write(`${hit.IP ?? 'invalid IP'}:${hit.PublicPort ?? 0}\n`);
  return 0;
}
