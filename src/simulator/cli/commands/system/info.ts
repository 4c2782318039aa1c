// docker info / docker system info: the client (version, context, plugins) and the daemon's
// system-wide information, counts taken from the world. Flags: -f/--format (a Go template or
// `json`, over the Client-and-Server object the real CLI renders).
import type { CommandSpec } from '../../command.ts';
import { INSPECT_FORMAT_HELP } from '../format-help.ts';

export const info: CommandSpec = {
  name: 'info',
  use: 'info [OPTIONS]',
  short: 'Display system-wide information',
  aliasesLine: 'docker system info, docker info',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  args: { max: 0 },
  reportsConnectError: true,
  async run(ctx, args, flags) {
    const { runInfoCommand } = await import('./info-run.ts');
    return runInfoCommand(ctx, args, flags);
  },
};
