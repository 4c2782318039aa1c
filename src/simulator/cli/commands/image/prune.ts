// docker image prune: remove dangling images (with -a, every image no container uses). Without
// -f it asks "[y/N]" on stdout and reads the answer from the terminal; no answer (or anything
// but y) cancels quietly with exit 0, as docker/cli's cancelled prompt does. Flags: -a, -f,
// --filter (until, label, label!).
import { pruneImages } from '../../../engine/image-prune.ts';
import { humanSize } from '../../../util/format/units.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirm } from '../../prompt.ts';
import { parseFilterFlag } from './filters.ts';

const USE = 'prune [OPTIONS]';
const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove unused images',
  flags: [
    { name: 'all', short: 'a', type: 'bool', usage: 'Remove all unused images, not just dangling ones' },
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, _args, flags) {
    const all = flagBool(flags, 'all');
    const filters = parseFilterFlag(ctx, USE, '--filter', flagList(flags, 'filter'));
    filters.set('dangling', [...(filters.get('dangling') ?? []), String(!all)]);
    if (!flagBool(flags, 'force') && !(await confirm(ctx, all ? ALL_WARNING : DANGLING_WARNING))) return 0;
    const { records, reclaimed } = pruneImages(ctx.engine, filters);
    if (records.length > 0) {
      const lines = records.map((r) => ('untagged' in r ? `untagged: ${r.untagged}` : `deleted: ${r.deleted}`));
      ctx.stdout.write(`Deleted Images:\n${lines.join('\n')}\n\n`);
    }
    ctx.stdout.write(`Total reclaimed space: ${humanSize(reclaimed)}\n`);
    return 0;
  },
};
