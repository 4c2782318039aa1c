// docker container top: what the command does (its spec, flags and help are in top.ts, which loads
// this module the first time the command runs).
import { containerTop } from '../../../engine/containers/top.ts';
import { tabwrite } from '../../../util/format/tabwriter.ts';
import { trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runTop(ctx: CommandContext, args: string[], _flags: ParsedFlags) {
  ctx.engine.tick();
  const list = containerTop(ctx.engine, trimRef(args[0]), args.slice(1).join(' '));
  const text = [list.Titles, ...list.Processes].map((row) => `${row.join('\t')}\n`).join('');
  ctx.stdout.write(tabwrite(text, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
}
