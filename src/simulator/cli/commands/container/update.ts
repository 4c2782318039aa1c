// docker container update: change the resource limits (-m, --memory-swap, --cpus, -c,
// --cpuset-cpus, --pids-limit ...) and the restart policy (--restart) of containers, running or
// not; prints each argument it updated. Without any flag it refuses. The flag table is
// docker/cli's update.go (its usage texts differ slightly from run's).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';

const FLAGS: FlagSpec[] = [
  { name: 'blkio-weight', type: 'int', typeLabel: 'uint16', usage: 'Block IO (relative weight), between 10 and 1000, or 0 to disable (default 0)' },
  { name: 'cpu-period', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) period' },
  { name: 'cpu-quota', type: 'int', usage: 'Limit CPU CFS (Completely Fair Scheduler) quota' },
  { name: 'cpu-rt-period', type: 'int', usage: 'Limit the CPU real-time period in microseconds' },
  { name: 'cpu-rt-runtime', type: 'int', usage: 'Limit the CPU real-time runtime in microseconds' },
  { name: 'cpu-shares', short: 'c', type: 'int', usage: 'CPU shares (relative weight)' },
  { name: 'cpus', type: 'string', typeLabel: 'decimal', usage: 'Number of CPUs' },
  { name: 'cpuset-cpus', type: 'string', usage: 'CPUs in which to allow execution (0-3, 0,1)' },
  { name: 'cpuset-mems', type: 'string', usage: 'MEMs in which to allow execution (0-3, 0,1)' },
  { name: 'kernel-memory', type: 'string', typeLabel: 'bytes', usage: 'Kernel memory limit (deprecated)', hidden: true, deprecated: 'and no longer supported by the kernel' },
  { name: 'memory', short: 'm', type: 'string', typeLabel: 'bytes', usage: 'Memory limit' },
  { name: 'memory-reservation', type: 'string', typeLabel: 'bytes', usage: 'Memory soft limit' },
  { name: 'memory-swap', type: 'string', typeLabel: 'bytes', usage: 'Swap limit equal to memory plus swap: -1 to enable unlimited swap' },
  { name: 'pids-limit', type: 'int', usage: 'Tune container pids limit (set -1 for unlimited)' },
  { name: 'restart', type: 'string', usage: 'Restart policy to apply when a container exits' },
];

export const update: CommandSpec = {
  name: 'update',
  use: 'update [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Update configuration of one or more containers',
  aliasesLine: 'docker container update, docker update',
  flags: FLAGS,
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runUpdate } = await import('./update-run.ts');
    return runUpdate(ctx, args, flags);
  },
};
