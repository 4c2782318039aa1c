// Checks for image goals: an image stored under a reference (with a number of layers), or gone.
import type { GoalResult, ImageAbsentGoal, ImagePresentGoal } from './goals.ts';
import { familiarRef, findImage, usesImage } from './match.ts';
import type { WorldView } from './world-view.ts';

export function checkImagePresent(world: WorldView, goal: ImagePresentGoal): GoalResult {
  const image = findImage(world, goal.ref);
  if (!image) return { done: false, missing: `There is no image ${familiarRef(goal.ref)} yet.` };
  if (goal.layers !== undefined && image.layers.length !== goal.layers) {
    return { done: false, missing: `${familiarRef(goal.ref)} has ${image.layers.length} layers, not ${goal.layers}.` };
  }
  return { done: true };
}

export function checkImageAbsent(world: WorldView, goal: ImageAbsentGoal): GoalResult {
  if (!findImage(world, goal.ref)) return { done: true };
  const users = world.containers.filter((c) => usesImage(world, c, goal.ref)).map((c) => c.name);
  const hint = users.length > 0 ? ` Containers still use it: ${users.join(', ')}.` : '';
  return { done: false, missing: `${familiarRef(goal.ref)} is still stored.${hint}` };
}
