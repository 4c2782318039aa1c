// docker container diff / docker diff: the files and directories a container added (A),
// changed (C) or deleted (D) in its writable layer, one "{{.Type}} {{.Path}}" line each,
// parents before children. No flags.
import type { CommandSpec } from '../../command.ts';

export const diff: CommandSpec = {
  name: 'diff',
  use: 'diff CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  aliasesLine: 'docker container diff, docker diff',
  args: { min: 1, max: 1 },
  flags: [],
  async run(ctx, args, flags) {
    const { runDiff } = await import('./diff-run.ts');
    return runDiff(ctx, args, flags);
  },
};
