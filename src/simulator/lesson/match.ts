// Matching what a lesson names ('nginx', 'web') against the world: image references normalised
// as Docker does ('nginx' is 'docker.io/library/nginx:latest', shown as 'nginx:latest'), and
// containers picked by name and image.
import { parseRef } from '../engine/refs.ts';
import type { ContainerSelector } from './goals.ts';
import type { ViewContainer, ViewImage, WorldView } from './world-view.ts';

/** 'nginx' -> 'nginx:latest', 'docker.io/library/nginx:1.27' -> 'nginx:1.27'; other text as is. */
export function familiarRef(ref: string): string {
  return parseRef(ref)?.familiarTagged ?? ref;
}

/** The image stored under `ref`, if any. */
export function findImage(world: WorldView, ref: string): ViewImage | undefined {
  const want = familiarRef(ref);
  return world.images.find((i) => i.repoTags.some((t) => familiarRef(t) === want));
}

/** Whether the container was created from the image `ref` names (by id, or by name if it is gone). */
export function usesImage(world: WorldView, c: ViewContainer, ref: string): boolean {
  const image = findImage(world, ref);
  if (image && image.id === c.imageId) return true;
  return familiarRef(c.imageRef) === familiarRef(ref);
}

/** Containers matching a selector's name and image (its count is the caller's business). */
export function selectContainers(world: WorldView, sel: Pick<ContainerSelector, 'name' | 'image'>): ViewContainer[] {
  return world.containers.filter(
    (c) => (sel.name === undefined || c.name === sel.name) && (sel.image === undefined || usesImage(world, c, sel.image)),
  );
}

/** How a sentence names the containers a selector means: 'web', 'a container from nginx'. */
export function describeSelector(sel: Pick<ContainerSelector, 'name' | 'image'>): string {
  if (sel.name !== undefined && sel.image !== undefined) return `${sel.name} (from ${sel.image})`;
  if (sel.name !== undefined) return sel.name;
  return sel.image !== undefined ? `a container from ${sel.image}` : 'a container';
}

/** 'exited (137)', 'running', 'created' — as a learner reads a container's state. */
export function describeState(c: ViewContainer): string {
  return c.status === 'exited' ? `exited (${c.exitCode})` : c.status;
}
