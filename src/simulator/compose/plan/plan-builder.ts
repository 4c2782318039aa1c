// The reconciler's working state (docker/compose reconcile.go `reconciler`): the plan being built,
// the last node per network, volume and service (what later operations depend on), containers
// already stopped by an earlier stage, and the observed containers grouped by service.
import type { Project } from '../model.ts';
import type { ActualState, ObservedContainer, ObservedNetwork, ObservedVolume, Operation, PlanNode, PlanOptions } from './types.ts';

export class PlanBuilder {
  readonly project: Project;
  readonly actual: ActualState;
  readonly options: PlanOptions;
  readonly nodes: PlanNode[] = [];
  readonly networkNodes = new Map<string, PlanNode>();
  readonly volumeNodes = new Map<string, PlanNode>();
  readonly serviceNodes = new Map<string, PlanNode>();
  readonly stoppedByPlan = new Map<string, PlanNode>();
  readonly connectNodes = new Map<string, PlanNode[]>();
  readonly recreatedServices = new Set<string>();
  readonly resolvedNetworks = new Map<string, ObservedNetwork>();
  readonly resolvedVolumes = new Map<string, ObservedVolume>();
  /** Observed, non one-off containers of known services (in the order the engine listed them). */
  readonly containers = new Map<string, ObservedContainer[]>();
  /** The same as first observed, never emptied by volume recreation (service: references read it). */
  readonly allContainers = new Map<string, ObservedContainer[]>();
  readonly orphans: ObservedContainer[] = [];

  constructor(project: Project, actual: ActualState, options: PlanOptions) {
    this.project = project;
    this.actual = actual;
    this.options = options;
    const known = new Set([...Object.keys(project.services), ...Object.keys(project.disabledServices)]);
    for (const name of Object.keys(project.services)) this.containers.set(name, []);
    for (const c of actual.containers) {
      if (!c.oneOff && known.has(c.service)) {
        this.containers.set(c.service, [...(this.containers.get(c.service) ?? []), c]);
      } else if (c.oneOff ? c.state === 'exited' || c.state === 'dead' : !known.has(c.service)) {
        this.orphans.push(c);
      }
    }
    for (const [k, v] of this.containers) this.allContainers.set(k, [...v]);
  }

  add(op: Operation, group?: string, deps: PlanNode[] = []): PlanNode {
    const node: PlanNode = { id: this.nodes.length + 1, op, dependsOn: deps.map((d) => d.id) };
    if (group) node.group = group;
    this.nodes.push(node);
    return node;
  }

  /** A StopContainer node, or the one an earlier stage already planned for this container. */
  stopOnce(c: ObservedContainer, cause: string, group?: string, deps: PlanNode[] = []): PlanNode {
    const existing = this.stoppedByPlan.get(c.id);
    if (existing) return existing;
    const node = this.add({ type: 'StopContainer', resourceId: `service:${c.service}:${c.number}`, cause, containerId: c.id, containerName: c.name }, group, deps);
    this.stoppedByPlan.set(c.id, node);
    return node;
  }

  /** Running containers of enabled services that no operation touches (reported "Running"). */
  unchangedRunning(): ObservedContainer[] {
    const touched = new Set<string>();
    for (const n of this.nodes) if ('containerId' in n.op) touched.add(n.op.containerId);
    return Object.keys(this.project.services).flatMap((s) => (this.containers.get(s) ?? []).filter((c) => c.state === 'running' && !touched.has(c.id)));
  }
}

/** Plan.String(): "[1,2] -> #3 service:web:1, CreateContainer, no existing container [group]". */
export function planToString(nodes: PlanNode[]): string {
  return nodes
    .map((n) => {
      const deps = [...n.dependsOn].sort((a, b) => a - b).join(',');
      const group = n.group ? ` [${n.group}]` : '';
      return `[${deps}] -> #${n.id} ${n.op.resourceId}, ${n.op.type}, ${n.op.cause}${group}\n`;
    })
    .join('');
}
