// docker version: what the command does (its spec, flags and help are in version.ts, which loads
// this module the first time the command runs).
import { CliError } from '../../../errors/cli-error.ts';
import { executeTemplate } from '../../../util/format/go-template.ts';
import { goStruct } from '../../../util/format/go-value.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import { flagString } from '../../command.ts';
import { parseFormat } from './format.ts';
import { clientVersion, defaultVersionLines, serverVersion } from './version-info.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runVersion(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
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
}
