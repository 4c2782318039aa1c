// docker buildx prune (and `docker builder prune`, which the CLI forwards to buildx): remove the
// build cache after a [y/N] prompt (-f skips it); without -a records an image still holds are
// kept. Prints the removed records as buildx does, then the total. Flags: -a/--all, --filter
// (until=DURATION), -f/--force, --verbose; --reserved-space, --max-used-space, --min-free-space,
// --timeout and the plugin's --builder and -D/--debug are accepted.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';

/** buildx's persistent root flags, which its subcommands' help lists with their own. */
export const BUILDX_ROOT_FLAGS: FlagSpec[] = [
  { name: 'builder', type: 'string', usage: 'Override the configured builder instance' },
  { name: 'debug', short: 'D', type: 'bool', usage: 'Enable debug logging' },
];

export const TIMEOUT_FLAG: FlagSpec = {
  name: 'timeout',
  type: 'duration',
  defaultText: '20s',
  usage: 'Override the default timeout for loading builder status',
};

export const prune: CommandSpec = {
  name: 'prune',
  use: 'prune',
  short: 'Remove build cache',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Include internal/frontend images' },
    ...BUILDX_ROOT_FLAGS,
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'keep-storage', type: 'string', typeLabel: 'bytes', usage: 'Amount of disk space to keep for cache', hidden: true, deprecated: 'keep-storage flag has been changed to reserved-space' },
    { name: 'max-used-space', type: 'string', typeLabel: 'bytes', usage: 'Maximum amount of disk space allowed to keep for cache' },
    { name: 'min-free-space', type: 'string', typeLabel: 'bytes', usage: 'Target amount of free disk space after pruning' },
    { name: 'reserved-space', type: 'string', typeLabel: 'bytes', usage: 'Amount of disk space always allowed to keep for cache' },
    TIMEOUT_FLAG,
    { name: 'verbose', type: 'bool', usage: 'Provide a more verbose output' },
  ],
  args: { max: 0 },
  async run(ctx, args, flags) {
    const { runPrune } = await import('./prune-run.ts');
    return runPrune(ctx, args, flags);
  },
};
