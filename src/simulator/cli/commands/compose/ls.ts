// docker compose ls: the projects that have running containers (-a: any containers), with
// their STATUS ("running(3)", "exited(1), running(2)") and config files. Flags: -a,
// --filter name=..., --format table|json, -q.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const LS_FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all stopped Compose projects' },
  { name: 'filter', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: 'Format the output. Values: [table | json]', defaultText: '"table"' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display project names' },
];

export const ls: CommandSpec = {
  name: 'ls',
  use: 'ls [OPTIONS]',
  short: 'List running compose projects',
  flags: withDryRun(LS_FLAGS),
  async run(ctx, args, flags) {
    const { runLs } = await import('./ls-run.ts');
    return runLs(ctx, args, flags);
  },
};
