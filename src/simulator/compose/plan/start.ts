// The start phase of `up` / `start` as data (docker/compose start.go, convergence.go
// startService/waitDependencies/shouldWaitForDependency): services in dependency order; before a
// service starts, its dependencies with condition service_healthy or
// service_completed_successfully are waited for (service_started is implied by the order); with
// --wait every service is waited for at the end.
import type { DependsOnCondition, Project } from '../model.ts';
import { serviceScale } from '../load/consistency.ts';
import { checkGraph, dependencyOrder } from './select.ts';

export type WaitCondition = Exclude<DependsOnCondition, 'service_started'> | 'running_or_healthy';

export type StartStep =
  | { type: 'WaitFor'; service: string; dependency: string; condition: WaitCondition; required: boolean }
  | { type: 'StartService'; service: string };

export interface StartOptions {
  /** --wait: after starting, wait for every service to be running/healthy (or completed). */
  wait?: boolean;
}

export function startSteps(desired: Project, options: StartOptions = {}): StartStep[] {
  const project = structuredClone(desired);
  checkGraph(project);
  const steps: StartStep[] = [];
  for (const name of dependencyOrder(project)) {
    const service = project.services[name];
    if (service.deploy?.replicas === 0) continue;
    for (const dep of Object.keys(service.dependsOn ?? {}).sort()) {
      const cfg = service.dependsOn![dep];
      if (!shouldWait(project, dep, cfg.condition)) continue;
      steps.push({ type: 'WaitFor', service: name, dependency: dep, condition: cfg.condition as WaitCondition, required: cfg.required });
    }
    if (serviceScale(service) > 0) steps.push({ type: 'StartService', service: name });
  }
  if (options.wait) {
    for (const name of Object.keys(project.services).sort()) {
      if (serviceScale(project.services[name]) === 0) continue;
      steps.push({ type: 'WaitFor', service: project.name, dependency: name, condition: waitCondition(project, name), required: true });
    }
  }
  return steps;
}

/** shouldWaitForDependency: not for service_started, disabled (--no-deps) or scale-0 services. */
function shouldWait(project: Project, dep: string, condition: DependsOnCondition): boolean {
  if (condition === 'service_started') return false;
  const service = project.services[dep];
  if (!service) return false;
  return serviceScale(service) !== 0;
}

/** getDependencyCondition: completed if some service waits for its completion, else running or healthy. */
function waitCondition(project: Project, name: string): WaitCondition {
  for (const s of Object.values(project.services)) {
    if (s.dependsOn?.[name]?.condition === 'service_completed_successfully') return 'service_completed_successfully';
  }
  return 'running_or_healthy';
}

/** The texts the wait phase fails with (convergence.go isServiceHealthy, checkDependency*). */
export const waitMessages = {
  exited: (container: string, code: number) => `container ${container} exited (${code})`,
  noHealthcheck: (container: string) => `container ${container} has no healthcheck configured`,
  unhealthy: (container: string) => `container ${container} is unhealthy`,
  dependencyFailed: (cause: string) => `dependency failed to start: ${cause}`,
  notCompleted: (dependency: string, code: number) => `service ${JSON.stringify(dependency)} didn't complete successfully: exit ${code}`,
  missingDependency: (dependant: string, dependency: string) => `${dependant} is missing dependency ${dependency}`,
  timeout: 'timeout waiting for dependencies',
};
