// Flag values as pflag reads them for the network commands: comma-separated slices
// (stringSlice, ipSlice) and the "invalid argument" error of a value a flag type rejects.
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';

/** A stringSlice/ipSlice value: comma-separated, each item trimmed of nothing (as csv reads it). */
export function splitCsv(value: string): string[] {
  return value === '' ? [] : value.split(',');
}

/** pflag's invalid-argument error with the command's usage line (exit 125). */
export function flagValueError(ctx: CommandContext, use: string, flag: string, value: string, why: string): CliError {
  const parent = ctx.path.slice(0, ctx.path.lastIndexOf(' '));
  return new CliError(`invalid argument "${value}" for "${flag}" flag: ${why}\n\nUsage:  ${parent} ${use}\n\nRun '${ctx.path} --help' for more information`, 125);
}
