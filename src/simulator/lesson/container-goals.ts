// Checks for container goals: running (with published ports), exited (with an exit code),
// exists (in a status), absent. Each unmet goal says what is still missing, naming the
// containers the learner has, so "web exists but is exited (0)" beats a bare "not done".
import type {
  ContainerAbsentGoal,
  ContainerExistsGoal,
  ContainerExitedGoal,
  ContainerRunningGoal,
  GoalResult,
} from './goals.ts';
import { describeSelector, describeState, selectContainers } from './match.ts';
import type { ViewContainer, WorldView } from './world-view.ts';

const DONE: GoalResult = { done: true };

/** '8080:80' -> host '8080', container '80/tcp'; undefined when malformed. */
export function parsePublish(spec: string): { hostPort: string; containerPort: string } | undefined {
  const m = /^(\d{1,5}):(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(spec);
  return m ? { hostPort: m[1], containerPort: `${m[2]}/${m[3] ?? 'tcp'}` } : undefined;
}

function publishes(c: ViewContainer, spec: string): boolean {
  const want = parsePublish(spec);
  return !!want && c.ports.some((p) => p.hostPort === want.hostPort && p.containerPort === want.containerPort);
}

/** Why nothing matches: no such name, a name used by another image's container, or no container at all. */
function noCandidate(world: WorldView, goal: { name?: string; image?: string }): string {
  if (goal.name === undefined) return `There is no ${describeSelector(goal).replace(/^a /, '')} yet.`;
  const named = world.containers.find((c) => c.name === goal.name);
  if (named && goal.image !== undefined) return `${named.name} was created from ${named.imageRef}, not ${goal.image}.`;
  return `There is no container named ${goal.name} yet.`;
}

/**
 * The common shape of "at least N of the selected containers satisfy `ok`": done, or a message
 * built from the best candidate's shortfall (`why`) or from there being no candidate at all.
 */
function countWhere(
  world: WorldView,
  goal: { name?: string; image?: string; atLeast?: number },
  ok: (c: ViewContainer) => boolean,
  why: (c: ViewContainer) => string,
  noun: string,
): GoalResult {
  const need = goal.atLeast ?? 1;
  const candidates = selectContainers(world, goal);
  const good = candidates.filter(ok);
  if (good.length >= need) return DONE;
  if (candidates.length === 0) return { done: false, missing: noCandidate(world, goal) };
  if (need > 1) return { done: false, missing: `${good.length} of the ${need} ${noun} needed so far.` };
  const other = candidates.find((c) => !ok(c)) as ViewContainer;
  return { done: false, missing: why(other) };
}

export function checkRunning(world: WorldView, goal: ContainerRunningGoal): GoalResult {
  const ports = goal.publishes ?? [];
  return countWhere(
    world,
    goal,
    (c) => c.status === 'running' && ports.every((p) => publishes(c, p)),
    (c) => {
      if (c.status !== 'running') return `${c.name} exists but is ${describeState(c)}, not running.`;
      const gap = ports.filter((p) => !publishes(c, p));
      return `${c.name} is running but does not publish ${gap.join(', ')} (host port:container port).`;
    },
    'running containers',
  );
}

export function checkExited(world: WorldView, goal: ContainerExitedGoal): GoalResult {
  const code = goal.exitCode;
  return countWhere(
    world,
    goal,
    (c) => c.status === 'exited' && (code === undefined || c.exitCode === code),
    (c) =>
      c.status === 'exited'
        ? `${c.name} exited with code ${c.exitCode}, not ${code}.`
        : `${c.name} is ${describeState(c)}; it has not exited yet.`,
    'stopped containers',
  );
}

export function checkExists(world: WorldView, goal: ContainerExistsGoal): GoalResult {
  const status = goal.status;
  return countWhere(
    world,
    goal,
    (c) => status === undefined || c.status === status,
    (c) => `${c.name} is ${describeState(c)}, not ${status}.`,
    'containers',
  );
}

export function checkAbsent(world: WorldView, goal: ContainerAbsentGoal): GoalResult {
  const left = selectContainers(world, goal);
  if (left.length === 0) return DONE;
  const names = left.map((c) => `${c.name} (${describeState(c)})`).join(', ');
  return { done: false, missing: `Still there: ${names}.` };
}
