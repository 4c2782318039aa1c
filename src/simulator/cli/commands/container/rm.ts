// docker container rm (remove): delete each container; a running one needs -f/--force, which
// kills it first, and with -f a container that does not exist is skipped silently. Prints
// each argument removed. Flags: -f/--force, -l/--link, -v/--volumes.
import type { CommandSpec } from '../../command.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliasesLine: 'docker container rm, docker container remove, docker rm',
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  ],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runRm } = await import('./rm-run.ts');
    return runRm(ctx, args, flags);
  },
};
