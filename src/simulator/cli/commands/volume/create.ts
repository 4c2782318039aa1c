// docker volume create: a named volume (or, without a name, an anonymous one with a 64-hex
// name); prints its name. An existing name is returned as it is. Flags: -d/--driver (only
// "local" exists here), --label, -o/--opt (type, device, o, size); the swarm cluster-volume
// flags are hidden on a daemon that is no swarm manager and fail as the daemon does.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';

export const USE = 'create [OPTIONS] [VOLUME]';

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

export const create: CommandSpec = {
  name: 'create',
  use: USE,
  short: 'Create a volume',
  flags: FLAGS,
  args: { max: 1 },
  async run(ctx, args, flags) {
    const { runCreate } = await import('./create-run.ts');
    return runCreate(ctx, args, flags);
  },
};
