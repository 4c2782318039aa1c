// `--filter name=value` as docker/cli's opts.FilterOpt collects it: names lower-cased and
// trimmed, values trimmed, in order; a value without "=" is pflag's invalid-argument error
// (exit 125 with the usage line).
import type { FilterArgs } from '../../../engine/image-filters.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';

/** `flag` as pflag names it in errors: "-f, --filter" or "--filter". */
export function parseFilterFlag(ctx: CommandContext, use: string, flag: string, values: string[]): FilterArgs {
  const out: FilterArgs = new Map();
  for (const v of values) {
    if (v === '') continue;
    const i = v.indexOf('=');
    if (i === -1) {
      const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
      throw new CliError(
        `invalid argument "${v}" for "${flag}" flag: bad format of filter (expected name=value)\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`,
        125,
      );
    }
    const name = v.slice(0, i).trim().toLowerCase();
    const value = v.slice(i + 1).trim();
    const list = out.get(name) ?? [];
    if (!list.includes(value)) list.push(value);
    out.set(name, list);
  }
  return out;
}
