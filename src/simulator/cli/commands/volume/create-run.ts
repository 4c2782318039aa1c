// docker volume create: what the command does (its spec, flags and help are in create.ts, which
// loads this module the first time the command runs).
import { createVolume } from '../../../engine/volumes.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goQuote } from '../../../util/format/go-fmt.ts';
import { ramInBytes } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './create.ts';

/** hasClusterVolumeOptionSet (it checks "secrets", a flag that does not exist, so --secret alone does not count). */
const CLUSTER_FLAGS = ['group', 'scope', 'sharing', 'availability', 'type', 'limit-bytes', 'required-bytes'];

/** A value pflag's Set rejects: "invalid argument ... for ... flag: why" with the usage line (125). */
function badValue(ctx: CommandContext, flag: string, value: string, why: string): CliError {
  const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
  return new CliError(`invalid argument ${goQuote(value)} for "${flag}" flag: ${why}\n\nUsage:  ${parent} ${USE}\n\nRun '${ctx.path} --help' for more information`, 125);
}

/** opts.ValidateLabel on each --label, MemBytes on the byte sizes; then labels and options as maps. */
function parseMaps(ctx: CommandContext, flags: ParsedFlags): { labels: Record<string, string>; options: Record<string, string> } {
  const labels: Record<string, string> = {};
  for (const l of flagList(flags, 'label')) {
    const key = l.split('=')[0].replace(/^[ \t]+/, '');
    if (key === '') throw badValue(ctx, '--label', l, `invalid label '${l}': empty name`);
    if (/[ \t]/.test(key)) throw badValue(ctx, '--label', l, `label '${key}' contains whitespaces`);
  }
  for (const l of flagList(flags, 'label')) {
    const i = l.indexOf('=');
    labels[i === -1 ? l : l.slice(0, i)] = i === -1 ? '' : l.slice(i + 1);
  }
  for (const name of ['limit-bytes', 'required-bytes']) {
    const v = flagString(flags, name);
    const size = ramInBytes(v);
    if (flagSet(flags, name) && !size.ok) throw badValue(ctx, `--${name}`, v, size.error);
  }
  const options: Record<string, string> = {};
  for (const o of flagList(flags, 'opt')) {
    const i = o.indexOf('=');
    options[i === -1 ? o : o.slice(0, i)] = i === -1 ? '' : o.slice(i + 1);
  }
  return { labels, options };
}

export function runCreate(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const maps = parseMaps(ctx, flags);
  let name = flagString(flags, 'name');
  if (args.length === 1) {
    if (name !== '') throw new CliError('conflicting options: cannot specify a volume-name through both --name and as a positional arg', 1);
    name = args[0];
  }
  if (CLUSTER_FLAGS.some((f) => flagSet(flags, f))) {
    throw new DaemonError('unavailable', 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
  }
  const v = createVolume(ctx.engine, name, { driver: flagString(flags, 'driver', 'local'), ...maps });
  ctx.stdout.write(`${v.name}\n`);
}
