// `docker compose restart` (pkg/compose/restart.go): depends_on entries without `restart: true`
// are dropped, named services take their dependents along (IncludeDependents; only themselves
// with --no-deps); then, in dependency order, a service waits for the dependencies it still
// declares (service_healthy, service_completed_successfully) before its containers restart
// ("Restarting", then "Started" once the daemon's restart returns).
import { containerRestart, restartResult } from '../../engine/containers/stop.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { Interrupted } from '../../errors/cli-error.ts';
import type { Project } from '../model.ts';
import { dependentsOf, withSelectedServices } from '../plan/select.ts';
import { startSteps, waitMessages } from '../plan/start.ts';
import type { ApplyContext } from './context.ts';
import { containerId, ev } from './events.ts';
import { serviceOf } from './resources.ts';
import { waitDependencies, type WaitStep } from './start.ts';

export interface RestartOptions {
  /** The services named on the command line (none: all). */
  services: string[];
  noDeps: boolean;
  timeout?: number;
}

/** prepareRestartProject: the project restart applies to (pure). */
export function restartScope(project: Project, services: string[], noDeps: boolean): Project {
  let scoped = noDeps ? withSelectedServices(project, services, true) : structuredClone(project);
  for (const s of Object.values(scoped.services)) {
    for (const [dep, cfg] of Object.entries(s.dependsOn ?? {})) if (!cfg.restart) delete s.dependsOn![dep];
  }
  if (services.length === 0) return scoped;
  // WithSelectedServices(IncludeDependents): the named services and, transitively, their dependents.
  const keep = new Set<string>();
  const visit = (name: string) => {
    if (keep.has(name) || !Object.hasOwn(scoped.services, name)) return;
    keep.add(name);
    dependentsOf(scoped, name).forEach(visit);
  };
  services.forEach(visit);
  scoped = structuredClone(scoped);
  for (const [name, s] of Object.entries(scoped.services)) {
    if (keep.has(name)) {
      for (const dep of Object.keys(s.dependsOn ?? {})) if (!keep.has(dep)) delete s.dependsOn![dep];
      continue;
    }
    scoped.disabledServices[name] = s;
    delete scoped.services[name];
  }
  return scoped;
}

/** ContainerRestart, waiting on the clock until the daemon has started it again. */
async function restartContainer(ac: ApplyContext, c: ContainerRecord, timeout: number | undefined): Promise<void> {
  const id = containerId(c.name);
  ac.events.on(ev.restarting(id));
  const live = containerRestart(ac.engine, c.id, { signal: '', timeout });
  if (!(await ac.waitUntil(() => !ac.engine.state.containers[c.id] || !live.manuallyRestarting))) throw new Interrupted(130);
  restartResult(live, c.id);
  ac.events.on(ev.started(id));
}

/** restart(): `containers` are the project's (stopped ones too), as getContainers returns them. */
export async function restartProject(ac: ApplyContext, project: Project, containers: ContainerRecord[], opts: RestartOptions): Promise<void> {
  const scoped = restartScope(project, opts.services, opts.noDeps);
  const steps = startSteps(scoped);
  for (let i = 0; i < steps.length; ) {
    const step = steps[i];
    if (step.type === 'StartService') {
      for (const c of containers.filter((x) => serviceOf(x) === step.service)) await restartContainer(ac, c, opts.timeout);
      i++;
      continue;
    }
    const group: WaitStep[] = [];
    while (i < steps.length && steps[i].type === 'WaitFor' && steps[i].service === step.service) group.push(steps[i++] as WaitStep);
    await waitDependencies(ac, step.service, group, containers, 0, waitMessages.timeout);
  }
}
