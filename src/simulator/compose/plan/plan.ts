// plan(desired, actual, options): what `docker compose up`/`create` must do, as a pure function —
// a port of docker/compose pkg/compose/reconcile.go. Networks and volumes first (create missing,
// recreate diverged), then services in dependency order (create missing replicas numbered after
// the highest existing one, recreate diverged containers as create-tmp/stop/remove/rename, scale
// down the highest-numbered and obsolete ones first), then orphans with --remove-orphans.
import type { Project, ServiceConfig } from '../model.ts';
import { networkHash, volumeHash } from './hash.ts';
import { reconcileService } from './plan-containers.ts';
import { PlanBuilder } from './plan-builder.ts';
import { checkGraph, dependenciesOf, withSelectedServices } from './select.ts';
import type { ActualState, ObservedContainer, ObservedNetwork, ObservedVolume, Plan, PlanNode, PlanOptions } from './types.ts';

export function plan(desired: Project, actual: ActualState, options: PlanOptions = {}): Plan {
  const project = prepare(desired, options);
  const b = new PlanBuilder(project, actual, options);
  reconcileNetworks(b);
  reconcileVolumes(b);
  const visited = new Set<string>();
  const keys = Object.keys(project.services).sort();
  for (;;) {
    const next = keys.find((k) => !visited.has(k) && dependenciesOf(project.services[k], project).every((d) => visited.has(d)));
    if (next === undefined) break;
    visited.add(next);
    reconcileService(b, project.services[next]);
  }
  if (options.removeOrphans) {
    for (const o of b.orphans) {
      const stop = b.add({ type: 'StopContainer', resourceId: `orphan:${o.name}`, cause: 'orphaned container', containerId: o.id, containerName: o.name });
      b.add({ type: 'RemoveContainer', resourceId: `orphan:${o.name}`, cause: 'orphaned container', containerId: o.id, containerName: o.name }, undefined, [stop]);
    }
  }
  return { nodes: b.nodes, unchanged: b.unchangedRunning(), orphans: b.orphans };
}

/** The project `up` reconciles: selected services (--no-deps keeps only them), --scale applied, graph checked. */
function prepare(desired: Project, options: PlanOptions): Project {
  const project = withSelectedServices(desired, options.services ?? [], options.noDeps);
  for (const [name, n] of Object.entries(options.scale ?? {})) {
    const s: ServiceConfig | undefined = project.services[name];
    if (!s) continue;
    s.scale = n;
    if (s.deploy) s.deploy.replicas = n;
  }
  checkGraph(project);
  return project;
}

/** selectNetwork / selectVolume: the live resource named as desired, else the first by name. */
function select<T extends { name: string; key: string }>(all: T[], key: string, desiredName: string): T | undefined {
  const matches = all.filter((r) => r.key === key).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return matches.find((m) => m.name === desiredName) ?? matches[0];
}

function reconcileNetworks(b: PlanBuilder): void {
  const diverged: Array<[string, ObservedNetwork]> = [];
  for (const key of Object.keys(b.project.networks).sort()) {
    const desired = b.project.networks[key];
    const observed = select(b.actual.networks, key, desired.name);
    if (observed) b.resolvedNetworks.set(key, observed);
    if (desired.external) continue;
    if (!observed) {
      b.networkNodes.set(key, b.add({ type: 'CreateNetwork', resourceId: `network:${key}`, cause: 'not found', key, name: desired.name }));
    } else if (observed.configHash && observed.configHash !== networkHash(desired)) diverged.push([key, observed]);
  }
  for (const [key, observed] of diverged) recreateNetwork(b, key, observed);
}

