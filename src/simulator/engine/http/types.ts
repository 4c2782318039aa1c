// The HTTP model shared by clients (the host's curl, sim.http, curl and wget inside containers)
// and servers (the programs a container runs): plain request and response records, and the
// HttpService a program registers to answer on the ports it listens on.
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';

export interface HttpRequest {
  method: string;
  /** The request target as sent: '/', '/docs/index.html?x=1'. */
  target: string;
  /** Header fields in the order sent, names as written: ['Host', 'localhost:8080']. */
  headers: [string, string][];
  body: string;
}

export interface HttpResponse {
  status: number;
  /** The reason phrase of the status line: 'OK', 'Not Found', 'Not Allowed' (nginx's 405). */
  reason: string;
  headers: [string, string][];
  body: string;
}

/** What a server sees of one connection and can do about it. */
export interface HttpServiceContext {
  engine: Engine;
  container: ContainerRecord;
  /** The container port the connection reached. */
  port: number;
  /** The client address as the server sees it (a published port's proxy connects from the gateway). */
  remoteAddr: string;
  /** Simulated time of the request (ms). */
  now: number;
}

/** A program's HTTP server. Services are registered by program name (see registry.ts). */
export interface HttpService {
  /** The TCP ports the program listens on in this container (from its config files, argv, env). */
  listens(engine: Engine, c: ContainerRecord): number[];
  /** Answer one request; log lines go to the container's output through writeLog. */
  handle(ctx: HttpServiceContext, req: HttpRequest): HttpResponse;
  /** A connection the server drops without answering (HTTP on a TLS port): curl's failure. */
  drops?(ctx: HttpServiceContext): 'empty' | undefined;
}

/** Why a request got no response, with curl's exit code and message. */
export type HttpFailureKind = 'resolve' | 'connect' | 'reset' | 'timeout' | 'tls' | 'empty';

export interface HttpFailure {
  ok: false;
  kind: HttpFailureKind;
  /** curl's error text without the "curl: (N) " prefix. */
  message: string;
  /** curl's exit code: 6, 7, 56, 28, 35, 52. */
  curlExit: number;
}

export interface HttpSuccess {
  ok: true;
  response: HttpResponse;
  /** The address and port connected to (curl -v's "Connected to localhost (::1) port 8080"). */
  ip: string;
  port: number;
}

export type HttpOutcome = HttpSuccess | HttpFailure;

export interface HttpRequestOptions {
  method?: string;
  /** Extra or replacing request headers ('User-Agent' replaces curl's). */
  headers?: Record<string, string>;
  body?: string;
  /** curl -u: the Authorization header it sends after Host (a header given with -H replaces it). */
  authorization?: string;
}
