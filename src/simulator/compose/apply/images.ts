// Images before the containers (docker/compose pkg/compose/build.go ensureImagesExists,
// pull.go pullRequiredImages/pullServiceImage/toPullProgressEvent): pull what the pull policy
// asks for ("Image nginx Pulling", each layer's progress, "Image nginx Pulled"), build the
// services that build ("Image app-web Building/Built"), and note each service's image ID for the
// com.docker.compose.image label (a changed image recreates the container).
import { DaemonError } from '../../errors/daemon-error.ts';
import { ensureRepos } from '../../engine/catalog/index.ts';
import { findImage } from '../../engine/images.ts';
import { pullImage, type ProgressEvent } from '../../engine/pull.ts';
import { parseRefStrict } from '../../engine/refs.ts';
import { humanSize } from '../../util/format/units.ts';
import { imageNameOrDefault } from '../labels.ts';
import type { BuildConfig, Project, ServiceConfig } from '../model.ts';
import type { ApplyContext } from './context.ts';
import { ev, type ComposeEvent } from './events.ts';
import { ComposeApplyError } from './errors.ts';

/** Builds one service's image (the CLI wires BuildKit in); the build's own output is its business. */
export type ImageBuilder = (service: ServiceConfig, build: BuildConfig, imageName: string) => Promise<{ ok: true; imageId: string } | { ok: false; error: string }>;

export interface ImageOptions {
  /** --pull given: this policy for every service. */
  pull?: string;
  /** --build: every service with a build section is built. */
  forceBuild?: boolean;
  /** --no-build. */
  noBuild?: boolean;
  quietPull?: boolean;
  builder?: ImageBuilder;
}

const DONE_PHASES = ['Download complete', 'Already exists', 'Pull complete'];
const PROGRESS_PHASES = ['Downloading', 'Extracting', 'Verifying Checksum'];

/** toPullProgressEvent: a layer's message under its image; "Pulling from" carries no progress. */
export function layerEvent(parent: string, e: ProgressEvent): ComposeEvent | undefined {
  if (!e.id || e.status.startsWith('Pulling from')) return undefined;
  const p = e.progress ?? { current: 0, total: 0 };
  const out: ComposeEvent = { id: e.id, parentId: parent, status: 'working', text: e.status, details: humanSize(p.current), percent: 0 };
  if (PROGRESS_PHASES.includes(e.status)) {
    out.current = p.current;
    out.total = p.total;
    if (p.total > 0) out.percent = Math.min(Math.trunc((p.current * 100) / p.total), 100);
  } else if (DONE_PHASES.includes(e.status)) {
    out.status = 'done';
    out.percent = 100;
  }
  return out;
}

/** mustPull: always; never/build no; otherwise when the image is not here. */
function mustPull(s: ServiceConfig, policy: string): boolean {
  if (!s.image) return false;
  if (policy === 'always') return true;
  if (policy === 'never' || policy === 'build') return false;
  return true;
}

/** pullServiceImage: the pull with its events; a service that can build only warns on failure. */
export function pullServiceImage(ac: ApplyContext, image: string, quiet: boolean, canBuild: boolean): void {
  const id = `Image ${image}`;
  ac.events.on(ev.pulling(id));
  try {
    pullImage(ac.engine, parseRefStrict(image), (e) => {
      const le = quiet ? undefined : layerEvent(id, e);
      if (le) ac.events.on(le);
    });
  } catch (e) {
    const message = e instanceof DaemonError ? e.message : (e as Error).message;
    ac.events.on(canBuild ? { id, status: 'warning', text: message } : ev.error(id, message));
    if (canBuild) return;
    throw e instanceof DaemonError ? e : new ComposeApplyError(message);
  }
  ac.events.on(ev.pulled(id));
}

/** The simulated registry's data for every image the project names (the catalog loads lazily). */
export async function loadCatalogRepos(project: Project): Promise<void> {
  const names = new Set<string>();
  for (const s of Object.values(project.services)) {
    try {
      if (s.image) names.add(parseRefStrict(s.image).familiarName);
    } catch {
      // an invalid reference fails later, where compose reports it
    }
  }
  await ensureRepos(names);
}

/** ensureImagesExists: pull, then build; returns each service's image ID (by service name). */
export async function ensureImages(ac: ApplyContext, project: Project, opts: ImageOptions = {}): Promise<Record<string, string>> {
  const services = Object.values(project.services).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const s of services) {
    if (!s.image && !s.build) throw new ComposeApplyError(`invalid service ${JSON.stringify(s.name)}. Must specify either image or build`);
  }
  await loadCatalogRepos(project);
  const pulled = new Set<string>();
  for (const s of services) {
    const policy = opts.pull ?? s.pullPolicy ?? 'missing';
    const name = imageNameOrDefault(project.name, s);
    if (!mustPull(s, policy) || pulled.has(name) || (policy !== 'always' && findImage(ac.engine, name))) continue;
    pulled.add(name);
    const canBuild = !!s.build || services.some((o) => o.image === s.image && o.build);
    pullServiceImage(ac, name, opts.quietPull ?? false, canBuild);
  }
  if (!opts.noBuild) await buildImages(ac, project, services, opts);
  const ids: Record<string, string> = {};
  for (const s of services) {
    const img = findImage(ac.engine, imageNameOrDefault(project.name, s));
    if (img) ids[s.name] = img.id;
  }
  return ids;
}

/** build(): services with a build section whose image is missing, or all of them with --build. */
async function buildImages(ac: ApplyContext, project: Project, services: ServiceConfig[], opts: ImageOptions): Promise<void> {
  for (const s of services) {
    if (!s.build) continue;
    const name = imageNameOrDefault(project.name, s);
    const forced = opts.forceBuild || (opts.pull ?? s.pullPolicy) === 'build';
    if (findImage(ac.engine, name) && !forced) continue;
    if (!opts.builder) throw new ComposeApplyError(`service ${JSON.stringify(s.name)} has no image and cannot be built here`);
    const id = `Image ${name}`;
    ac.events.on(ev.building(id));
    const r = await opts.builder(s, s.build, name);
    if (!r.ok) throw new ComposeApplyError(r.error.replace(/\n$/, ''));
    ac.events.on(ev.built(id));
  }
}
