// docker volume create: a named volume (or, without a name, an anonymous one with a 64-hex
// name); prints its name. An existing name is returned as it is. Flags: -d/--driver (only
// "local" exists here), --label, -o/--opt (type, device, o, size); the swarm cluster-volume
// flags are hidden on a daemon that is no swarm manager and fail as the daemon does.
import { createVolume } from '../../../engine/volumes.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goQuote } from '../../../util/format/go-fmt.ts';
import { ramInBytes } from '../../../util/format/units.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagList, flagSet, flagString } from '../../command.ts';
import type { FlagSpec, ParsedFlags } from '../../flags.ts';

const USE = 'create [OPTIONS] [VOLUME]';
const S = 'string' as const;
const L = 'list' as const;

const FLAGS: FlagSpec[] = [
  { name: 'availability', type: S, defaultText: '"active"', hidden: true, usage: 'Cluster Volume availability ("active", "pause", "drain")' },
  { name: 'driver', short: 'd', type: S, defaultText: '"local"', usage: 'Specify volume driver name' },
  { name: 'group', type: S, hidden: true, usage: 'Cluster Volume group (cluster volumes)' },
  { name: 'label', type: L, usage: 'Set metadata for a volume' },
  { name: 'limit-bytes', type: S, typeLabel: 'bytes', hidden: true, usage: 'Minimum size of the Cluster Volume in bytes' },
  { name: 'name', type: S, hidden: true, usage: 'Specify volume name' },
  { name: 'opt', short: 'o', type: L, typeLabel: 'map', defaultText: 'map[]', usage: 'Set driver specific options' },
  { name: 'required-bytes', type: S, typeLabel: 'bytes', hidden: true, usage: 'Maximum size of the Cluster Volume in bytes' },
  { name: 'scope', type: S, defaultText: '"single"', hidden: true, usage: 'Cluster Volume access scope ("single", "multi")' },
  { name: 'secret', type: L, typeLabel: 'map', defaultText: 'map[]', hidden: true, usage: 'Cluster Volume secrets' },
  { name: 'sharing', type: S, defaultText: '"none"', hidden: true, usage: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")' },
  { name: 'topology-preferred', type: L, hidden: true, usage: 'A topology that the Cluster Volume would be preferred in' },
  { name: 'topology-required', type: L, hidden: true, usage: 'A topology that the Cluster Volume must be accessible from' },
  { name: 'type', type: S, defaultText: '"block"', hidden: true, usage: 'Cluster Volume access type ("mount", "block")' },
];

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

export const create: CommandSpec = {
  name: 'create',
  use: USE,
  short: 'Create a volume',
  flags: FLAGS,
  args: { max: 1 },
  run(ctx, args, flags) {
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
  },
};
