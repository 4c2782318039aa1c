// `docker compose exec` (docker/compose cmd/compose/exec.go, pkg/compose/exec.go): the project
// name (no service check: an unknown service is simply "not running"), the service's running
// container (--index, one-offs last), then docker/cli's RunExec as `docker exec` does it:
// interactive, with a TTY unless -T (which defaults to on when stdout is not a terminal).
// -e KEY takes its value from the environment. The command's status exits compose silently.
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { exec } from '../container/exec.ts';
import { requireMinArgs } from './args.ts';
import { toProjectName } from './project-name.ts';
import { serviceContainer } from './service-container.ts';

/** MappingWithEquals.Resolve + ToMobyEnv: KEY takes its value from the environment when set. */
export function resolveEnv(values: string[], env: Record<string, string>): string[] {
  return values.map((v) => (v.includes('=') || env[v] === undefined ? v : `${v}=${env[v]}`));
}

/** -T (or the legacy --no-TTY); without it, a TTY only when stdout is a terminal. */
export function noTty(ctx: CommandContext, flags: ParsedFlags): boolean {
  if (flags['no-tty'] !== undefined || flags['no-TTY'] !== undefined) return flagBool(flags, 'no-tty') || flagBool(flags, 'no-TTY');
  return !ctx.tty;
}

export async function runExec(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  requireMinArgs(args, 2);
  const [service, ...command] = args;
  const name = await toProjectName(ctx, flags);
  const target = serviceContainer(ctx.engine, name, service, flagInt(flags, 'index', 0));
  const tty = !noTty(ctx, flags);
  const interactive = flags.interactive !== false;
  // docker/cli's CheckTty (attached only): a TTY with stdin attached needs a terminal on stdin.
  if (tty && interactive && !flagBool(flags, 'detach') && ctx.host.stdin?.() !== undefined) throw new CliError('cannot attach stdin to a TTY-enabled container because stdin is not a terminal', 1);
  const execFlags: ParsedFlags = {
    detach: flagBool(flags, 'detach'),
    env: resolveEnv(flagList(flags, 'env'), ctx.env),
    interactive,
    privileged: flagBool(flags, 'privileged'),
    tty,
    user: flagString(flags, 'user'),
    workdir: flagString(flags, 'workdir'),
  };
  const code = await exec.run(ctx, [target.id, ...command], execFlags);
  return typeof code === 'number' ? code : 0;
}
