// docker/cli's internal/prompt.Confirm: the question and " [y/N] " on stdout, one line read
// from stdin (piped in, or typed at the terminal), yes only for "y" or "Y" (spaces trimmed).
// End of input or Ctrl+C is no. And the shape the prune commands share around it: no "y" is a
// "cancelled" error, which the CLI's main prints nothing for and exits 0; otherwise the report.
import { humanSize } from '../util/format/units.ts';
import type { CommandContext } from './command.ts';

export async function confirm(ctx: CommandContext, message: string): Promise<boolean> {
  ctx.stdout.write(`${message || 'Are you sure you want to proceed?'} [y/N] `);
  const answer = ctx.host.readLine ? await ctx.host.readLine() : undefined;
  return answer !== undefined && answer.trim().toLowerCase() === 'y';
}

/** What a prune removed: its report's sections, and the bytes reclaimed (absent: networks print no total). */
export interface PruneReport {
  sections: string[];
  reclaimed?: number;
}

/**
 * A prune command's run: unless `force`, ask `warning` (anything but "y" cancels, exit 0); then
 * each non-empty section (printed with Println, so a blank line follows) and the total.
 */
export async function confirmAndPrune(ctx: CommandContext, force: boolean, warning: string, prune: () => PruneReport): Promise<number> {
  if (!force && !(await confirm(ctx, warning))) return 0;
  const report = prune();
  for (const section of report.sections) if (section !== '') ctx.stdout.write(`${section}\n`);
  if (report.reclaimed !== undefined) ctx.stdout.write(`Total reclaimed space: ${humanSize(report.reclaimed)}\n`);
  return 0;
}

/** A report section: "Deleted Containers:" and a line per item; empty when nothing went. */
export function deletedSection(title: string, items: string[]): string {
  return items.length ? `${title}\n${items.map((l) => `${l}\n`).join('')}` : '';
}
