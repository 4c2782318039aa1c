// docker container diff / docker diff: the files and directories a container added (A),
// changed (C) or deleted (D) in its writable layer, one "{{.Type}} {{.Path}}" line each,
// parents before children. No flags.
import { containerChanges } from '../../../engine/containers/changes.ts';
import type { CommandSpec } from '../../command.ts';
import { trimRef } from './each-container.ts';

export const diff: CommandSpec = {
  name: 'diff',
  use: 'diff CONTAINER',
  short: "Inspect changes to files or directories on a container's filesystem",
  aliasesLine: 'docker container diff, docker diff',
  args: { min: 1, max: 1 },
  flags: [],
  run(ctx, args) {
    for (const line of containerChanges(ctx.engine, trimRef(args[0]))) ctx.stdout.write(`${line.kind} ${line.path}\n`);
  },
};
