// docker version: the client's and the daemon's versions, laid out by docker/cli's default
// template through its tabwriter (minwidth 20, padding 1). Flags: -f/--format (a Go template
// over {Client, Server}, or `json`). A bad template exits 64 before anything is printed; an
// unreachable daemon still gets the Client section printed, then fails.
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../format-help.ts';

export const version: CommandSpec = {
  name: 'version',
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  args: { max: 0 },
  reportsConnectError: true,
  async run(ctx, args, flags) {
    const { runVersion } = await import('./version-run.ts');
    return runVersion(ctx, args, flags);
  },
};
