// `stop` for a project (docker/compose pkg/compose/stop.go): the containers of each named
// service (all by default), dependents first, each reported Stopping/Stopped even when it was
// already down. `up` uses it when Ctrl+C ends an attached session.
import type { Project } from '../model.ts';
import { dependencyOrder } from '../plan/select.ts';
import { stopContainer } from './containers.ts';
import type { ApplyContext } from './context.ts';
import { projectContainers, serviceOf } from './resources.ts';

export interface StopOptions {
  services?: string[];
  timeout?: number;
}

export async function stopProject(ac: ApplyContext, project: Project, opts: StopOptions = {}): Promise<void> {
  const containers = projectContainers(ac.engine, project.name);
  const wanted = opts.services?.length ? opts.services : Object.keys(project.services);
  for (const service of dependencyOrder(project).reverse()) {
    if (!wanted.includes(service)) continue;
    for (const c of containers.filter((x) => serviceOf(x) === service)) await stopContainer(ac, c, opts.timeout);
  }
}