/** planRecreateNetworks: stop, disconnect, remove, create, reconnect (containers are kept). */
function recreateNetwork(b: PlanBuilder, key: string, observed: ObservedNetwork): void {
  const desired = b.project.networks[key];
  const users = Object.keys(b.project.services).sort().filter((s) => Object.hasOwn(b.project.services[s].networks ?? {}, key));
  const containers = users.flatMap((s) => b.containers.get(s) ?? []);
  const disconnects: PlanNode[] = containers.map((c) => {
    const resourceId = `service:${c.service}:${c.number}`;
    const stop = b.stopOnce(c, `network ${key} config changed`);
    return b.add({ type: 'DisconnectNetwork', resourceId, cause: `network ${key} recreate`, containerId: c.id, name: observed.name }, undefined, [stop]);
  });
  const rename = observed.name !== desired.name;
  const remove = b.add(
    { type: 'RemoveNetwork', resourceId: `network:${key}`, cause: rename ? 'renamed (best-effort cleanup)' : 'config hash diverged', name: observed.name, bestEffort: rename },
    undefined,
    disconnects,
  );
  const create = b.add({ type: 'CreateNetwork', resourceId: `network:${key}`, cause: rename ? 'renamed' : 'recreate after config change', key, name: desired.name }, undefined, rename ? [] : [remove]);
  b.networkNodes.set(key, create);
  containers.forEach((c, i) => {
    const deps = rename ? [create, disconnects[i]] : [create];
    const connect = b.add({ type: 'ConnectNetwork', resourceId: `service:${c.service}:${c.number}`, cause: `network ${key} recreate`, containerId: c.id, name: desired.name }, undefined, deps);
    b.connectNodes.set(c.id, [...(b.connectNodes.get(c.id) ?? []), connect]);
  });
}

function reconcileVolumes(b: PlanBuilder): void {
  const diverged: string[] = [];
  for (const key of Object.keys(b.project.volumes).sort()) {
    const desired = b.project.volumes[key];
    const observed = select(b.actual.volumes, key, desired.name);
    if (observed) b.resolvedVolumes.set(key, observed);
    if (desired.external) continue;
    if (!observed) {
      b.volumeNodes.set(key, b.add({ type: 'CreateVolume', resourceId: `volume:${key}`, cause: 'not found', key, name: desired.name }));
      continue;
    }
    if (!observed.configHash || observed.configHash === volumeHash(desired)) continue;
    if (observed.name !== desired.name) {
      b.volumeNodes.set(key, b.add({ type: 'CreateVolume', resourceId: `volume:${key}`, cause: 'renamed', key, name: desired.name }));
      b.resolvedVolumes.set(key, { ...observed, name: desired.name });
      continue;
    }
    const message = `Volume ${JSON.stringify(desired.name)} exists but doesn't match configuration in compose file. Recreate (data will be lost)?`;
    if (b.options.confirm?.(message)) diverged.push(key);
  }
  if (diverged.length > 0) recreateVolumes(b, diverged);
}

/** planRecreateVolumes: the containers mounting them are removed, the volumes recreated. */
function recreateVolumes(b: PlanBuilder, keys: string[]): void {
  const services = new Set<string>();
  for (const key of keys) for (const s of servicesUsingVolume(b.project, key)) services.add(s);
  const sorted = [...services].sort();
  const removes = sorted.flatMap((s) => b.containers.get(s) ?? []).map((c) => {
    const resourceId = `service:${c.service}:${c.number}`;
    const stop = b.stopOnce(c, 'mounted volume config changed');
    return b.add({ type: 'RemoveContainer', resourceId, cause: 'mounted volume config changed', containerId: c.id, containerName: c.name }, undefined, [stop]);
  });
  for (const key of keys) {
    const remove = b.add({ type: 'RemoveVolume', resourceId: `volume:${key}`, cause: 'config hash diverged', name: b.resolvedVolumes.get(key)!.name }, undefined, removes);
    const desired = b.project.volumes[key];
    b.volumeNodes.set(key, b.add({ type: 'CreateVolume', resourceId: `volume:${key}`, cause: 'recreate after config change', key, name: desired.name }, undefined, [remove]));
  }
  for (const s of sorted) {
    b.recreatedServices.add(s);
    b.containers.set(s, []);
  }
}

/** servicesUsingVolume: mounting services, then those sharing their volumes_from, transitively. */
function servicesUsingVolume(project: Project, key: string): string[] {
  const names = Object.keys(project.services).sort();
  const set = new Set(names.filter((n) => (project.services[n].volumes ?? []).some((v) => v.source === key)));
  for (let added = true; added; ) {
    added = false;
    for (const n of names) {
      if (set.has(n)) continue;
      const from = (project.services[n].volumesFrom ?? []).filter((v) => !v.startsWith('container:')).map((v) => v.split(':')[0]);
      if (from.some((f) => set.has(f))) {
        set.add(n);
        added = true;
      }
    }
  }
  return [...set].sort();
}

export type { ObservedContainer, ObservedVolume };
