// docker container restart: stop each container as `docker stop` does (-s, -t), then start
// it again; a stopped one just starts. Resets RestartCount. Prints each argument restarted.
// Flags: -s/--signal, -t/--timeout (and the deprecated --time).
import type { CommandSpec } from '../../command.ts';
import { STOP_FLAGS } from './stop.ts';

export const restart: CommandSpec = {
  name: 'restart',
  use: 'restart [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Restart one or more containers',
  aliasesLine: 'docker container restart, docker restart',
  flags: STOP_FLAGS,
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runRestartCommand } = await import('./restart-run.ts');
    return runRestartCommand(ctx, args, flags);
  },
};
