// docker compose restart: restart the project's containers (a named service's dependents too,
// unless --no-deps) in dependency order. Flags: --no-deps, -t.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const RESTART_FLAGS: FlagSpec[] = [
  { name: 'no-deps', type: 'bool', usage: "Don't restart dependent services" },
  { name: 'timeout', short: 't', type: 'int', usage: 'Specify a shutdown timeout in seconds' },
];

export const restart: CommandSpec = {
  name: 'restart',
  use: 'restart [OPTIONS] [SERVICE...]',
  short: 'Restart service containers',
  flags: withDryRun(RESTART_FLAGS),
  async run(ctx, args, flags) {
    const { runRestart } = await import('./lifecycle-run.ts');
    return runRestart(ctx, args, flags);
  },
};
