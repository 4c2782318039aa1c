// What the engine holds for a Compose project, found as docker/compose finds it: by its
// com.docker.compose.* labels (pkg/compose/containers.go getContainers and its filters,
// observed_state.go collectObservedState), read straight from the engine's state.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord, NetworkRecord, VolumeRecord } from '../../engine/state.ts';
import { LABELS } from '../labels.ts';
import type { ActualState, ContainerState } from '../plan/types.ts';

/** oneOffExclude / oneOffInclude / oneOffOnly: containers of `docker compose run` or not. */
export type OneOffFilter = 'exclude' | 'include' | 'only';

export interface ContainerQuery {
  oneOff?: OneOffFilter;
  /** Only these services (empty: all). */
  services?: string[];
  /** Stopped ones too (ContainerList All); default true, as most compose commands ask. */
  all?: boolean;
}

export function labelOf(c: ContainerRecord, key: string): string | undefined {
  return c.config.Labels?.[key];
}

export function serviceOf(c: ContainerRecord): string {
  return labelOf(c, LABELS.service) ?? '';
}

export function containerNumber(c: ContainerRecord): number {
  return Number(labelOf(c, LABELS.containerNumber) ?? '0') || 0;
}

export function isOneOff(c: ContainerRecord): boolean {
  return labelOf(c, LABELS.oneOff) === 'True';
}

/** The daemon's "running" for ContainerList without All: running, paused or restarting. */
function listedWhenRunning(c: ContainerRecord): boolean {
  return ['running', 'paused', 'restarting'].includes(c.state.status);
}

/** Containers.sorted(): by canonical name (predictable colours and orders). */
export function byName<T extends { name: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** getContainers: the project's containers (one-offs excluded by default), sorted by name. */
export function projectContainers(engine: Engine, project: string, q: ContainerQuery = {}): ContainerRecord[] {
  const oneOff = q.oneOff ?? 'exclude';
  const found = Object.values(engine.state.containers).filter((c) => {
    if (labelOf(c, LABELS.project) !== project) return false;
    if (oneOff === 'exclude' && isOneOff(c)) return false;
    if (oneOff === 'only' && !isOneOff(c)) return false;
    if (q.services?.length && !q.services.includes(serviceOf(c))) return false;
    return q.all === false ? listedWhenRunning(c) : true;
  });
  return byName(found);
}

export function projectNetworks(engine: Engine, project: string): NetworkRecord[] {
  return byName(Object.values(engine.state.networks).filter((n) => n.labels?.[LABELS.project] === project));
}

export function projectVolumes(engine: Engine, project: string): VolumeRecord[] {
  return byName(Object.values(engine.state.volumes).filter((v) => v.labels?.[LABELS.project] === project));
}

/** The names of the projects that have containers (compose ls lists them). */
export function projectNames(engine: Engine): string[] {
  const names = new Set<string>();
  for (const c of Object.values(engine.state.containers)) {
    const p = labelOf(c, LABELS.project);
    if (p) names.add(p);
  }
  return [...names].sort();
}

/** getContainerNameWithoutProject: "web-1" for app-web-1; a custom container_name stays whole. */
export function nameWithoutProject(c: ContainerRecord): string {
  const project = labelOf(c, LABELS.project) ?? '';
  const defaultName = `${project}-${serviceOf(c)}-${labelOf(c, LABELS.containerNumber) ?? ''}`;
  return c.name === defaultName ? c.name.slice(project.length + 1) : c.name;
}

/** The IDs of the networks a container is attached to (by recorded id, else by name). */
function networkIds(engine: Engine, c: ContainerRecord): string[] {
  return Object.entries(c.networks ?? {}).map(([name, ep]) => ep.NetworkID || Object.values(engine.state.networks).find((n) => n.name === name)?.id || name);
}

/** collectObservedState: the project's containers, networks and volumes as plan() reads them. */
export function observedState(engine: Engine, project: string): ActualState {
  const containers = projectContainers(engine, project, { oneOff: 'include' }).map((c) => ({
    id: c.id,
    name: c.name,
    service: serviceOf(c),
    number: containerNumber(c),
    state: c.state.status as ContainerState,
    configHash: labelOf(c, LABELS.configHash) ?? '',
    oneOff: isOneOff(c),
    imageDigest: labelOf(c, LABELS.image),
    created: c.created,
    networkIds: networkIds(engine, c),
    volumeNames: (c.mounts ?? []).filter((m) => m.Type === 'volume' && m.Name).map((m) => m.Name as string),
  }));
  const networks = projectNetworks(engine, project)
    .filter((n) => n.labels[LABELS.network] !== undefined)
    .map((n) => ({ id: n.id, name: n.name, key: n.labels[LABELS.network], configHash: n.labels[LABELS.configHash] }));
  const volumes = projectVolumes(engine, project)
    .filter((v) => v.labels?.[LABELS.volume] !== undefined)
    .map((v) => ({ name: v.name, key: v.labels?.[LABELS.volume] ?? '', configHash: v.labels?.[LABELS.configHash] }));
  return { containers, networks, volumes };
}
