// `docker compose up` (docker/compose v5 cmd/compose/up.go runUp, pkg/compose/up.go and
// create.go): the project and its options, then one "up" operation: images (pull, build),
// networks, volumes, the orphan warning, the plan executed ("Running" for what is up to date)
// and, detached, the start phase (with --wait); attached, up-attach.ts takes over.
import type { ApplyContext } from '../../../compose/apply/context.ts';
import type { ImageBuilder } from '../../../compose/apply/images.ts';
import type { Project, ServiceConfig } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { parseRefStrict } from '../../../engine/refs.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { composeProgress } from './progress.ts';
import { composeGlobals, loadComposeProject, type ComposeGlobals } from './project.ts';
import { UpSession } from './up-attach.ts';
import { applyCreateOptions, upOptions, type UpOptions } from './up-options.ts';

const truthy = (v: string | undefined) => ['1', 't', 'true', 'TRUE', 'True'].includes(v ?? '');

/** The labels compose puts on every container of a service (LoadProject's CustomLabels). */
export function serviceLabels(project: Project, g: ComposeGlobals, version: string, cwd: string): (s: ServiceConfig) => Record<string, string> {
  const envFiles = g.envFiles.map((f) => (f.startsWith('/') ? f : `${cwd.replace(/\/$/, '')}/${f}`));
  return (s) => ({
    'com.docker.compose.project': project.name,
    'com.docker.compose.service': s.name,
    'com.docker.compose.version': version,
    'com.docker.compose.project.working_dir': project.workingDir,
    'com.docker.compose.project.config_files': project.composeFiles.join(','),
    'com.docker.compose.oneoff': 'False',
    ...(envFiles.length ? { 'com.docker.compose.project.environment_file': envFiles.join(',') } : {}),
  });
}

/** Builds a service's image with the simulator's BuildKit (docker build's plain output on stderr). */
export function buildkitBuilder(ctx: CommandContext, project: Project, quiet: boolean): ImageBuilder {
  return async (_service, build, imageName) => {
    const host = ctx.host.hostFs?.();
    if (!host) return { ok: false, error: 'no build context available' };
    const { runBuild } = await import('../../../builder/build/build.ts');
    const dockerfile = (build.dockerfile ?? 'Dockerfile').startsWith('/') ? (build.dockerfile as string) : `${build.context}/${build.dockerfile ?? 'Dockerfile'}`;
    const ref = parseRefStrict(imageName);
    const args: Record<string, string> = {};
    for (const [k, v] of Object.entries(build.args ?? {})) {
      const value = v ?? project.environment[k];
      if (value !== undefined) args[k] = value;
    }
    const r = await runBuild(ctx.engine, {
      fs: host.fs, contextDir: build.context, dockerfile, dockerfileName: dockerfile.slice(dockerfile.lastIndexOf('/') + 1),
      names: [{ full: ref.full, familiar: ref.familiarTagged }], buildArgs: args, noCache: build.noCache ?? false, target: build.target ?? '',
    }, (text) => {
      if (!quiet) ctx.stderr.write(text);
    });
    return r.ok ? r : { ok: false, error: r.error.replace(/^ERROR: /, '') };
  };
}

/** What create() reads of `up`'s options (`run` passes its own for the dependencies). */
export type CreateOptions = Pick<UpOptions, 'build' | 'quietPull' | 'removeOrphans'> &
  Partial<Pick<UpOptions, 'pull' | 'noBuild' | 'recreate' | 'recreateDeps' | 'noDeps' | 'renewAnonVolumes' | 'timeout' | 'yes'>>;

