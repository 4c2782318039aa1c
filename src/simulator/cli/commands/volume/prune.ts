// docker volume prune: remove the local volumes no container uses: anonymous ones only, or
// all with -a. Without -f it asks [y/N] on stdout and reads the answer; anything but "y"
// cancels quietly (exit 0). Prints "Deleted Volumes:" and the total reclaimed.
// Flags: -a/--all, --filter (label, label!), -f/--force.
import { pruneVolumes } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { humanSize } from '../../../util/format/units.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirm } from '../../prompt.ts';
import { volumeFilters } from './filters.ts';

const USE = 'prune [OPTIONS]';
const ANONYMOUS_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove unused local volumes',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused volumes, not just anonymous ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "label=<label>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, _args, flags) {
    const filters = volumeFilters(ctx, USE, '--filter', flagList(flags, 'filter'));
    const all = flagBool(flags, 'all');
    if (all) {
      if (filters.all) throw new CliError('conflicting options: cannot specify both --all and --filter all=1', 1);
      filters.all = ['true'];
    }
    // A "cancelled" error: docker's main prints nothing and exits 0.
    if (!flagBool(flags, 'force') && !(await confirm(ctx, all ? ALL_WARNING : ANONYMOUS_WARNING))) return 0;
    ctx.engine.tick();
    const report = pruneVolumes(ctx.engine, filters);
    if (report.deleted.length) ctx.stdout.write(`Deleted Volumes:\n${report.deleted.map((n) => `${n}\n`).join('')}\n`);
    ctx.stdout.write(`Total reclaimed space: ${humanSize(report.deleted.length ? report.reclaimed : 0)}\n`);
    return 0;
  },
};
