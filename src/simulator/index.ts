// The simulator's public API: the only module the site, the grader and other tools import.
// Fixed by ../shared/design/ARCHITECTURE.md: extend it, never break it.
export { createSimulator } from './simulator.ts';
export type {
  Completion,
  RunIO,
  RunResult,
  SimEvent,
  Simulator,
  SimulatorOptions,
  Stream,
  WorldSnapshot,
} from './types.ts';
