// Errors the simulated daemon returns. Each carries Docker's exact message; the CLI alone decides
// how to print it ("Error response from daemon: ..." in cli/dispatch.ts) and with which exit code.

/** Mirrors moby's errdefs classes, which decide the HTTP status and some CLI exit codes. */
export type DaemonErrorKind =
  | 'notFound'
  | 'conflict'
  | 'invalidParameter'
  | 'forbidden'
  | 'unauthorized'
  | 'unavailable'
  | 'notModified'
  | 'system';

export class DaemonError extends Error {
  readonly kind: DaemonErrorKind;
  constructor(kind: DaemonErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = 'DaemonError';
  }
}

/** The text the Docker client shows for an error the daemon answered with. */
export function daemonErrorText(error: DaemonError): string {
  return `Error response from daemon: ${error.message}`;
}

export function isDaemonError(e: unknown): e is DaemonError {
  return e instanceof DaemonError;
}
