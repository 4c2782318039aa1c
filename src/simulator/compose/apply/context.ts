// What applying a Compose project to the engine needs from its caller (the `docker compose`
// command): the engine, where progress events go, and waiting on the simulated clock on the
// learner's behalf (a stop timeout, a health check); Ctrl+C ends a wait (false).
import type { Engine } from '../../engine/engine.ts';
import type { EventSink } from './events.ts';

export interface ApplyContext {
  engine: Engine;
  events: EventSink;
  /** Wait until `done()` holds as simulated time passes; false when interrupted. */
  waitUntil(done: () => boolean): Promise<boolean>;
  /** Let `ms` of simulated time pass; false when interrupted. */
  sleep(ms: number): Promise<boolean>;
  /** A logrus warning (the command prints it on stderr). */
  warn(message: string): void;
  /** api.ComposeVersion for the com.docker.compose.version label ("5.2.1"). */
  composeVersion: string;
}
