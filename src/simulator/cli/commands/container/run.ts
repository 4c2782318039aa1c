// docker container run: create + start, pulling the image when missing. Detached (-d) prints
// the id; attached streams the container's output until it exits (its exit code becomes the
// command's) or Ctrl+C, which the signal proxy forwards. -it hands the terminal to the shell.
// Every run/create option is accepted (see container-flags.ts).
import type { CommandSpec } from '../../command.ts';
import { CONTAINER_FLAGS, imageCreateFlags, sortFlags } from './container-flags.ts';

export const USE = 'run [OPTIONS] IMAGE [COMMAND] [ARG...]';

export const run: CommandSpec = {
  name: 'run',
  use: USE,
  short: 'Create and run a new container from an image',
  aliasesLine: 'docker container run, docker run',
  interspersed: false,
  args: { min: 1 },
  flags: sortFlags([
    ...CONTAINER_FLAGS,
    ...imageCreateFlags('run'),
    { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy received signals to the process', defaultText: 'true' },
  ]),
  async run(ctx, args, flags) {
    const { runRun } = await import('./run-run.ts');
    return runRun(ctx, args, flags);
  },
};
