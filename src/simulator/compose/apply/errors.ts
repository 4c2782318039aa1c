// An error applying a Compose project, printed as compose prints any error: its text alone on
// stderr, exit 1 (a daemon error keeps its "Error response from daemon: " prefix in the text).
export class ComposeApplyError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'ComposeApplyError';
    this.exitCode = exitCode;
  }
}
