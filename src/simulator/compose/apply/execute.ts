// Running a plan (docker/compose pkg/compose/executor.go, executor_ops.go, executor_events.go):
// each node is one engine call, taken in the plan's (topological) order; ungrouped nodes report
// their own events ("Container app-web-1 Creating/Created"), the nodes of a recreation report
// once as "Recreate" ... "Recreated" under the replaced container's name.
import { DaemonError, daemonErrorText } from '../../errors/daemon-error.ts';
import { containerRename } from '../../engine/containers/remove.ts';
import { createContainer } from '../../engine/containers/create.ts';
import { findImage } from '../../engine/images.ts';
import { connectContainer, disconnectContainer } from '../../engine/network/connect.ts';
import { removeNetwork } from '../../engine/network/networks.ts';
import { removeVolume } from '../../engine/volumes.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { LABELS, imageNameOrDefault } from '../labels.ts';
import type { Project, ServiceConfig } from '../model.ts';
import type { Operation, Plan, PlanNode } from '../plan/types.ts';
import { containerRequest } from './container-config.ts';
import { serviceMounts } from './container-mounts.ts';
import { hostPathExists } from '../../engine/mounts/bind-source.ts';
import { startWithEvents, stopAndRemoveContainer, stopOnly } from './containers.ts';
import type { ApplyContext } from './context.ts';
import { containerId, ev, type ComposeEvent } from './events.ts';
import { ComposeApplyError } from './errors.ts';
import { LATENCY } from './latency.ts';
import { ensureNetwork, createProjectVolume } from './ensure.ts';
import { projectContainers } from './resources.ts';

export interface ExecuteOptions {
  /** compose's own labels for a service's containers (project, service, version, oneoff ...). */
  labels(service: ServiceConfig): Record<string, string>;
  /** Each service's current image ID (com.docker.compose.image). */
  imageIds: Record<string, string>;
  /** --timeout (seconds) for the stops a recreation does. */
  timeout?: number;
}

type Runner = (ac: ApplyContext, x: Execution, node: PlanNode) => Promise<void> | void;

interface Execution {
  project: Project;
  opts: ExecuteOptions;
  /** CreateContainer node id -> the container it made (for the rename). */
  created: Map<number, ContainerRecord>;
}

function live(ac: ApplyContext, id: string): ContainerRecord {
  const c = ac.engine.state.containers[id];
  if (!c) throw new DaemonError('notFound', `No such container: ${id}`);
  return c;
}

/** resolveServiceReferences: service:x in network_mode/ipc/pid/volumes_from becomes x's first container. */
function resolveReferences(ac: ApplyContext, project: Project, service: ServiceConfig): ServiceConfig {
  const first = (name: string, what: string) => {
    const c = projectContainers(ac.engine, project.name, { services: [name] })[0];
    if (!c) throw new ComposeApplyError(`cannot share ${what} with service ${name}: container missing`);
    return c.id;
  };
  const out = { ...service };
  if (service.networkMode?.startsWith('service:')) out.networkMode = `container:${first(service.networkMode.slice(8), 'network namespace')}`;
  if (service.volumesFrom) {
    out.volumesFrom = service.volumesFrom.map((v) => {
      const [name, mode] = v.split(':');
      if (name === 'container') return mode ?? v;
      return [first(name, 'volume'), ...v.split(':').slice(1)].join(':');
    });
  }
  return out;
}

/** The anonymous volumes a recreated container takes over: the image's VOLUMEs and unnamed service volumes. */
function inheritedVolumes(ac: ApplyContext, service: ServiceConfig, old: ContainerRecord | undefined, imageVolumes: string[]): { destination: string; name: string }[] {
  if (!old) return [];
  const unnamed = (service.volumes ?? []).filter((v) => v.type === 'volume' && !v.source).map((v) => v.target);
  return (old.mounts ?? [])
    .filter((m) => m.Type === 'volume' && m.Anonymous && m.Name && (imageVolumes.includes(m.Destination) || unnamed.includes(m.Destination)))
    .map((m) => ({ destination: m.Destination, name: m.Name as string }));
}

function createNode(ac: ApplyContext, x: Execution, node: PlanNode): void {
  const op = node.op as Extract<Operation, { type: 'CreateContainer' }>;
  const declared = x.project.services[op.service];
  const service = resolveReferences(ac, x.project, declared);
  const imageName = imageNameOrDefault(x.project.name, declared);
  const image = findImage(ac.engine, imageName);
  if (!image) throw new DaemonError('notFound', `No such image: ${imageName}`);
  const old = op.inheritFrom ? ac.engine.state.containers[op.inheritFrom] : undefined;
  const labels = { ...x.opts.labels(declared), ...(x.opts.imageIds[op.service] ? { [LABELS.image]: x.opts.imageIds[op.service] } : {}) };
  const req = containerRequest(x.project, service, op.number, op.name, {
    image,
    labels,
    replace: old ? declared.containerName || `${declared.name}-${op.number}` : undefined,
    inherit: inheritedVolumes(ac, service, old, Object.keys(image.config.Volumes ?? {})),
  });
  for (const secret of serviceMounts(x.project, service, []).fileSecrets) {
    if (!hostPathExists(ac.engine, secret.file)) ac.warn(`secret file ${secret.name} does not exist`);
  }
  x.created.set(node.id, createContainer(ac.engine, req));
  ac.engine.advance(LATENCY.createContainer);
}

