// `docker compose build` (docker/compose cmd/compose/build.go, pkg/compose/build.go and
// build_bake.go): the whole project loaded, the named services selected (their dependencies
// built too only with --with-dependencies), --build-arg/--no-cache applied, then one "build"
// operation: "Image <project>-<service> Building" for each, BuildKit's output, "Built".
// Nothing to build is a warning; -q hides the build output.
import type { Project, ServiceConfig } from '../../../compose/index.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { composeProgress } from './progress.ts';
import { composeGlobals, loadComposeProject } from './project.ts';
import { buildkitBuilder } from './up-run.ts';

/** BuildOptions.Apply: --build-arg (KEY=VALUE, or KEY from the project's environment) and --no-cache. */
function withOptions(project: Project, args: string[], noCache: boolean): Project {
  const extra: Record<string, string | null> = {};
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq !== -1) extra[a.slice(0, eq)] = a.slice(eq + 1);
    else extra[a] = project.environment[a] ?? null;
  }
  const services: Record<string, ServiceConfig> = {};
  for (const [name, s] of Object.entries(project.services)) {
    services[name] = s.build ? { ...s, build: { ...s.build, args: { ...(s.build.args ?? {}), ...extra }, noCache: s.build.noCache || noCache } } : s;
  }
  return { ...project, services };
}

/** The services build() builds: the named ones (all by default), with dependencies on request. */
async function toBuild(project: Project, services: string[], withDeps: boolean): Promise<ServiceConfig[]> {
  const compose = await import('../../../compose/index.ts');
  const selected = compose.withSelectedServices(project, services, !withDeps);
  const names = compose.dependencyOrder(selected).filter((n) => withDeps || services.length === 0 || services.includes(n));
  return names.map((n) => selected.services[n]).filter((s) => s.build !== undefined);
}

export async function runBuild(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const g = composeGlobals(ctx, flags);
  const quiet = flagBool(flags, 'quiet');
  const progress = composeProgress(ctx, quiet ? { ...g, progress: 'quiet' } : g);
  try {
    const { imageNameOrDefault } = await import('../../../compose/index.ts');
    const loaded = await loadComposeProject(ctx, { ...flags }, {});
    const project = withOptions(loaded, flagList(flags, 'build-arg'), flagBool(flags, 'no-cache'));
    const services = await toBuild(project, args, flagBool(flags, 'with-dependencies'));
    const ac = applyContext(ctx, progress);
    const apply = await import('../../../compose/apply/index.ts');
    progress.start('build');
    try {
      if (services.length === 0) ac.warn('No services to build');
      const builder = buildkitBuilder(ctx, project, quiet);
      const images = services.map((s) => imageNameOrDefault(project.name, s));
      for (const image of images) progress.on(apply.ev.building(`Image ${image}`));
      for (const [i, s] of services.entries()) {
        const r = await builder(s, s.build!, images[i]);
        if (!r.ok) throw new apply.ComposeApplyError(r.error.replace(/\n$/, ''));
      }
      for (const image of images) progress.on(apply.ev.built(`Image ${image}`));
    } finally {
      progress.done();
    }
    return 0;
  } catch (e) {
    return exitFor(ctx, e);
  }
}
