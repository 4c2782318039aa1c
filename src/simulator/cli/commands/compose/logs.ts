// docker compose logs: every container's log (or the named services'), each line prefixed
// `web-1  | ` in its colour; -f follows until every container stops or Ctrl+C. Flags: -f,
// --index, --no-color, --no-log-prefix, --since, -n/--tail, -t, --until.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const LOGS_FLAGS: FlagSpec[] = [
  { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
  { name: 'index', type: 'int', usage: 'index of the container if service has multiple replicas' },
  { name: 'no-color', type: 'bool', usage: 'Produce monochrome output' },
  { name: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
  { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
  { name: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs for each container', defaultText: '"all"' },
  { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
  { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' },
];

export const logs: CommandSpec = {
  name: 'logs',
  use: 'logs [OPTIONS] [SERVICE...]',
  short: 'View output from containers',
  flags: withDryRun(LOGS_FLAGS),
  async run(ctx, args, flags) {
    const { runLogs } = await import('./logs-run.ts');
    return runLogs(ctx, args, flags);
  },
};
