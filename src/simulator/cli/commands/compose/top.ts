// docker compose top: the processes of the project's running containers, one table for all:
// SERVICE, #, the `ps -ef` columns, CMD last.
import type { CommandSpec } from '../../command.ts';
import { withDryRun } from './compose-root.ts';

export const top: CommandSpec = {
  name: 'top',
  use: 'top [SERVICES...]',
  short: 'Display the running processes',
  flags: withDryRun([]),
  async run(ctx, args, flags) {
    const { runTop } = await import('./top-run.ts');
    return runTop(ctx, args, flags);
  },
};
