// The shape of a service model: the program a catalog image runs as its main process (mongod,
// mysqld, apache2-foreground with WordPress ...). It plans its start (logs, exit) from the
// container's arguments, environment and files, says which TCP ports it listens on (so a peer
// on a network can find it), may answer HTTP, and may write lines when stopped gracefully.
import type { Engine } from '../../engine.ts';
import type { HttpService } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { OutputChunk, ProcessPlan, ProgramContext } from '../types.ts';

export interface ServiceModel {
  /** The program name recorded for the process (and the HTTP service's registration key). */
  program: string;
  /** The process at start; `argv` is what the entrypoint execs (`mongod --auth`). */
  start(ctx: ProgramContext, argv: string[]): ProcessPlan;
  /** The process when its options make it print something and exit (`nginx -v`), if the model knows them. */
  report?(ctx: ProgramContext, argv: string[]): ProcessPlan | undefined;
  /** TCP ports the program listens on in this running container. */
  ports(engine: Engine, c: ContainerRecord): number[];
  /** Its HTTP server, when it has one. */
  http?: HttpService;
  /** What a graceful stop (signal 15 SIGTERM, 2 SIGINT ...) writes before the process exits. */
  stop?(engine: Engine, c: ContainerRecord, at: number, signal: number): OutputChunk[];
}

export interface ServicePack {
  /** The model for a program name, or for a repository whose own entrypoint wraps it. */
  modelFor(program: string, repo: string | undefined): ServiceModel | undefined;
  /** The model of a running container's main process. */
  modelOf(c: ContainerRecord): ServiceModel | undefined;
  /** The main process's command line as ps shows it, for a container a model runs. */
  argvOf(engine: Engine, c: ContainerRecord): string[] | undefined;
  /** HTTP services by program name, registered with engine/http when the pack loads. */
  http: Record<string, HttpService>;
}
