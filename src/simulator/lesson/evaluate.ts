// Evaluates a lesson's goals over a world snapshot: pure, so the browser (after every command)
// and the grader judge alike. A goal that fails to evaluate (a damaged snapshot, a bug) counts as
// not done with a note, rather than breaking the lesson.
import { checkAbsent, checkExists, checkExited, checkRunning } from './container-goals.ts';
import type { Goal, GoalResult } from './goals.ts';
import { checkImageAbsent, checkImagePresent } from './image-goals.ts';
import { checkFileContains, checkVolumeMounted } from './storage-goals.ts';
import { viewWorld, type WorldView } from './world-view.ts';

function check(world: WorldView, goal: Goal): GoalResult {
  switch (goal.kind) {
    case 'container-running':
      return checkRunning(world, goal);
    case 'container-exited':
      return checkExited(world, goal);
    case 'container-exists':
      return checkExists(world, goal);
    case 'container-absent':
      return checkAbsent(world, goal);
    case 'image-present':
      return checkImagePresent(world, goal);
    case 'image-absent':
      return checkImageAbsent(world, goal);
    case 'volume-mounted':
      return checkVolumeMounted(world, goal);
    case 'file-contains':
      return checkFileContains(world, goal);
    default: {
      const unknown: never = goal;
      return { done: false, missing: `Unknown goal kind ${String((unknown as { kind?: unknown }).kind)}.` };
    }
  }
}

/** One result per goal, in order, for the world in `snapshot` (a `sim.snapshot()`). */
export function evaluateGoals(goals: readonly Goal[], snapshot: unknown): GoalResult[] {
  const world = viewWorld(snapshot);
  return goals.map((goal) => {
    try {
      return check(world, goal);
    } catch {
      return { done: false, missing: 'This goal could not be checked against the current world.' };
    }
  });
}
