// docker container logs: what the command does (its spec, flags and help are in logs.ts, which
// loads this module the first time the command runs).
import { getContainer } from '../../../engine/containers/lookup.ts';
import { checkLogsReadable, logDetails } from '../../../engine/containers/log-config.ts';
import type { ContainerRecord, LogEntry } from '../../../engine/state.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { Interrupted } from '../../../errors/cli-error.ts';
import { formatLogTimestamp } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { trimRef } from './each-container.ts';
import { logWindow, parseLogTime, type LogLine } from './log-lines.ts';
import { waitUntil } from './wait-until.ts';
import type { ParsedFlags } from '../../flags.ts';

interface Shown {
  timestamps: boolean;
  /** --details: the attributes the log options select ('' when none), then a space. */
  details?: string;
}

function write(ctx: CommandContext, c: ContainerRecord, line: LogLine, opts: Shown): void {
  let text = line.text;
  if (opts.details !== undefined) text = `${opts.details} ${text}`;
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

export async function runLogs(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  ctx.engine.tick();
  const c = getContainer(ctx.engine, trimRef(args[0]));
  const now = ctx.engine.now();
  const since = parseLogTime('since', flagString(flags, 'since'), now);
  const until = parseLogTime('until', flagString(flags, 'until'), now);
  if (c.state.status === 'dead' || c.state.status === 'removing') {
    throw new DaemonError('conflict', 'can not get logs from container which is dead or marked for removal');
  }
  checkLogsReadable(c);
  const opts = { timestamps: flagBool(flags, 'timestamps'), details: flagBool(flags, 'details') ? logDetails(c) : undefined };
  const tail = flagString(flags, 'tail', 'all');
  for (const line of logWindow(c.logs, { tail, since, until })) write(ctx, c, line, opts);
  const running = c.state.status === 'running' || c.state.status === 'paused';
  if (flagBool(flags, 'follow') && running) await follow(ctx, c, c.logs.length, opts);
}
