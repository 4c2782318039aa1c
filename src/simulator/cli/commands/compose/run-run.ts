// `docker compose run` (docker/compose cmd/compose/run.go, pkg/compose/run.go): the project
// narrowed to the service and its dependencies (only it with --no-deps); the dependencies
// created and started as `up -d` would ("create" then "start", with their depends_on waits),
// the service's own image pulled or built, then the one-off container
// `<project>-<service>-run-<12 hex>` (com.docker.compose.oneoff=True, a slug label, no restart
// policy, only its own name as network alias unless --use-aliases) started detached (its ID
// printed) or attached like `docker start -a` (a shell on a TTY enters it). A non-zero exit
// status is compose's, with the empty line its plugin prints for a message-less error.
import type { ApplyContext } from '../../../compose/apply/context.ts';
import type { Project, ServiceConfig } from '../../../compose/index.ts';
import { createContainer } from '../../../engine/containers/create.ts';
import { startContainer } from '../../../engine/containers/lifecycle.ts';
import { findImage } from '../../../engine/images.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { start as dockerStart } from '../container/start.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { requireMinArgs } from './args.ts';
import { composeProgress, type ComposeProgress } from './progress.ts';
import { composeGlobals, loadComposeProject, type ComposeGlobals } from './project.ts';
import { runOptions, runService, type RunOptions } from './run-options.ts';
import { buildkitBuilder, createProject, serviceLabels } from './up-run.ts';

type Apply = typeof import('../../../compose/apply/index.ts');
type Compose = typeof import('../../../compose/index.ts');

/** startDependencies: Create (as `up`'s create phase) and Start of the project without the run service. */
async function startDependencies(ctx: CommandContext, ac: ApplyContext, progress: ComposeProgress, m: { apply: Apply; compose: Compose }, project: Project, o: RunOptions, g: ComposeGlobals): Promise<void> {
  const deps: Project = { ...project, services: { ...project.services }, disabledServices: { ...project.disabledServices, [o.service]: project.services[o.service] } };
  delete deps.services[o.service];
  progress.start('create');
  try {
    await createProject(ctx, ac, deps, { build: o.build, quietPull: o.quietPull, removeOrphans: o.removeOrphans }, g);
  } finally {
    progress.done();
  }
  if (Object.keys(deps.services).length === 0) return;
  // The run service with no replica to start: only its depends_on waits remain after the dependencies.
  const withWaits: Project = { ...deps, services: { ...deps.services, [o.service]: { ...project.services[o.service], scale: 0, deploy: undefined } } };
  progress.start('start');
  try {
    await m.apply.startProject(ac, o.noDeps ? deps : withWaits);
  } finally {
    progress.done();
  }
}

/** createContainer for the one-off: compose's labels plus oneoff=True and the slug. */
async function createOneOff(ctx: CommandContext, ac: ApplyContext, m: { apply: Apply; compose: Compose }, project: Project, service: ServiceConfig, o: RunOptions, g: ComposeGlobals): Promise<ContainerRecord> {
  const imageIds = await m.apply.ensureImages(ac, { ...project, services: { [service.name]: service } }, { quietPull: o.quietPull, forceBuild: o.build, builder: buildkitBuilder(ctx, project, false) });
  const slug = ctx.engine.hex(32);
  const name = o.name || `${project.name}-${service.name}-run-${slug.slice(0, 12)}`;
  const image = findImage(ctx.engine, m.compose.imageNameOrDefault(project.name, service));
  if (!image) throw new CliError(`No such image: ${m.compose.imageNameOrDefault(project.name, service)}`, 1);
  const labels: Record<string, string> = { ...serviceLabels(project, g, ac.composeVersion, ctx.host.hostFs?.().cwd ?? '/')(service), 'com.docker.compose.oneoff': 'True', 'com.docker.compose.slug': slug };
  if (imageIds[service.name]) labels['com.docker.compose.image'] = imageIds[service.name];
  const req = m.apply.containerRequest(project, { ...service, containerName: name }, -1, name, { image, labels });
  req.autoRemove = o.rm;
  req.attach = { stdin: o.interactive && !o.detach, stdout: true, stderr: true };
  if (!o.useAliases && req.networking) for (const ep of Object.values(req.networking)) ep.aliases = [name];
  const id = m.apply.containerId(name);
  ac.events.on(m.apply.ev.creating(id));
  const c = createContainer(ctx.engine, req);
  ac.events.on(m.apply.ev.created(id));
  m.apply.injectSecretsAndConfigs(ac, project, service, c);
  return c;
}

async function startOneOff(ctx: CommandContext, c: ContainerRecord, o: RunOptions): Promise<number> {
  if (o.detach) {
    startContainer(ctx.engine, c);
    ctx.stdout.write(`${c.id}\n`);
    return 0;
  }
  const code = await dockerStart.run(ctx, [c.id], { attach: true, interactive: o.interactive });
  const status = typeof code === 'number' ? code : 0;
  if (status !== 0) ctx.stderr.write('\n');
  return status;
}

export async function runRun(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  requireMinArgs(args, 1);
  const o = await runOptions(ctx, args, flags);
  const g0 = composeGlobals(ctx, flags);
  const g = o.quiet ? { ...g0, progress: 'quiet' } : g0;
  const progress = composeProgress(ctx, g);
  try {
    const m = { apply: await import('../../../compose/apply/index.ts'), compose: await import('../../../compose/index.ts') };
    let project = await loadComposeProject(ctx, flags, { services: [o.service] });
    if (o.noDeps) project = m.compose.withSelectedServices(project, [o.service], true);
    const service = await runService(project, o, ctx.env);
    const ac = applyContext(ctx, progress);
    await startDependencies(ctx, ac, progress, m, project, o, g);
    if (service.tty && o.interactive && ctx.host.stdin?.() !== undefined) throw new CliError('cannot attach stdin to a TTY-enabled container because stdin is not a terminal', 1);
    const c = await createOneOff(ctx, ac, m, project, service, o, g);
    return await startOneOff(ctx, c, o);
  } catch (e) {
    return exitFor(ctx, e);
  }
}
