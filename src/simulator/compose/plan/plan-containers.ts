// One service's containers converging on the desired state (docker/compose reconcile.go
// reconcileService, mustRecreate, sortContainers, planRecreateContainer, planStopDependents).
import type { ServiceConfig } from '../model.ts';
import { serviceScale } from '../load/consistency.ts';
import { serviceHash } from './hash.ts';
import type { PlanBuilder } from './plan-builder.ts';
import { dependentsOf } from './select.ts';
import type { ObservedContainer, PlanNode, RecreatePolicy } from './types.ts';

/** getContainerName: container_name, else <project>-<service>-<number>. */
export function containerName(projectName: string, service: ServiceConfig, number: number): string {
  return service.containerName || `${projectName}-${service.name}-${number}`;
}

export function reconcileService(b: PlanBuilder, service: ServiceConfig): void {
  const expected = serviceScale(service);
  const containers = [...(b.containers.get(service.name) ?? [])];
  const targeted = !b.options.services?.length || b.options.services.includes(service.name);
  const policy: RecreatePolicy = (targeted ? b.options.recreate : b.options.recreateDependencies) ?? 'diverged';
  const hash = serviceHash(resolveReferences(b, service));
  const parentRecreated = parentNamespaceRecreated(b, service);
  const obsolete = new Map(containers.map((c) => [c.id, mustRecreate(b, service, hash, parentRecreated, c, policy)]));
  containers.sort((x, y) => {
    const ox = obsolete.get(x.id)!;
    const oy = obsolete.get(y.id)!;
    if (ox !== oy) return ox ? 1 : -1;
    if (x.number !== y.number) return x.number - y.number;
    return y.created - x.created;
  });
  const infra = infrastructureDeps(b, service);
  let last: PlanNode | undefined;
  containers.forEach((c, i) => {
    const resourceId = `service:${service.name}:${c.number}`;
    if (i >= expected) {
      const stop = b.add({ type: 'StopContainer', resourceId, cause: 'scale down', containerId: c.id, containerName: c.name });
      last = b.add({ type: 'RemoveContainer', resourceId, cause: 'scale down', containerId: c.id, containerName: c.name }, undefined, [stop]);
      return;
    }
    if (obsolete.get(c.id)) {
      last = recreate(b, service, c, infra);
      b.recreatedServices.add(service.name);
      return;
    }
    if (!['running', 'created', 'restarting', 'exited'].includes(c.state)) {
      last = b.add({ type: 'StartContainer', resourceId, cause: 'not running', containerId: c.id, containerName: c.name }, undefined, infra);
    }
  });
  const next = Math.max(0, ...(b.containers.get(service.name) ?? []).map((c) => c.number)) + 1;
  for (let i = 0; i < expected - containers.length; i++) {
    const number = next + i;
    last = b.add(
      { type: 'CreateContainer', resourceId: `service:${service.name}:${number}`, cause: 'no existing container', service: service.name, number, name: containerName(b.project.name, service, number) },
      undefined,
      infra,
    );
  }
  if (last) b.serviceNodes.set(service.name, last);
}

function mustRecreate(b: PlanBuilder, service: ServiceConfig, hash: string, parentRecreated: boolean, c: ObservedContainer, policy: RecreatePolicy): boolean {
  if (policy === 'never') return false;
  if (policy === 'force' || parentRecreated || c.configHash !== hash) return true;
  const digest = b.options.imageDigests?.[service.name];
  if (digest !== undefined && c.imageDigest !== digest) return true;
  if (c.state === 'running' && c.networkIds) {
    for (const net of Object.keys(service.networks ?? {}).sort()) {
      const id = b.resolvedNetworks.get(net)?.id;
      if (id && !c.networkIds.includes(id)) return true;
    }
  }
  if (c.volumeNames) {
    for (const v of service.volumes ?? []) {
      if (v.type !== 'volume' || !v.source) continue;
      const name = b.resolvedVolumes.get(v.source)?.name;
      if (name && !c.volumeNames.includes(name)) return true;
    }
  }
  return false;
}

