// docker container ls (ps, list) and docker ps: what the command does (its spec, flags and help are
// in ls.ts, which loads this module the first time the command runs).
import { listContainers } from '../../../engine/containers/list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { executeTemplate, parseTemplate } from '../../../util/format/go-template.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { CONTAINER_HEADERS, containerContext, containerFormat } from '../../format-context/container.ts';
import { parseFilterFlag } from '../image/filters.ts';

/** buildContainerListOptions: check a --format against an empty container; .Size asks for sizes. */
function checkFormat(ctx: CommandContext, format: string): boolean {
  const parsed = parseTemplate(format);
  if (!parsed.ok) throw new CliError(`failed to parse template: ${parsed.error}`, 1);
  const used = new Set<string>();
  const r = executeTemplate(parsed.template, containerContext(undefined, true, ctx.engine.now(), used));
  if (!r.ok) throw new CliError(`failed to execute template: ${r.error}`, 1);
  return used.has('Size');
}

function listWith(ctx: CommandContext, use: string, flags: ParsedFlags): void {
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

export function runPs(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  listWith(ctx, 'ps [OPTIONS]', flags);
}

export function runLs(ctx: CommandContext, _args: string[], flags: ParsedFlags) {
  listWith(ctx, 'ls [OPTIONS]', flags);
}
