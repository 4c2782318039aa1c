// The simulator's public API: the only module the site, the grader and other tools import.
// Fixed by ../shared/design/ARCHITECTURE.md: extend it, never break it.
export { createSimulator } from './simulator.ts';
export type {
  Completion,
  HttpOptions,
  HttpResult,
  RunIO,
  RunResult,
  SimEvent,
  Simulator,
  SimulatorOptions,
  Stream,
  WorldSnapshot,
} from './types.ts';

// Lessons: goals as data and their evaluation over a snapshot; a read-only view of a snapshot's
// world for the state panel (see lesson/README.md).
export { evaluateGoals } from './lesson/evaluate.ts';
export { viewWorld } from './lesson/world-view.ts';
export type { ContainerSelector, ContainerStatusName, Goal, GoalKind, GoalResult } from './lesson/goals.ts';
export type { ViewContainer, ViewImage, ViewLayer, ViewMount, ViewNetwork, ViewPort, ViewVolume, WorldView } from './lesson/world-view.ts';
