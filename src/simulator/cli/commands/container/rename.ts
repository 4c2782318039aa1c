// docker container rename: give a container a new name (same rules and conflicts as
// --name at create). No flags; errors read "failed to rename container: ...".
import { containerRename } from '../../../engine/containers/remove.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { errorText, trimRef } from './each-container.ts';

export const rename: CommandSpec = {
  name: 'rename',
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasesLine: 'docker container rename, docker rename',
  flags: [],
  args: { min: 2, max: 2 },
  run(ctx, args) {
    try {
      const id = trimRef(args[0]);
      const name = args[1].trim();
      if (name.replace(/^\//, '') === '') throw new CliError('new name cannot be blank', 1);
      containerRename(ctx.engine, id, name);
    } catch (e) {
      throw new CliError(`failed to rename container: ${errorText(e)}`, 1);
    }
  },
};
