// Checks for data goals: a named volume mounted at a path, and a file inside a container holding
// a text. A container's files are its writable layer plus its volumes; files only in image layers
// are the image's own and are not what an exercise asks a learner to write.
import type { FileContainsGoal, GoalResult, VolumeMountedGoal } from './goals.ts';
import type { ViewContainer, WorldView } from './world-view.ts';

export function checkVolumeMounted(world: WorldView, goal: VolumeMountedGoal): GoalResult {
  const scope = world.containers.filter((c) => goal.container === undefined || c.name === goal.container);
  const mounted = (c: ViewContainer) => c.mounts.some((m) => m.type === 'volume' && m.name === goal.volume && m.destination === goal.path);
  if (scope.some(mounted)) return { done: true };
  const at = `volume ${goal.volume} at ${goal.path}`;
  if (goal.container === undefined) return { done: false, missing: `No container mounts ${at} yet.` };
  if (scope.length === 0) return { done: false, missing: `There is no container named ${goal.container} yet.` };
  return { done: false, missing: `${goal.container} does not mount ${at}.` };
}

/** The file's text as the container sees it: a volume mounted over the path wins over the layer. */
function readFile(world: WorldView, c: ViewContainer, path: string): string | undefined {
  const mount = c.mounts
    .filter((m) => m.type === 'volume' && (path === m.destination || path.startsWith(`${m.destination}/`)))
    .sort((a, b) => b.destination.length - a.destination.length)[0];
  if (mount) {
    const volume = world.volumes.find((v) => v.name === mount.name);
    return volume?.files[path.slice(mount.destination.length) || '/'];
  }
  return c.files[path];
}

export function checkFileContains(world: WorldView, goal: FileContainsGoal): GoalResult {
  const c = world.containers.find((x) => x.name === goal.container);
  if (!c) return { done: false, missing: `There is no container named ${goal.container} yet.` };
  const text = readFile(world, c, goal.path);
  if (text === undefined) return { done: false, missing: `${goal.path} in ${goal.container} is not a file you wrote yet.` };
  if (!text.includes(goal.text)) return { done: false, missing: `${goal.path} in ${goal.container} does not contain “${goal.text}” yet.` };
  return { done: true };
}
