// A failure the CLI reports: the exact text for stderr and the exit code, as docker/cli's
// StatusError does. `message` may be empty (an attached container's exit status only).

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
    this.name = 'CliError';
  }
}

/** Control flow: the command was interrupted (Ctrl+C) and ends with this code. */
export class Interrupted extends Error {
  readonly exitCode: number;
  constructor(exitCode = 130) {
    super('interrupted');
    this.exitCode = exitCode;
    this.name = 'Interrupted';
  }
}

/** A bug in the simulator: the UI shows a short notice and the session goes on. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}
