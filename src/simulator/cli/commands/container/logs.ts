// docker container logs: the container's json-file log, stdout lines on stdout and stderr lines
// on stderr (all on stdout for a TTY container), as the client demultiplexes them. Flags:
// --details, -f/--follow (until the container stops or Ctrl+C), --since, -n/--tail,
// -t/--timestamps, --until.
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord, LogEntry } from '../../../engine/state.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { Interrupted } from '../../../errors/cli-error.ts';
import { formatLogTimestamp } from '../../../util/format/units.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';
import { logWindow, parseLogTime, type LogLine } from './log-lines.ts';
import { waitUntil } from './wait-until.ts';

interface Shown {
  timestamps: boolean;
  details: boolean;
}

function write(ctx: CommandContext, c: ContainerRecord, line: LogLine, opts: Shown): void {
  let text = line.text;
  if (opts.details) text = ` ${text}`;
  if (opts.timestamps) text = `${formatLogTimestamp(line.t)} ${text}`;
  (c.config.Tty || line.stream === 'stdout' ? ctx.stdout : ctx.stderr).write(text);
}

/** Follow the log while the container runs: every new entry is streamed as written. */
async function follow(ctx: CommandContext, c: ContainerRecord, from: number, opts: Shown): Promise<void> {
  let next = from;
  const flush = (entries: LogEntry[]) => {
    for (; next < entries.length; next++) {
      for (const line of logWindow([entries[next]], {})) write(ctx, c, line, opts);
    }
  };
  const done = () => {
    flush(c.logs);
    return !ctx.engine.state.containers[c.id] || (c.state.status !== 'running' && c.state.status !== 'paused');
  };
  if (!(await waitUntil(ctx, done))) throw new Interrupted(130);
}

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
    ctx.engine.tick();
    const c = getContainer(ctx.engine, trimRef(args[0]));
    const now = ctx.engine.now();
    const since = parseLogTime('since', flagString(flags, 'since'), now);
    const until = parseLogTime('until', flagString(flags, 'until'), now);
    if (c.state.status === 'dead' || c.state.status === 'removing') {
      throw new DaemonError('conflict', 'can not get logs from container which is dead or marked for removal');
    }
    const opts = { timestamps: flagBool(flags, 'timestamps'), details: flagBool(flags, 'details') };
    const tail = flagString(flags, 'tail', 'all');
    for (const line of logWindow(c.logs, { tail, since, until })) write(ctx, c, line, opts);
    const running = c.state.status === 'running' || c.state.status === 'paused';
    if (flagBool(flags, 'follow') && running) await follow(ctx, c, c.logs.length, opts);
  },
};
