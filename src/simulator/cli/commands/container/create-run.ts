// docker container create: what the command does (its spec, flags and help are in create.ts, which
// loads this module the first time the command runs).
import { createFromArgs } from './create-flow.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { USE } from './create.ts';

export function runCreate(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const c = createFromArgs(ctx, 'create', USE, flags, args);
  ctx.stdout.write(`${c.id}\n`);
}
