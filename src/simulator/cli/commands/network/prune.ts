// docker network prune: remove every custom network no running container is attached to,
// after a [y/N] confirmation unless -f; prints "Deleted Networks:" and the names. Flags:
// --filter (until, label, label!), -f/--force.
import { pruneNetworks } from '../../../engine/network/network-list.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { confirm } from '../../prompt.ts';
import { parseFilterFlag } from '../image/filters.ts';

const USE = 'prune [OPTIONS]';
const WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

export const prune: CommandSpec = {
  name: 'prune',
  use: USE,
  short: 'Remove all unused networks',
  flags: [
    { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Provide filter values (e.g. "until=<timestamp>")' },
    { name: 'force', short: 'f', type: 'bool', usage: 'Do not prompt for confirmation' },
  ],
  args: { max: 0 },
  async run(ctx, _args, flags) {
    const filters = Object.fromEntries(parseFilterFlag(ctx, USE, '--filter', flagList(flags, 'filter')));
    if (!flagBool(flags, 'force') && !(await confirm(ctx, WARNING))) return 0;
    ctx.engine.tick();
    const deleted = pruneNetworks(ctx.engine, filters);
    // runPrune's output, printed with Println: an empty report still prints nothing.
    if (deleted.length) ctx.stdout.write(`Deleted Networks:\n${deleted.map((n) => `${n}\n`).join('')}\n`);
    return 0;
  },
};
