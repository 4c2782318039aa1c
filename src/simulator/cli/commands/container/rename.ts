// docker container rename: give a container a new name (same rules and conflicts as
// --name at create). No flags; errors read "failed to rename container: ...".
import type { CommandSpec } from '../../command.ts';

export const rename: CommandSpec = {
  name: 'rename',
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  aliasesLine: 'docker container rename, docker rename',
  flags: [],
  args: { min: 2, max: 2 },
  async run(ctx, args, flags) {
    const { runRename } = await import('./rename-run.ts');
    return runRename(ctx, args, flags);
  },
};
