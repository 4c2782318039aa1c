// docker container top: the container's processes as the host's `ps` lists them (default
// "-ef": UID PID PPID C STIME TTY TIME CMD; "aux" is also understood), laid out by docker's
// tabwriter with 20-column minimum cells. Arguments after the container are ps options.
import type { CommandSpec } from '../../command.ts';

export const top: CommandSpec = {
  name: 'top',
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  aliasesLine: 'docker container top, docker top',
  flags: [],
  interspersed: false,
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runTop } = await import('./top-run.ts');
    return runTop(ctx, args, flags);
  },
};
