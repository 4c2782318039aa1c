// docker container stop: send each container its stop signal (or -s), wait up to -t seconds
// (its StopTimeout, else 10) and SIGKILL it if it is still up; prints each argument once
// stopped. A container already stopped counts as stopped. Flags: -s/--signal, -t/--timeout
// (and the deprecated --time).
import type { CommandSpec } from '../../command.ts';

export const STOP_FLAGS = [
  { name: 'signal', short: 's', type: 'string' as const, usage: 'Signal to send to the container' },
  {
    name: 'time',
    type: 'int' as const,
    usage: 'Seconds to wait before killing the container (deprecated: use --timeout)',
    hidden: true,
    deprecated: 'use --timeout instead',
  },
  { name: 'timeout', short: 't', type: 'int' as const, usage: 'Seconds to wait before killing the container' },
];

export const stop: CommandSpec = {
  name: 'stop',
  use: 'stop [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Stop one or more running containers',
  aliasesLine: 'docker container stop, docker stop',
  flags: STOP_FLAGS,
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runStop } = await import('./stop-run.ts');
    return runStop(ctx, args, flags);
  },
};
