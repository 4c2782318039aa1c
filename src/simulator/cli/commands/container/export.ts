// docker container export: write a container's filesystem (running or not) as a tar archive, on
// stdout (refused when it is the terminal) or with -o to a file. Flag: -o/--output.
import type { CommandSpec } from '../../command.ts';

export const exportCommand: CommandSpec = {
  name: 'export',
  use: 'export [OPTIONS] CONTAINER',
  short: "Export a container's filesystem as a tar archive",
  aliasesLine: 'docker container export, docker export',
  flags: [{ name: 'output', short: 'o', type: 'string', usage: 'Write to a file, instead of STDOUT' }],
  args: { min: 1, max: 1 },
  async run(ctx, args, flags) {
    const { runExport } = await import('./export-run.ts');
    return runExport(ctx, args, flags);
  },
};
