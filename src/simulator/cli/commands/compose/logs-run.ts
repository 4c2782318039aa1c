// `docker compose logs` (docker/compose cmd/compose/logs.go, pkg/compose/logs.go, monitor.go,
// printer.go): each container's log (stdout and stderr both to stdout) through the log
// consumer, container by container in name order. With -f the running ones keep streaming;
// a container's exit prints "web-1 exited with code 0" (" (restarting)" when its policy
// restarts it), a restart resumes its log, and the command ends once every container it
// watches has exited; Ctrl+C ends it with status 130 and compose's empty error line.
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { logWindow, parseLogTime, type Window } from '../container/log-lines.ts';
import { LogConsumer } from './log-consumer.ts';
import { composeGlobals, nameWithoutProject, projectContainers, projectOrName } from './project.ts';
import { serviceContainer } from './service-container.ts';

interface Options {
  span: Window;
  timestamps: boolean;
}

/** The services to show: the named ones, else every service of the file not set `attach: false`. */
function servicesShown(args: string[], project: { services: Record<string, { other?: Record<string, unknown> }> } | undefined): string[] {
  if (!project || args.length > 0) return args;
  return Object.keys(project.services).filter((n) => project.services[n].other?.attach !== false);
}

async function containersFor(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<ContainerRecord[]> {
  const index = flagInt(flags, 'index', 0);
  if (index > 0 && args.length !== 1) throw new CliError('--index requires one service to be selected', 1);
  const { project, name } = await projectOrName(ctx, flags, args);
  const services = servicesShown(args, project);
  ctx.engine.tick();
  if (index > 0) return [serviceContainer(ctx.engine, name.toLowerCase(), args[0], index, 'exclude', true)];
  if (project && services.length === 0) return [];
  return projectContainers(ctx.engine, name.toLowerCase(), { oneOff: 'exclude', all: true, services });
}

function useColor(ctx: CommandContext, flags: ParsedFlags): boolean {
  if (flagBool(flags, 'no-color') || ctx.env.NO_COLOR) return false;
  const ansi = composeGlobals(ctx, flags).ansi;
  return ansi === 'always' || (ansi === 'auto' && ctx.tty);
}

export async function runLogs(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const now = ctx.engine.now();
  const span: Window = {
    tail: flagString(flags, 'tail', 'all'),
    since: parseLogTime('since', flagString(flags, 'since'), now),
    until: parseLogTime('until', flagString(flags, 'until'), now),
  };
  const containers = await containersFor(ctx, args, flags);
  const consumer = new LogConsumer(ctx, { color: useColor(ctx, flags), prefix: !flagBool(flags, 'no-log-prefix') });
  const opts: Options = { span, timestamps: flagBool(flags, 'timestamps') };
  consumer.prepare(containers.filter((c) => logWindow(c.logs, span).length > 0).map(nameWithoutProject));
  for (const c of containers) consumer.logLines(nameWithoutProject(c), logWindow(c.logs, span), opts.timestamps);
  if (!flagBool(flags, 'follow') || containers.length === 0) return 0;
  const { followLogs } = await import('./logs-follow.ts');
  if (await followLogs(ctx, consumer, containers, opts)) return 0;
  // Ctrl+C: compose returns StatusError{130} with no message; the plugin prints it as an empty line.
  ctx.stderr.write('\n');
  return 130;
}
