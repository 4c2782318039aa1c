// docker compose ps: the project's containers (running ones unless -a or --status), sorted by
// name, as a table, JSON lines or a Go template. Flags: -a, --filter status=..., --format,
// --no-trunc, --orphans, -q, --services, --status (repeatable).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { FORMAT_HELP } from '../format-help.ts';
import { withDryRun } from './compose-root.ts';

const PS_FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all stopped containers (including those created by the run command)' },
  { name: 'filter', type: 'string', usage: 'Filter services by a property (supported filters: status)' },
  { name: 'format', type: 'string', usage: FORMAT_HELP, defaultText: '"table"' },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'orphans', type: 'bool', usage: 'Include orphaned services (not declared by project)', defaultText: 'true' },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only display IDs' },
  { name: 'services', type: 'bool', usage: 'Display services' },
  { name: 'status', type: 'list', typeLabel: 'stringArray', usage: 'Filter services by status. Values: [paused | restarting | removing | running | dead | created | exited]' },
];

export const ps: CommandSpec = {
  name: 'ps',
  use: 'ps [OPTIONS] [SERVICE...]',
  short: 'List containers',
  flags: withDryRun(PS_FLAGS),
  async run(ctx, args, flags) {
    const { runPs } = await import('./ps-run.ts');
    return runPs(ctx, args, flags);
  },
};
