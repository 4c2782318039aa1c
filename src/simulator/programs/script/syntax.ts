// A script the model's parser cannot follow, at line:col. Not the learner's SyntaxError: what the
// parser does not take is reported as beyond the model (node.ts, python.ts).
export class ScriptSyntaxError extends Error {
  readonly line: number;
  readonly col: number;
  constructor(message: string, line: number, col: number) {
    super(message);
    this.line = line;
    this.col = col;
  }
}