/** Create under a temporary name, stop and remove the old one, then rename the new one. */
function recreate(b: PlanBuilder, service: ServiceConfig, c: ObservedContainer, infra: PlanNode[]): PlanNode {
  const resourceId = `service:${service.name}:${c.number}`;
  const group = `recreate:${service.name}:${c.number}`;
  const finalName = containerName(b.project.name, service, c.number);
  const stopDependents = planStopDependents(b, service);
  const create = b.add(
    { type: 'CreateContainer', resourceId, cause: 'config changed (tmpName)', service: service.name, number: c.number, name: `${c.id.slice(0, 12)}_${finalName}`, ...(b.options.renewAnonVolumes ? {} : { inheritFrom: c.id }) },
    group,
    [...infra, ...stopDependents],
  );
  const already = b.stoppedByPlan.has(c.id);
  const stop = b.stopOnce(c, `replaced by #${create.id}`, group, [create]);
  const removeDeps = already ? [stop, create] : [stop];
  const remove = b.add(
    { type: 'RemoveContainer', resourceId, cause: `replaced by #${create.id}`, containerId: c.id, containerName: c.name },
    group,
    [...removeDeps, ...(b.connectNodes.get(c.id) ?? [])],
  );
  return b.add({ type: 'RenameContainer', resourceId, cause: 'finalize recreate', name: finalName, createNodeId: create.id }, group, [remove]);
}

/** Dependents declaring `restart: true` are stopped before their dependency is recreated. */
function planStopDependents(b: PlanBuilder, service: ServiceConfig): PlanNode[] {
  const nodes: PlanNode[] = [];
  for (const dependent of dependentsOf(b.project, service.name, true)) {
    for (const c of b.containers.get(dependent) ?? []) {
      if (b.stoppedByPlan.has(c.id)) continue;
      nodes.push(b.stopOnce(c, `dependency ${service.name} being recreated`));
    }
  }
  return nodes;
}

function infrastructureDeps(b: PlanBuilder, service: ServiceConfig): PlanNode[] {
  const deps: PlanNode[] = [];
  for (const net of Object.keys(service.networks ?? {}).sort()) {
    const node = b.networkNodes.get(net);
    if (node) deps.push(node);
  }
  for (const v of service.volumes ?? []) {
    const node = v.type === 'volume' && v.source ? b.volumeNodes.get(v.source) : undefined;
    if (node) deps.push(node);
  }
  for (const dep of Object.keys(service.dependsOn ?? {}).sort()) {
    const node = b.serviceNodes.get(dep);
    if (node) deps.push(node);
  }
  return deps;
}

function serviceOf(mode: string | undefined): string | undefined {
  return mode?.startsWith('service:') ? mode.slice('service:'.length) : undefined;
}

function parentNamespaceRecreated(b: PlanBuilder, service: ServiceConfig): boolean {
  for (const mode of [service.networkMode, service.ipc, service.pid]) {
    const parent = serviceOf(mode);
    if (parent && b.recreatedServices.has(parent)) return true;
  }
  return (service.volumesFrom ?? []).some((v) => !v.startsWith('container:') && b.recreatedServices.has(v.split(':')[0]));
}

/** resolveServiceReferences: service:X becomes container:<id> of X's first container before hashing. */
function resolveReferences(b: PlanBuilder, service: ServiceConfig): ServiceConfig {
  const first = (name: string) => [...(b.allContainers.get(name) ?? [])].sort((x, y) => (x.name < y.name ? -1 : 1))[0]?.id;
  const resolved = { ...service };
  for (const key of ['networkMode', 'ipc', 'pid'] as const) {
    const parent = serviceOf(resolved[key]);
    const id = parent ? first(parent) : undefined;
    if (id) resolved[key] = `container:${id}`;
  }
  if (service.volumesFrom) {
    resolved.volumesFrom = service.volumesFrom.map((v) => {
      const [name, rest] = [v.split(':')[0], v.split(':')[1]];
      if (name === 'container') return rest ?? v;
      return first(name) ?? v;
    });
  }
  return resolved;
}