/** create() (pkg/compose/create.go): images, networks, volumes, the orphan warning and the plan executed. */
export async function createProject(ctx: CommandContext, ac: ApplyContext, project: Project, o: CreateOptions, g: ComposeGlobals, services: string[] = [], scale: Record<string, number> = {}): Promise<void> {
  const apply = await import('../../../compose/apply/index.ts');
  const compose = await import('../../../compose/index.ts');
  const imageIds = await apply.ensureImages(ac, project, {
    pull: o.pull, forceBuild: o.build, noBuild: o.noBuild, quietPull: o.quietPull, builder: buildkitBuilder(ctx, project, false),
  });
  for (const s of Object.values(project.services)) {
    if (compose.serviceScale(s) > 1 && s.containerName) {
      throw new CliError(`WARNING: The ${JSON.stringify(s.name)} service is using the custom container name ${JSON.stringify(s.containerName)}. Docker requires each container to have a unique name. Remove the custom name to scale the service`, 1);
    }
  }
  apply.ensureNetworks(ac, project);
  apply.ensureVolumes(ac, project);
  const plan = compose.plan(project, apply.observedState(ctx.engine, project.name), {
    services, recreate: o.recreate, recreateDependencies: o.recreateDeps, noDeps: o.noDeps, scale,
    removeOrphans: o.removeOrphans, renewAnonVolumes: o.renewAnonVolumes, imageDigests: imageIds, confirm: () => o.yes ?? false,
  });
  if (plan.orphans.length > 0 && !o.removeOrphans && !truthy(project.environment.COMPOSE_IGNORE_ORPHANS)) {
    ac.warn(compose.orphanWarning(plan.orphans.map((c) => c.name)));
  }
  apply.emitRunningEvents(ac, plan);
  const cwd = ctx.host.hostFs?.().cwd ?? '/';
  await apply.executePlan(ac, project, plan, { labels: serviceLabels(project, g, ac.composeVersion, cwd), imageIds, timeout: o.timeout });
}

/** The project as `up` sees it: loaded, checked, with --pull/--build/--scale/--no-deps applied. */
async function upProject(ctx: CommandContext, flags: ParsedFlags, args: string[], o: UpOptions, g: ComposeGlobals): Promise<{ project: Project; scale: Record<string, number> }> {
  let project = await loadComposeProject(ctx, flags, { services: args });
  if (truthy(project.environment.COMPOSE_IGNORE_ORPHANS) && o.removeOrphans) throw new CliError('cannot combine COMPOSE_IGNORE_ORPHANS and --remove-orphans', 1);
  if (o.attach.length && o.attachDependencies) throw new CliError('cannot combine --attach and --attach-dependencies', 1);
  if (!g.allResources && Object.keys(project.services).length === 0) throw new CliError('no service selected', 1);
  const scale = applyCreateOptions(project, o);
  if (o.noDeps) {
    const { withSelectedServices } = await import('../../../compose/index.ts');
    project = withSelectedServices(project, args, true);
  }
  return { project, scale };
}

export async function runUp(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const g = composeGlobals(ctx, flags);
  // PersistentPreRunE picks the display from -d alone, before validateFlags (so --wait is not "detached" there).
  const progress = composeProgress(ctx, g, { detached: flagBool(flags, 'detach') });
  const o = upOptions(ctx, flags);
  if (g.dryRun) throw new CliError('--dry-run is not modelled by this simulator', 1);
  try {
    const { project, scale } = await upProject(ctx, flags, args, o, g);
    const session = o.detach || o.noStart ? undefined : new UpSession(ctx, project, o, args, progress);
    const ac = applyContext(ctx, progress, { onTick: () => session?.flush() });
    progress.start(o.noStart ? 'create' : 'up');
    try {
      await createProject(ctx, ac, project, o, g, args, scale);
      if (o.detach && !o.noStart) {
        const { startProject } = await import('../../../compose/apply/index.ts');
        await startProject(ac, project, { wait: o.wait, waitTimeoutMs: o.waitTimeout * 1000 });
      }
    } finally {
      progress.done();
    }
    return session ? await session.run(ac) : 0;
  } catch (e) {
    return exitFor(ctx, e);
  }
}
