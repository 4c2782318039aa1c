// `docker compose rm` (docker/compose cmd/compose/remove.go, pkg/compose/remove.go): -s stops
// the services first; the project's stopped containers (orphans left out when there is a file)
// in the daemon's order, "No stopped containers" when there are none, then "Going to remove
// a, b": printed with -f, else asked — on the terminal as survey's "? ... (y/N)"; with stdin
// piped, compose's pipe prompt reads one word ("y" or a true value removes; nothing is no).
// Removal reports Removing/Removed; -v also removes the containers' anonymous volumes.
import type { Project } from '../../../compose/index.ts';
import { containerRm } from '../../../engine/containers/remove.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { surveyConfirm } from './survey-confirm.ts';
import { projectFromName } from './engine-project.ts';
import { composeProgress } from './progress.ts';
import { composeGlobals, projectContainers, projectOrName, serviceOf } from './project.ts';

/** The daemon lists containers newest first. */
function daemonOrder(list: ContainerRecord[]): ContainerRecord[] {
  return [...list].sort((a, b) => b.created - a.created);
}

/** prompt.Pipe.Confirm (stdin piped): the question without a newline, one word read, utils.StringToBool. */
async function pipeConfirm(ctx: CommandContext, message: string): Promise<boolean> {
  ctx.stdout.write(message);
  const line = ctx.host.readLine ? await ctx.host.readLine() : undefined;
  const word = (line ?? '').trim().split(/\s+/)[0].toLowerCase();
  return word === 'y' || ['1', 't', 'true'].includes(word);
}

async function stopFirst(ctx: CommandContext, flags: ParsedFlags, args: string[], project: Project | undefined, name: string): Promise<void> {
  const apply = await import('../../../compose/apply/index.ts');
  const progress = composeProgress(ctx, composeGlobals(ctx, flags));
  const p = project ?? projectFromName(name.toLowerCase(), projectContainers(ctx.engine, name.toLowerCase()), args);
  progress.start('stop');
  try {
    await apply.stopProject(applyContext(ctx, progress), p, { services: args });
  } finally {
    progress.done();
  }
}

async function remove(ctx: CommandContext, flags: ParsedFlags, args: string[]): Promise<number> {
  const { project, name } = await projectOrName(ctx, flags, args);
  if (flagBool(flags, 'stop')) await stopFirst(ctx, flags, args, project, name);
  ctx.engine.tick();
  let containers = projectContainers(ctx.engine, name.toLowerCase(), { services: args });
  if (project) containers = containers.filter((c) => Object.hasOwn(project.services, serviceOf(c)));
  const stopped = daemonOrder(containers.filter((c) => c.state.status !== 'running' && c.state.status !== 'paused' && c.state.status !== 'restarting'));
  if (stopped.length === 0) {
    ctx.stderr.write('No stopped containers\n');
    return 0;
  }
  const message = `Going to remove ${stopped.map((c) => c.name).join(', ')}`;
  const force = flagBool(flags, 'force');
  if (force) ctx.stdout.write(`${message}\n`);
  else if (!(await (ctx.host.terminal && ctx.host.stdin?.() === undefined ? surveyConfirm(ctx, ctx.host.terminal, message) : pipeConfirm(ctx, message)))) return 0;
  const apply = await import('../../../compose/apply/index.ts');
  const progress = composeProgress(ctx, composeGlobals(ctx, flags));
  progress.start('remove');
  try {
    for (const c of stopped) {
      const id = apply.containerId(c.name);
      progress.on(apply.ev.removing(id));
      containerRm(ctx.engine, c.id, { force, volumes: flagBool(flags, 'volumes') });
      progress.on(apply.ev.removed(id));
    }
  } finally {
    progress.done();
  }
  return 0;
}

export async function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  try {
    return await remove(ctx, flags, args);
  } catch (e) {
    return exitFor(ctx, e);
  }
}
