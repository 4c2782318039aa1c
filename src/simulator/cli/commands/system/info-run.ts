// docker info / docker system info: what the command does (its spec, flags and help are in info.ts,
// which loads this module the first time the command runs).
import { systemInfo, systemInfoFields } from '../../../engine/system-info.ts';
import { goSlice, goStruct } from '../../../util/format/go-value.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagString } from '../../command.ts';
import { BUILDX_VERSION, COMPOSE_VERSION, PLUGINS_DIR } from '../../versions.ts';
import { executeFormat, parseFormat } from './format.ts';
import { clientLines, serverLines, type ClientInfo, type PluginInfo } from './info-print.ts';
import { clientVersion } from './version-info.ts';
import type { ParsedFlags } from '../../flags.ts';

function plugin(name: string, description: string, version: string): PluginInfo {
  const path = `${PLUGINS_DIR}/docker-${name}`;
  return goStruct('manager.Plugin', { SchemaVersion: '0.1.0', Vendor: 'Docker Inc.', Version: version, ShortDescription: description, Name: name, Path: path });
}

/** newClientVersion(ctx, nil): no negotiated API version (the pretty printer adds it, unused). */
function clientInfo(ctx: CommandContext): ClientInfo {
  const { ApiVersion: _unset, ...version } = clientVersion(ctx.client?.context ?? 'default');
  const plugins = [plugin('buildx', 'Docker Buildx', BUILDX_VERSION), plugin('compose', 'Docker Compose', COMPOSE_VERSION)];
  return goStruct('*system.clientInfo', {
    Debug: ctx.client?.debug ?? false,
    ...version,
    Plugins: goSlice(plugins, '[]manager.Plugin'),
    Warnings: null,
  });
}

/** runInfo's default rendering; a daemon that cannot be reached ends it after "Server:". */
function prettyPrint(ctx: CommandContext, client: ClientInfo): number {
  ctx.stdout.write(`${clientLines(client).join('\n')}\n\nServer:\n`);
  const connectError = ctx.client?.connectError;
  if (connectError) throw new CliError(connectError, 1);
  ctx.stdout.write(`${serverLines(systemInfo(ctx.engine), client.Debug).join('\n')}\n`);
  return 0;
}

export function runInfoCommand(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  const format = flagString(flags, 'format');
  const client = clientInfo(ctx);
  if (format === '') return prettyPrint(ctx, client);
  const connectError = ctx.client?.connectError;
  if (connectError) throw new CliError(connectError, 1);
  const template = parseFormat(format, 64);
  // dockerInfo: *system.Info embedded (its fields promoted to the top), then ClientInfo.
  executeFormat(ctx, template, goStruct('system.dockerInfo', { ...systemInfoFields(ctx.engine), ClientInfo: client }));
  return 0;
}
