// docker container start: start each stopped container, printing the argument as given (an
// already running one counts as started); failures are printed as they happen and summed up
// as "failed to start containers: ...". With -a/--attach (and -i/--interactive) it starts one
// container and streams its output like `docker run`, ending with its exit code.
import type { CommandSpec } from '../../command.ts';

export const start: CommandSpec = {
  name: 'start',
  use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  aliasesLine: 'docker container start, docker start',
  flags: [
    { name: 'attach', short: 'a', type: 'bool', usage: 'Attach STDOUT/STDERR and forward signals' },
    { name: 'checkpoint', type: 'string', usage: 'Restore from this checkpoint', hidden: true },
    { name: 'checkpoint-dir', type: 'string', usage: 'Use a custom checkpoint storage directory', hidden: true },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'interactive', short: 'i', type: 'bool', usage: "Attach container's STDIN" },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runStart } = await import('./start-run.ts');
    return runStart(ctx, args, flags);
  },
};
