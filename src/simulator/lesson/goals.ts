// Lesson goals as data: what the simulated world must look like for an exercise to count as done.
// Goals describe state (a running container, a present image, a mounted volume), never the
// commands that got there, so any valid way to reach the state counts, as with a real teacher
// looking at `docker ps -a` and `docker images`. The lesson frontmatter holds these records.

/** Container states as `docker ps -a` reports them (State.Status in `docker inspect`). */
export type ContainerStatusName = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** Which containers a container goal is about; every field given must match. */
export interface ContainerSelector {
  /** The container's name, without Docker's leading slash: 'web'. */
  name?: string;
  /** The image it was created from, as a learner writes it: 'nginx', 'nginx:1.27', 'user/app:v1'. */
  image?: string;
  /** How many matching containers must satisfy the goal (default 1). */
  atLeast?: number;
}

interface GoalBase {
  /** What the learner should achieve, in the lesson's words; shown beside the goal's tick. */
  description: string;
}

/** A container from `image` (or named `name`) is running, publishing the given ports. */
export interface ContainerRunningGoal extends GoalBase, ContainerSelector {
  kind: 'container-running';
  /** Published ports as `-p` writes them: '8080:80', '5353:53/udp' (host port : container port). */
  publishes?: string[];
}

/** A matching container has stopped (status exited), with `exitCode` when given. */
export interface ContainerExitedGoal extends GoalBase, ContainerSelector {
  kind: 'container-exited';
  exitCode?: number;
}

/** A matching container exists, in `status` when given. */
export interface ContainerExistsGoal extends GoalBase, ContainerSelector {
  kind: 'container-exists';
  status?: ContainerStatusName;
}

/** No container matches (by name and/or image): it was removed, or never made. */
export interface ContainerAbsentGoal extends GoalBase {
  kind: 'container-absent';
  name?: string;
  image?: string;
}

/** An image is stored under `ref` ('nginx' means 'nginx:latest'), with `layers` layers when given. */
export interface ImagePresentGoal extends GoalBase {
  kind: 'image-present';
  ref: string;
  layers?: number;
}

/** No image is stored under `ref`. */
export interface ImageAbsentGoal extends GoalBase {
  kind: 'image-absent';
  ref: string;
}

/** A container (named `container`, or any) mounts the named volume at `path`. */
export interface VolumeMountedGoal extends GoalBase {
  kind: 'volume-mounted';
  volume: string;
  path: string;
  container?: string;
}

/** The file at `path` inside the named container contains `text`. */
export interface FileContainsGoal extends GoalBase {
  kind: 'file-contains';
  container: string;
  path: string;
  text: string;
}

export type Goal =
  | ContainerRunningGoal
  | ContainerExitedGoal
  | ContainerExistsGoal
  | ContainerAbsentGoal
  | ImagePresentGoal
  | ImageAbsentGoal
  | VolumeMountedGoal
  | FileContainsGoal;

export type GoalKind = Goal['kind'];

export interface GoalResult {
  done: boolean;
  /** For a goal not done: what is still missing, in a sentence a learner can act on. */
  missing?: string;
}
