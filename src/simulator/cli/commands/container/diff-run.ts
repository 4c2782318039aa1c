// docker container diff / docker diff: what the command does (its spec, flags and help are in
// diff.ts, which loads this module the first time the command runs).
import { containerChanges } from '../../../engine/containers/changes.ts';
import { trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runDiff(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  for (const line of containerChanges(ctx.engine, trimRef(args[0]))) ctx.stdout.write(`${line.kind} ${line.path}\n`);
}
