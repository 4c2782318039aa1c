// docker compose start: start the project's existing containers in dependency order (and
// `--wait` for them to be running or healthy). Flags: --wait, --wait-timeout.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const START_FLAGS: FlagSpec[] = [
  { name: 'wait', type: 'bool', usage: 'Wait for services to be running|healthy. Implies detached mode.' },
  { name: 'wait-timeout', type: 'int', usage: 'Maximum duration in seconds to wait for the project to be running|healthy' },
];

export const start: CommandSpec = {
  name: 'start',
  use: 'start [SERVICE...]',
  short: 'Start services',
  flags: withDryRun(START_FLAGS),
  async run(ctx, args, flags) {
    const { runStart } = await import('./lifecycle-run.ts');
    return runStart(ctx, args, flags);
  },
};
