// docker container prune: remove every container that is not running (created, exited,
// dead). Without -f it asks for confirmation on stdout and reads the answer from stdin; the
// simulated terminal has no stdin to read, so (as docker with an empty stdin) the answer is
// "no" and nothing is removed. Flags: -f/--force, --filter (label, label!, until).
import { containerPrune } from '../../../engine/containers/remove.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { humanSize } from '../../../util/format/units.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';

const USE = 'prune [OPTIONS]';
const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';

/** opts.FilterOpt: `name=value` pairs, names lower-cased; a malformed one is a flag error. */
function parseFilters(ctx: CommandContext, values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of values) {
    if (v === '') continue;
    if (!v.includes('=')) {
      const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
      throw new CliError(
        `invalid argument "${v}" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${parent} ${USE}\n\nRun '${ctx.path} --help' for more information`,
        125,
      );
    }
    const i = v.indexOf('=');
    const name = v.slice(0, i).trim().toLowerCase();
    (out[name] ??= []).push(v.slice(i + 1).trim());
  }
  return out;
}

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove all stopped containers',
  flags: [
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  run(ctx, _args, flags) {
    const filters = parseFilters(ctx, flagList(flags, 'filter'));
    if (!flagBool(flags, 'force')) {
      ctx.stdout.write(WARNING);
      // No answer on stdin: prompt.Confirm returns false and the CLI exits quietly (cancelled).
      return 0;
    }
    const report = containerPrune(ctx.engine, filters);
    if (report.deleted.length) ctx.stdout.write(`Deleted Containers:\n${report.deleted.map((id) => `${id}\n`).join('')}\n`);
    ctx.stdout.write(`Total reclaimed space: ${humanSize(report.deleted.length ? report.reclaimed : 0)}\n`);
    return 0;
  },
};
