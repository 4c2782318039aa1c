// docker/cli's internal/prompt.Confirm: the question and " [y/N] " on stdout, one line read
// from stdin, yes only for "y" or "Y" (spaces trimmed). With no stdin to read (end of input)
// the answer is no; the commands then return a "cancelled" error, which the CLI's main prints
// nothing for and exits 0.
import type { CommandContext } from './command.ts';

export async function confirm(ctx: CommandContext, message: string): Promise<boolean> {
  ctx.stdout.write(`${message || 'Are you sure you want to proceed?'} [y/N] `);
  const answer = ctx.host.readLine ? await ctx.host.readLine() : undefined;
  return answer !== undefined && answer.trim().toLowerCase() === 'y';
}
