// docker container rm (remove): what the command does (its spec, flags and help are in rm.ts, which
// loads this module the first time the command runs).
import { containerRm } from '../../../engine/containers/remove.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { Engine } from '../../../engine/engine.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { flagBool } from '../../command.ts';
import { forEachContainer, trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** rmLink: containers have no legacy links here, so only the "default link" rule applies. */
function removeLink(engine: Engine, name: string): void {
  getContainer(engine, name);
  const full = name.startsWith('/') ? name : `/${name}`;
  if (full.lastIndexOf('/') === 0) {
    throw new DaemonError('conflict', 'Conflict, cannot remove the default link name of the container');
  }
}

export async function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags) {
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
}
