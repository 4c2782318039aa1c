// docker container logs: the container's json-file log, stdout lines on stdout and stderr lines
// on stderr (all on stdout for a TTY container), as the client demultiplexes them. Flags:
// --details, -f/--follow (until the container stops or Ctrl+C), --since, -n/--tail,
// -t/--timestamps, --until.
import type { CommandSpec } from '../../command.ts';

export const logs: CommandSpec = {
  name: 'logs',
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  aliasesLine: 'docker container logs, docker logs',
  flags: [
    { name: 'details', type: 'bool', usage: 'Show extra details provided to logs' },
    { name: 'follow', short: 'f', type: 'bool', usage: 'Follow log output' },
    { name: 'since', type: 'string', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: 'tail', short: 'n', type: 'string', usage: 'Number of lines to show from the end of the logs', defaultText: '"all"' },
    { name: 'timestamps', short: 't', type: 'bool', usage: 'Show timestamps' },
    { name: 'until', type: 'string', usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  ],
  args: { min: 1, max: 1 },
  async run(ctx, args, flags) {
    const { runLogs } = await import('./logs-run.ts');
    return runLogs(ctx, args, flags);
  },
};
