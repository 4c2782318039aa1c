// The start phase of `up` and `start` (docker/compose pkg/compose/start.go, convergence.go
// startService/waitDependencies/isServiceHealthy/isServiceCompleted): services in dependency
// order (startSteps), each container given its inline and environment secrets and configs
// first (inject.ts); before one starts, the dependencies it waits for are polled every 500 ms
// of simulated time ("Container app-db-1 Waiting" ... "Healthy" / "Exited"); with --wait every
// service is waited for at the end.
import { Interrupted } from '../../errors/cli-error.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { serviceScale } from '../load/consistency.ts';
import type { Project } from '../model.ts';
import { startSteps, waitMessages, type StartStep } from '../plan/start.ts';
import { startWithEvents } from './containers.ts';
import type { ApplyContext } from './context.ts';
import { containerId, ev } from './events.ts';
import { ComposeApplyError } from './errors.ts';
import { injectSecretsAndConfigs } from './inject.ts';
import { projectContainers, serviceOf } from './resources.ts';

export interface StartOptions {
  /** --wait: wait for every service to be running/healthy (or completed) at the end. */
  wait?: boolean;
  /** --wait-timeout in ms (0: none). */
  waitTimeoutMs?: number;
}

export type WaitStep = Extract<StartStep, { type: 'WaitFor' }>;
type Check = { ok: true } | { ok: false } | { error: string };

/** isServiceHealthy; `fallbackRunning` for running_or_healthy (a service without health check counts when running). */
function healthOf(ac: ApplyContext, cs: ContainerRecord[], fallbackRunning: boolean): Check {
  for (const c of cs) {
    const live = ac.engine.state.containers[c.id];
    if (!live) return { error: `Error response from daemon: No such container: ${c.id}` };
    if (live.state.status === 'exited') return { error: waitMessages.exited(live.name, live.state.exitCode) };
    const test = live.config.Healthcheck?.Test;
    const none = !live.config.Healthcheck || (test !== undefined && test[0] === 'NONE');
    if (none && fallbackRunning) return live.state.status === 'running' ? { ok: true } : { ok: false };
    const health = live.state.health;
    if (!health) return { error: waitMessages.noHealthcheck(live.name) };
    if (health.status === 'unhealthy') return { error: waitMessages.unhealthy(live.name) };
    if (health.status === 'starting') return { ok: false };
  }
  return { ok: true };
}

/** One poll of one dependency: done (with its events), still waiting, or failed. */
function poll(ac: ApplyContext, step: WaitStep, cs: ContainerRecord[]): 'done' | 'wait' {
  const ids = cs.map((c) => containerId(c.name));
  const dep = step.dependency;
  const optional = (reason: string, detail: string) => {
    ac.events.on(...ids.map((id) => ev.skipped(id, reason)));
    ac.warn(detail);
    return 'done' as const;
  };
  if (step.condition === 'service_completed_successfully') {
    const exited = cs.map((c) => ac.engine.state.containers[c.id]).find((c) => c?.state.status === 'exited');
    if (!exited) return 'wait';
    if (exited.state.exitCode === 0) {
      ac.events.on(...ids.map(ev.exited));
      return 'done';
    }
    const suffix = `${JSON.stringify(dep)} didn't complete successfully: exit ${exited.state.exitCode}`;
    if (!step.required) return optional(`optional dependency ${suffix}`, `optional dependency ${suffix}`);
    ac.events.on(...ids.map((id) => ev.error(id, `service ${suffix}`)));
    throw new ComposeApplyError(`service ${suffix}`);
  }
  const r = healthOf(ac, cs, step.condition === 'running_or_healthy');
  if ('error' in r) {
    if (step.condition === 'running_or_healthy') {
      if (!step.required) return optional(`optional dependency ${JSON.stringify(dep)} is not running or is unhealthy`, `optional dependency ${JSON.stringify(dep)} is not running or is unhealthy: ${r.error}`);
      throw new ComposeApplyError(r.error);
    }
    if (!step.required) return optional(`optional dependency ${JSON.stringify(dep)} failed to start`, `optional dependency ${JSON.stringify(dep)} failed to start: ${r.error}`);
    ac.events.on(...ids.map((id) => ev.error(id, `dependency ${dep} failed to start`)));
    throw new ComposeApplyError(waitMessages.dependencyFailed(r.error));
  }
  if (!r.ok) return 'wait';
  ac.events.on(...ids.map(ev.healthy));
  return 'done';
}

