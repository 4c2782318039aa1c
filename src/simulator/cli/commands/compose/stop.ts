// docker compose stop: stop the project's running containers, dependents first. Flags: -t.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const STOP_FLAGS: FlagSpec[] = [
  { name: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' },
];

export const stop: CommandSpec = {
  name: 'stop',
  use: 'stop [OPTIONS] [SERVICE...]',
  short: 'Stop services',
  flags: withDryRun(STOP_FLAGS),
  async run(ctx, args, flags) {
    const { runStop } = await import('./lifecycle-run.ts');
    return runStop(ctx, args, flags);
  },
};