const RUNNERS: Record<Operation['type'], Runner> = {
  CreateNetwork: (ac, x, n) => void ensureNetwork({ ...ac, events: { on() {} } }, x.project, (n.op as { key: string }).key),
  RemoveNetwork: (ac, _x, n) => {
    const op = n.op as Extract<Operation, { type: 'RemoveNetwork' }>;
    try {
      removeNetwork(ac.engine, op.name);
    } catch (e) {
      if (!op.bestEffort) throw e;
    }
  },
  DisconnectNetwork: (ac, _x, n) => disconnectContainer(ac.engine, (n.op as { containerId: string }).containerId, (n.op as { name: string }).name, true),
  ConnectNetwork: (ac, _x, n) => connectContainer(ac.engine, (n.op as { containerId: string }).containerId, (n.op as { name: string }).name, {}),
  CreateVolume: (ac, x, n) => createProjectVolume({ ...ac, events: { on() {} } }, x.project, (n.op as { key: string }).key),
  RemoveVolume: (ac, _x, n) => removeVolume(ac.engine, (n.op as { name: string }).name, true),
  CreateContainer: createNode,
  StartContainer: (ac, _x, n) => startWithEvents({ ...ac, events: { on() {} } }, live(ac, (n.op as { containerId: string }).containerId)),
  StopContainer: (ac, x, n) => stopOnly(ac, live(ac, (n.op as { containerId: string }).containerId), x.opts.timeout),
  RemoveContainer: (ac, _x, n) => stopAndRemoveContainer({ ...ac, events: { on() {} } }, live(ac, (n.op as { containerId: string }).containerId)),
  RenameContainer: (ac, x, n) => {
    const op = n.op as Extract<Operation, { type: 'RenameContainer' }>;
    const c = x.created.get(op.createNodeId);
    if (!c) throw new ComposeApplyError(`internal: rename node #${n.id}: create node #${op.createNodeId} returned empty ID`);
    containerRename(ac.engine, c.id, op.name);
  },
};

const START_TEXT: Partial<Record<Operation['type'], (id: string) => ComposeEvent>> = {
  CreateContainer: ev.creating, StartContainer: ev.starting, StopContainer: ev.stopping, RemoveContainer: ev.removing,
  CreateNetwork: ev.creating, RemoveNetwork: ev.removing, CreateVolume: ev.creating, RemoveVolume: ev.removing,
};
const DONE_TEXT: Partial<Record<Operation['type'], (id: string) => ComposeEvent>> = {
  CreateContainer: ev.created, StartContainer: ev.started, StopContainer: ev.stopped, RemoveContainer: ev.removed,
  CreateNetwork: ev.created, RemoveNetwork: ev.removed, CreateVolume: ev.created, RemoveVolume: ev.removed,
};

/** The resource an ungrouped node reports as ("Container app-web-1", "Network app_default"). */
function eventId(op: Operation): string {
  if ('containerName' in op) return containerId(op.containerName);
  if (op.type === 'CreateContainer') return containerId(op.name);
  if (op.type === 'CreateNetwork' || op.type === 'RemoveNetwork') return `Network ${op.name}`;
  if (op.type === 'CreateVolume' || op.type === 'RemoveVolume') return `Volume ${op.name}`;
  return op.resourceId;
}

/** buildGroupTracker: a group reports under its existing container's name. */
function groupNames(plan: Plan): Map<string, { id: string; total: number; done: number }> {
  const groups = new Map<string, { id: string; total: number; done: number }>();
  for (const n of plan.nodes) {
    if (!n.group) continue;
    const g = groups.get(n.group) ?? { id: '', total: 0, done: 0 };
    g.total += 1;
    if (!g.id && 'containerName' in n.op) g.id = containerId(n.op.containerName);
    groups.set(n.group, g);
  }
  for (const [name, g] of groups) g.id ||= name;
  return groups;
}

/** emitRunningEvents: running containers the plan leaves alone are reported "Running". */
export function emitRunningEvents(ac: ApplyContext, plan: Plan): void {
  const sorted = [...plan.unchanged].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : a.name < b.name ? -1 : 1));
  for (const c of sorted) ac.events.on(ev.running(containerId(c.name)));
}

/** executePlan: every node in order, with compose's events. */
export async function executePlan(ac: ApplyContext, project: Project, plan: Plan, opts: ExecuteOptions): Promise<void> {
  const x: Execution = { project, opts, created: new Map() };
  const groups = groupNames(plan);
  for (const node of plan.nodes) {
    const g = node.group ? groups.get(node.group) : undefined;
    const id = g?.id ?? eventId(node.op);
    const start = START_TEXT[node.op.type];
    if (!g) {
      if (start) ac.events.on(start(id));
    } else if (g.done === 0) ac.events.on(ev.recreate(g.id));
    try {
      await RUNNERS[node.op.type](ac, x, node);
    } catch (e) {
      const message = e instanceof DaemonError ? daemonErrorText(e) : (e as Error).message;
      // emitErrorEvent: the container's name when the node has one, else its resource id ("service:web:1").
      const errorId = g?.id ?? ('containerName' in node.op ? containerId(node.op.containerName) : node.op.resourceId);
      if (!(e instanceof Error && e.name === 'Interrupted')) ac.events.on({ id: errorId, status: 'error', text: message });
      throw e;
    }
    if (!g) {
      const done = DONE_TEXT[node.op.type];
      if (done) ac.events.on(done(id));
    } else if (++g.done === g.total) ac.events.on(ev.recreated(g.id));
  }
}

