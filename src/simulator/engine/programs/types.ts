// The program model: a container's main process is a simulated program chosen by its
// executable. A program reads its arguments, environment and image facts and returns a plan:
// what it writes at start, whether and when it exits, and how it answers signals.
import type { CatalogImage, CatalogRepo } from '../catalog/types.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord, ImageRecord } from '../state.ts';

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ProcessPlan {
  /** Name of the program, for `docker top` and debugging. */
  program: string;
  output: OutputChunk[];
  /** Ends by itself after `afterMs` of simulated time with `code`; absent: runs until signalled. */
  exit?: { code: number; afterMs: number };
  /** Signals the process does not act on (PID 1 gets no default handlers from the kernel). */
  ignores: string[];
  /** What a graceful stop writes before exiting 0 (servers' shutdown lines). */
  onStop?: (signal: string) => OutputChunk[];
  /** A program reading the terminal (a shell, psql ...): the session takes the terminal into the container. */
  interactive?: boolean;
  /**
   * The process runs through the engine's ProcessRunner (the shell over the container's files):
   * its output and its exit come from there, not from this plan.
   */
  deferred?: boolean;
}

export interface ProgramContext {
  engine: Engine;
  container: ContainerRecord;
  image: ImageRecord;
  repo?: CatalogRepo;
  catalogImage?: CatalogImage;
  /** argv[0] resolved to its path in the image. */
  path: string;
  argv: string[];
  env: Record<string, string>;
  now: number;
}

export type Program = (ctx: ProgramContext) => ProcessPlan;
