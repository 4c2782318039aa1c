// `docker compose start`, `stop` and `restart` (docker/compose cmd/compose/{start,stop,restart}.go,
// pkg/compose/{start,stop,restart}.go): the project (or, with -p alone, one rebuilt from the
// containers' labels), then one operation with compose's progress events: start in dependency
// order (a service without containers is an error), stop dependents first, restart in
// dependency order ("Restarting" then "Started"; a named service takes its dependents along
// unless --no-deps).
import type { ApplyContext } from '../../../compose/apply/context.ts';
import type { Project } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagSet } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { projectFromName } from './engine-project.ts';
import { composeProgress, type ComposeProgress } from './progress.ts';
import { composeGlobals, projectContainers, projectOrName } from './project.ts';

type Apply = typeof import('../../../compose/apply/index.ts');

/** Runs one compose operation with its progress bracket; errors end as compose ends on them. */
async function operation(ctx: CommandContext, flags: ParsedFlags, name: string, fn: (ac: ApplyContext, apply: Apply, p: ComposeProgress) => Promise<void>): Promise<number> {
  const progress = composeProgress(ctx, composeGlobals(ctx, flags));
  try {
    const apply = await import('../../../compose/apply/index.ts');
    progress.start(name);
    try {
      await fn(applyContext(ctx, progress), apply, progress);
    } finally {
      progress.done();
    }
    return 0;
  } catch (e) {
    return exitFor(ctx, e);
  }
}

/** The project, or one rebuilt from the engine when only -p names it. */
async function resolve(ctx: CommandContext, flags: ParsedFlags, services: string[], loadWith: string[] = services): Promise<Project> {
  const { project, name } = await projectOrName(ctx, flags, loadWith);
  if (project) return project;
  ctx.engine.tick();
  return projectFromName(name.toLowerCase(), projectContainers(ctx.engine, name.toLowerCase()), services);
}

const timeoutOf = (flags: ParsedFlags) => (flagSet(flags, 'timeout') ? flagInt(flags, 'timeout', 0) : undefined);

export function runStart(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  return operation(ctx, flags, 'start', async (ac, apply) => {
    const project = await resolve(ctx, flags, args);
    const wait = flagBool(flags, 'wait');
    await apply.startProject(ac, project, { wait, waitTimeoutMs: flagInt(flags, 'wait-timeout', 0) * 1000 });
  });
}

export function runStop(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  return operation(ctx, flags, 'stop', async (ac, apply) => {
    const project = await resolve(ctx, flags, args);
    await apply.stopProject(ac, project, { services: args, timeout: timeoutOf(flags) });
  });
}

export function runRestart(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  return operation(ctx, flags, 'restart', async (ac, apply) => {
    const project = await resolve(ctx, flags, args, []);
    const missing = args.find((s) => !Object.hasOwn(project.services, s));
    if (missing !== undefined) throw new CliError(`no such service: ${missing}`, 1);
    const containers = projectContainers(ctx.engine, project.name);
    await apply.restartProject(ac, project, containers, { services: args, noDeps: flagBool(flags, 'no-deps'), timeout: timeoutOf(flags) });
  });
}
