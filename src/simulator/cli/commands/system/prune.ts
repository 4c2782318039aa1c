// docker system prune: stopped containers, unused networks, dangling (-a: unused) images and
// build cache, anonymous volumes with --volumes. Without -f it prints the WARNING listing what
// goes and asks [y/N]; no "y" on stdin cancels quietly (exit 0). Flags: -a/--all, --filter,
// -f/--force, --volumes.
import { humanSize } from '../../../util/format/units.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirm } from '../../prompt.ts';
import { useLine } from '../../usage.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { PRUNERS, type PruneOptions } from './pruners.ts';

/** opts.FilterOpt: name=value, names lower-cased and trimmed; anything else is a flag error. */
function parseFilters(ctx: CommandContext, values: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const v of values) {
    if (v === '') continue;
    const i = v.indexOf('=');
    if (i === -1) {
      const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
      throw new CliError(
        `invalid argument "${v}" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  ${useLine(parent, systemPrune)}\n\nRun '${ctx.path} --help' for more information`,
        125,
      );
    }
    (out[v.slice(0, i).trim().toLowerCase()] ??= []).push(v.slice(i + 1).trim());
  }
  return out;
}

/** confirmationTemplate: the warnings, the filters that apply (label, label!, until), the question. */
function confirmationMessage(opts: PruneOptions): string {
  const warnings = PRUNERS.filter((p) => !p.volumes || opts.volumes).map((p) => p.confirmMessage(opts));
  const filters = ['label', 'label!', 'until']
    .flatMap((name) => (opts.filters[name] ?? []).map((v) => `${name}=${v}`))
    .sort();
  const filterText = filters.length
    ? `\n  Items to be pruned will be filtered with:${filters.map((f) => `\n  - ${f}`).join('')}\n`
    : '';
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filterText}\nAre you sure you want to continue?`;
}

export const systemPrune: CommandSpec = {
  name: 'prune',
  use: 'prune [OPTIONS]',
  short: 'Remove unused data',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images not just dangling ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "label=<key>=<value>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
    { name: 'volumes', type: 'bool', usage: 'Prune anonymous volumes' },
  ],
  args: { max: 0 },
  async run(ctx, _args, flags) {
    const opts: PruneOptions = {
      all: flagBool(flags, 'all'),
      volumes: flagBool(flags, 'volumes'),
      filters: parseFilters(ctx, flagList(flags, 'filter')),
    };
    const message = confirmationMessage(opts);
    // A "cancelled" error: docker's main prints nothing and exits 0.
    if (!flagBool(flags, 'force') && !(await confirm(ctx, message))) return 0;
    let reclaimed = 0;
    for (const pruner of PRUNERS) {
      if (pruner.volumes && !opts.volumes) continue;
      const r = pruner.run(ctx.engine, opts);
      reclaimed += r.reclaimed;
      if (r.output !== '') ctx.stdout.write(`${r.output}\n`);
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
