// docker container ls (ps, list) and docker ps: the containers, newest first, running ones
// unless -a. Flags: -a/--all, -f/--filter, --format (table, json, Go templates), -n/--last,
// -l/--latest, --no-trunc, -q/--quiet, -s/--size (also turned on by a template using .Size).
import { listContainers } from '../../../engine/containers/list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { executeTemplate, parseTemplate } from '../../../util/format/go-template.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagInt, flagList, flagSet, flagString } from '../../command.ts';
import type { FlagSpec, ParsedFlags } from '../../flags.ts';
import { CONTAINER_HEADERS, containerContext, containerFormat } from '../../format-context/container.ts';
import { parseFilterFlag } from '../image/filters.ts';

export const FORMAT_HELP = `Format output using a custom template:
'table':            Print output in table format with column headers (default)
'table TEMPLATE':   Print output in table format using the given Go template
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

const FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
  { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: FORMAT_HELP },
  { name: 'last', short: 'n', type: 'int', usage: 'Show n last created containers (includes all states)', defaultText: '-1' },
  { name: 'latest', short: 'l', type: 'bool', usage: 'Show the latest created container (includes all states)' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display container IDs' },
  { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
];

/** buildContainerListOptions: check a --format against an empty container; .Size asks for sizes. */
function checkFormat(ctx: CommandContext, format: string): boolean {
  const parsed = parseTemplate(format);
  if (!parsed.ok) throw new CliError(`failed to parse template: ${parsed.error}`, 1);
  const used = new Set<string>();
  const r = executeTemplate(parsed.template, containerContext(undefined, true, ctx.engine.now(), used));
  if (!r.ok) throw new CliError(`failed to execute template: ${r.error}`, 1);
  return used.has('Size');
}

function runPs(ctx: CommandContext, use: string, flags: ParsedFlags): void {
  const filters = parseFilterFlag(ctx, use, '-f, --filter', flagList(flags, 'filter'));
  const quiet = flagBool(flags, 'quiet');
  const format = flagString(flags, 'format');
  if (format !== '' && quiet) ctx.stderr.write('WARNING: Ignoring custom format, because both --format and --quiet are set.\n');
  let limit = flagInt(flags, 'last', -1);
  if (flagBool(flags, 'latest') && limit === -1) limit = 1;
  let size = flagBool(flags, 'size');
  if (format !== '') {
    const wantsSize = checkFormat(ctx, format);
    if (!quiet && !size && !flagSet(flags, 'size') && wantsSize) size = true;
  }
  ctx.engine.tick();
  const list = listContainers(ctx.engine, { all: flagBool(flags, 'all'), limit, size, filters: Object.fromEntries(filters) });
  const trunc = !flagBool(flags, 'no-trunc');
  const now = ctx.engine.now();
  const rows = list.map((s) => containerContext(s, trunc, now));
  const out = renderFormatted(containerFormat(format, quiet, size), rows, CONTAINER_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
}

export const ps: CommandSpec = {
  name: 'ps',
  use: 'ps [OPTIONS]',
  short: 'List containers',
  aliasesLine: 'docker container ls, docker container list, docker container ps, docker ps',
  flags: FLAGS,
  args: { max: 0 },
  run(ctx, _args, flags) {
    runPs(ctx, 'ps [OPTIONS]', flags);
  },
};

export const ls: CommandSpec = {
  ...ps,
  name: 'ls',
  aliases: ['ps', 'list'],
  use: 'ls [OPTIONS]',
  run(ctx, _args, flags) {
    runPs(ctx, 'ls [OPTIONS]', flags);
  },
};
