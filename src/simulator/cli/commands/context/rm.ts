// docker context rm (remove) CONTEXT...: the default context cannot be removed; another name is
// "does not exist" (the store is empty), unless -f skips that check.
import type { CommandSpec } from '../../command.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm CONTEXT [CONTEXT...]',
  short: 'Remove one or more contexts',
  aliasesLine: 'docker context rm, docker context remove',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a context in use' }],
  args: { min: 1 },
  async run(ctx, args, flags) {
    const { runRm } = await import('./context-run.ts');
    return runRm(ctx, args, flags);
  },
};