/** waitDependencies: Waiting events for each, then a 500 ms ticker until all are done. */
export async function waitDependencies(ac: ApplyContext, dependant: string, steps: WaitStep[], all: ContainerRecord[], deadline: number, timeoutError: string): Promise<void> {
  const pending: { step: WaitStep; cs: ContainerRecord[] }[] = [];
  for (const step of steps) {
    const cs = all.filter((c) => serviceOf(c) === step.dependency);
    ac.events.on(...cs.map((c) => ev.waiting(containerId(c.name))));
    if (cs.length === 0) {
      if (step.required) throw new ComposeApplyError(waitMessages.missingDependency(dependant, step.dependency));
      ac.warn(waitMessages.missingDependency(dependant, step.dependency));
      continue;
    }
    pending.push({ step, cs });
  }
  while (pending.length > 0) {
    if (!(await ac.sleep(500))) throw new Interrupted(130);
    for (const p of [...pending]) if (poll(ac, p.step, p.cs) === 'done') pending.splice(pending.indexOf(p), 1);
    if (pending.length > 0 && deadline > 0 && ac.engine.now() >= deadline) throw new ComposeApplyError(timeoutError);
  }
}

/** startService: every container of the service not running at the start is started. */
function startService(ac: ApplyContext, project: Project, name: string, all: ContainerRecord[], wasRunning: Set<string>): void {
  const cs = all.filter((c) => serviceOf(c) === name);
  if (cs.length === 0) {
    if (serviceScale(project.services[name]) === 0) return;
    throw new ComposeApplyError(`service ${JSON.stringify(name)} has no container to start`);
  }
  for (const c of cs) {
    const live = ac.engine.state.containers[c.id];
    if (!live || wasRunning.has(c.id)) continue;
    injectSecretsAndConfigs(ac, project, project.services[name], live);
    startWithEvents(ac, live);
  }
}

/** start(): the project's services in dependency order, then the --wait phase. */
export async function startProject(ac: ApplyContext, project: Project, opts: StartOptions = {}): Promise<void> {
  const steps = startSteps(project, { wait: opts.wait });
  const all = projectContainers(ac.engine, project.name);
  const wasRunning = new Set(all.filter((c) => c.state.status === 'running').map((c) => c.id));
  let waitDeadline = 0;
  for (let i = 0; i < steps.length; ) {
    const step = steps[i];
    if (step.type === 'StartService') {
      startService(ac, project, step.service, all, wasRunning);
      i++;
      continue;
    }
    if (opts.wait && opts.waitTimeoutMs && waitDeadline === 0 && steps.slice(i).every((st) => st.type === 'WaitFor' && st.service === step.service)) {
      waitDeadline = ac.engine.now() + opts.waitTimeoutMs;
    }
    const group: WaitStep[] = [];
    while (i < steps.length && steps[i].type === 'WaitFor' && steps[i].service === step.service) group.push(steps[i++] as WaitStep);
    // startService passes WaitTimeout to each dependency wait; the --wait phase has its own deadline.
    const final = opts.wait && i === steps.length;
    const deadline = final ? waitDeadline : opts.waitTimeoutMs ? ac.engine.now() + opts.waitTimeoutMs : 0;
    const timeoutError = final ? `application not healthy after ${formatSeconds(opts.waitTimeoutMs ?? 0)}` : waitMessages.timeout;
    await waitDependencies(ac, step.service, group, all, deadline, timeoutError);
  }
}

/** time.Duration's String for whole seconds ("30s", "2m0s"). */
function formatSeconds(ms: number): string {
  const s = Math.trunc(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.trunc(s / 60);
  return m < 60 ? `${m}m${s % 60}s` : `${Math.trunc(m / 60)}h${m % 60}m${s % 60}s`;
}
