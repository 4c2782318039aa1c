// docker container create: make a container from an image (pulling it when missing) without
// starting it; prints the new container's full id. Every run/create option is accepted
// (see container-flags.ts); daemon errors print as they are and exit 1.
import type { CommandSpec } from '../../command.ts';
import { CONTAINER_FLAGS, imageCreateFlags, sortFlags } from './container-flags.ts';

export const USE = 'create [OPTIONS] IMAGE [COMMAND] [ARG...]';

export const create: CommandSpec = {
  name: 'create',
  use: USE,
  short: 'Create a new container',
  aliasesLine: 'docker container create, docker create',
  interspersed: false,
  args: { min: 1 },
  flags: sortFlags([...CONTAINER_FLAGS, ...imageCreateFlags('create')]),
  async run(ctx, args, flags) {
    const { runCreate } = await import('./create-run.ts');
    return runCreate(ctx, args, flags);
  },
};
