// docker version: the client's and the daemon's versions, laid out by docker/cli's default
// template through its tabwriter (minwidth 20, padding 1). Flags: -f/--format (a Go template
// over {Client, Server}, or `json`). A bad template exits 64 before anything is printed; an
// unreachable daemon still gets the Client section printed, then fails.
import { CliError } from '../../../errors/cli-error.ts';
import { executeTemplate } from '../../../util/format/go-template.ts';
import { goStruct } from '../../../util/format/go-value.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import type { CommandSpec } from '../../command.ts';
import { flagString } from '../../command.ts';
import { INSPECT_FORMAT_HELP, parseFormat } from './format.ts';
import { clientVersion, defaultVersionLines, serverVersion } from './version-info.ts';

export const version: CommandSpec = {
  name: 'version',
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  args: { max: 0 },
  reportsConnectError: true,
  run(ctx, _args, flags) {
    const format = flagString(flags, 'format');
    const template = format === '' ? undefined : parseFormat(format, 64, 'version');
    const connectError = ctx.client?.connectError;
    const client = clientVersion(ctx.client?.context ?? 'default');
    const server = connectError ? null : serverVersion();
    // prettyPrintVersion: execute into a tabwriter, write "\n", flush.
    let text: string;
    let error: string | undefined;
    if (template === undefined) text = defaultVersionLines(client, server).join('\n');
    else {
      const r = executeTemplate(template, goStruct('system.versionInfo', { Client: client, Server: server }));
      text = r.output;
      if (!r.ok) error = r.error;
    }
    ctx.stdout.write(tabwrite(`${text}\n`, { minwidth: 20, tabwidth: 1, padding: 1 }));
    if (connectError) throw new CliError(connectError, 1);
    if (error !== undefined) throw new CliError(error, 1);
    return 0;
  },
};
