// `docker compose pull` (docker/compose cmd/compose/pull.go, pkg/compose/pull.go): the named
// services (with their dependencies only with --include-deps), --policy applied to those with
// an image, then one "pull" operation: a service without image, or whose policy says so, is
// "Skipped"; every other image is pulled once with its layer progress ("Image redis Pulling",
// "Pulled"). A failure ends the operation unless the service can be built (then a warning at
// the end says to build it) or --ignore-pull-failures.
import type { ApplyContext } from '../../../compose/apply/context.ts';
import type { Project, ServiceConfig } from '../../../compose/index.ts';
import { findImage } from '../../../engine/images.ts';
import { parseReference } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { applyContext, exitFor } from './apply-context.ts';
import { composeProgress } from './progress.ts';
import { composeGlobals, loadComposeProject } from './project.ts';

type Apply = typeof import('../../../compose/apply/index.ts');

interface PullOptions {
  quiet: boolean;
  ignoreFailures: boolean;
  ignoreBuildable: boolean;
}

/** imageAlreadyPresent: a tagged reference other than :latest that is here. */
function alreadyPresent(ac: ApplyContext, image: string): boolean {
  if (!findImage(ac.engine, image)) return false;
  try {
    const ref = parseReference(image);
    return ref.tag === undefined || ref.tag !== 'latest';
  } catch {
    return false;
  }
}

/** The Skipped event a service gets instead of a pull, if any. */
function skipped(apply: Apply, ac: ApplyContext, s: ServiceConfig, o: PullOptions): boolean {
  const id = `Image ${s.image}`;
  if (!s.image) {
    ac.events.on(apply.event(s.name, 'done', 'Skipped', 'No image to be pulled'));
    return true;
  }
  const policy = s.pullPolicy ?? '';
  if (policy === 'never' || policy === 'build') ac.events.on(apply.event(id, 'done', 'Skipped'));
  else if ((policy === 'missing' || policy === 'if_not_present') && alreadyPresent(ac, s.image)) {
    ac.events.on(apply.event(id, 'done', 'Skipped', 'Image is already present locally'));
  } else if (s.build && o.ignoreBuildable) ac.events.on(apply.event(id, 'done', 'Skipped', 'Image can be built'));
  else return false;
  return true;
}

async function pullAll(ac: ApplyContext, apply: Apply, project: Project, o: PullOptions): Promise<void> {
  const pulled = new Set<string>();
  const mustBuild: string[] = [];
  let failure: unknown;
  for (const name of Object.keys(project.services).sort()) {
    const s = project.services[name];
    if (skipped(apply, ac, s, o) || pulled.has(s.image as string)) continue;
    pulled.add(s.image as string);
    try {
      apply.pullServiceImage(ac, s.image as string, o.quiet, !!s.build);
      if (s.build && !findImage(ac.engine, s.image as string)) mustBuild.push(name);
    } catch (e) {
      if (o.ignoreFailures) continue;
      failure = e;
      break;
    }
  }
  if (mustBuild.length > 0) ac.warn(`WARNING: Some service image(s) must be built from source by running:\n    docker compose build ${mustBuild.join(' ')}`);
  if (failure !== undefined) throw failure;
}

export async function runPull(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const g = composeGlobals(ctx, flags);
  const progress = composeProgress(ctx, g);
  const o: PullOptions = { quiet: flagBool(flags, 'quiet'), ignoreFailures: flagBool(flags, 'ignore-pull-failures'), ignoreBuildable: flagBool(flags, 'ignore-buildable') };
  try {
    const compose = await import('../../../compose/index.ts');
    const apply = await import('../../../compose/apply/index.ts');
    let project = await loadComposeProject(ctx, flags, { services: args });
    if (!flagBool(flags, 'include-deps')) project = compose.withSelectedServices(project, args, true);
    const policy = flagString(flags, 'policy');
    if (policy !== '') {
      project = { ...project, services: Object.fromEntries(Object.entries(project.services).map(([k, s]) => [k, s.image ? { ...s, pullPolicy: policy } : s])) };
    }
    await apply.loadCatalogRepos(project);
    progress.start('pull');
    try {
      await pullAll(applyContext(ctx, progress), apply, project, o);
    } finally {
      progress.done();
    }
    return 0;
  } catch (e) {
    return exitFor(ctx, e);
  }
}
