// `docker compose down` on the engine (docker/compose pkg/compose/down.go): the containers of
// each service, dependents first (stop, then remove), orphans with --remove-orphans, then the
// project's networks (a network still in use only warns), its images with --rmi and its
// volumes with -v. Without a compose file the project is rebuilt from the engine's labels.
import { DaemonError } from '../../errors/daemon-error.ts';
import { findImage } from '../../engine/images.ts';
import { removeImage } from '../../engine/image-remove.ts';
import { networkEndpoints, removeNetwork } from '../../engine/network/networks.ts';
import { removeVolume } from '../../engine/volumes.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { LABELS, imageNameOrDefault } from '../labels.ts';
import type { DependsOnCondition, Project } from '../model.ts';
import { dependencyOrder } from '../plan/select.ts';
import { stopAndRemoveContainer } from './containers.ts';
import type { ApplyContext } from './context.ts';
import { ev, event } from './events.ts';
import { LATENCY } from './latency.ts';
import { projectContainers, projectNetworks, projectVolumes, serviceOf } from './resources.ts';

export interface DownOptions {
  removeOrphans?: boolean;
  volumes?: boolean;
  /** --rmi: 'local' or 'all'. */
  images?: string;
  timeout?: number;
  /** Services named on the command line (only they, and what depends on them, go down). */
  services?: string[];
}

/** getProjectWithResources: services (and depends_on) from the containers' labels, networks and volumes from theirs. */
export function projectFromEngine(ac: ApplyContext, name: string, containers: ContainerRecord[]): Project {
  const services: Project['services'] = {};
  for (const c of containers) {
    if (services[serviceOf(c)]) continue;
    const deps = (c.config.Labels?.[LABELS.dependsOn] ?? '').split(',').filter(Boolean).map((d) => d.split(':'));
    const dependsOn = Object.fromEntries(deps.map(([dep, condition]) => [dep, { condition: (condition ?? 'service_started') as DependsOnCondition, restart: true, required: false }]));
    services[serviceOf(c)] = { name: serviceOf(c), image: c.config.Image, ...(deps.length ? { dependsOn } : {}) };
  }
  const networks: Project['networks'] = {};
  for (const n of projectNetworks(ac.engine, name)) networks[n.labels[LABELS.network] ?? n.name] = { name: n.name };
  const volumes: Project['volumes'] = {};
  for (const v of projectVolumes(ac.engine, name)) volumes[v.labels?.[LABELS.volume] ?? v.name] = { name: v.name };
  return { name, workingDir: '', composeFiles: [], environment: {}, services, disabledServices: {}, networks, volumes, secrets: {}, configs: {}, extensions: {} };
}

/** InReverseDependencyOrder with WithRootNodesAndDown: the named services and their dependents. */
function servicesToRemove(project: Project, named: string[]): string[] {
  const order = dependencyOrder(project).reverse();
  if (named.length === 0) return order;
  const keep = new Set(named);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of order) {
      if (keep.has(s)) continue;
      if (Object.keys(project.services[s].dependsOn ?? {}).some((d) => keep.has(d))) {
        keep.add(s);
        grew = true;
      }
    }
  }
  return order.filter((s) => keep.has(s));
}

/** removeNetwork: only networks carrying the project's labels; one still in use is a warning. */
function networkDown(ac: ApplyContext, project: Project, key: string): void {
  const n = project.networks[key];
  const found = projectNetworks(ac.engine, project.name).filter((x) => x.labels[LABELS.network] === key);
  if (found.length === 0) return;
  const id = `Network ${n.name}`;
  ac.events.on(ev.removing(id));
  let removed = 0;
  for (const net of found.filter((x) => x.name === n.name)) {
    if (networkEndpoints(ac.engine, net).length > 0) {
      ac.events.on(event(id, 'warning', 'Resource is still in use'));
      removed++;
      continue;
    }
    removeNetwork(ac.engine, net.id);
    ac.engine.advance(LATENCY.removeNetwork);
    ac.events.on(ev.removed(id));
    removed++;
  }
  if (removed === 0) ac.events.on(event(id, 'warning', 'No resource found to remove'));
}

/** removeResource: Removing, then Removed, or a warning when in use or already gone. */
function removeResource(ac: ApplyContext, id: string, op: () => void): void {
  ac.events.on(event(id, 'working', 'Removing'));
  try {
    op();
    ac.events.on(event(id, 'done', 'Removed'));
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    if (e.kind === 'conflict') ac.events.on(event(id, 'warning', 'Resource is still in use'));
    else if (e.kind === 'notFound') ac.events.on(event(id, 'done', 'Warning: No resource found to remove'));
    else throw e;
  }
}

/** ImagesToPrune: "all" the images services name, plus (both modes) the images compose builds. */
function imagesToRemove(ac: ApplyContext, project: Project, mode: string): string[] {
  const services = Object.values(project.services);
  const named = mode === 'all' ? services.filter((s) => s.image).map((s) => s.image as string) : [];
  const built = services.filter((s) => !s.image).map((s) => imageNameOrDefault(project.name, s));
  return [...new Set([...named, ...built])].filter((i) => findImage(ac.engine, i));
}

/** down(): containers, orphans, networks, images, volumes; warns when there was nothing at all. */
export async function downProject(ac: ApplyContext, name: string, project: Project | undefined, opts: DownOptions = {}): Promise<void> {
  const containers = projectContainers(ac.engine, name, { oneOff: opts.removeOrphans ? 'include' : 'exclude' });
  const p = project ?? projectFromEngine(ac, name, containers);
  const named = (opts.services ?? []).filter((s) => Object.hasOwn(p.services, s));
  if ((opts.services ?? []).length > 0 && named.length === 0) return;
  for (const service of servicesToRemove(p, named)) {
    for (const c of containers.filter((x) => serviceOf(x) === service)) await stopAndRemoveContainer(ac, c, { timeout: opts.timeout, volumes: opts.volumes });
  }
  if (opts.removeOrphans) {
    for (const c of containers.filter((x) => !Object.hasOwn(p.services, serviceOf(x)))) await stopAndRemoveContainer(ac, c, { timeout: opts.timeout });
  }
  const networks = Object.keys(p.networks).filter((k) => !p.networks[k].external).sort();
  const images = opts.images ? imagesToRemove(ac, p, opts.images) : [];
  const volumes = opts.volumes ? Object.keys(p.volumes).filter((k) => !p.volumes[k].external).sort() : [];
  if (containers.length === 0 && networks.length + images.length + volumes.length === 0) {
    ac.warn(`Warning: No resource found to remove for project ${JSON.stringify(name)}.`);
  }
  for (const key of networks) networkDown(ac, p, key);
  for (const image of images) removeResource(ac, `Image ${image}`, () => removeImage(ac.engine, image, false));
  for (const key of volumes) {
    const vname = p.volumes[key].name;
    if (ac.engine.state.volumes[vname]) removeResource(ac, `Volume ${vname}`, () => removeVolume(ac.engine, vname, true));
  }
}
