// docker container rm (remove): delete each container; a running one needs -f/--force, which
// kills it first, and with -f a container that does not exist is skipped silently. Prints
// each argument removed. Flags: -f/--force, -l/--link, -v/--volumes.
import { containerRm } from '../../../engine/containers/remove.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { Engine } from '../../../engine/engine.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';

/** rmLink: containers have no legacy links here, so only the "default link" rule applies. */
function removeLink(engine: Engine, name: string): void {
  getContainer(engine, name);
  const full = name.startsWith('/') ? name : `/${name}`;
  if (full.lastIndexOf('/') === 0) {
    throw new DaemonError('conflict', 'Conflict, cannot remove the default link name of the container');
  }
}

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
    const force = flagBool(flags, 'force');
    const opts = { force, volumes: flagBool(flags, 'volumes') };
    const notFound = (e: unknown) => force && e instanceof DaemonError && e.kind === 'notFound';
    await forEachContainer(
      ctx,
      args,
      (ref) => {
        const trimmed = ref.replace(/^\/+|\/+$/g, '');
        if (trimmed === '') throw new CliError('container name cannot be empty', 1);
        const id = trimRef(trimmed);
        if (flagBool(flags, 'link')) removeLink(ctx.engine, id);
        else containerRm(ctx.engine, id, opts);
      },
      notFound,
    );
  },
};
