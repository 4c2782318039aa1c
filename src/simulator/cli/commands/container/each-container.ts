// How docker/cli runs one operation over several containers (stop, kill, rm, pause ...):
// every argument in order, each one that succeeded printed as given on stdout, the failures
// joined with newlines (errors.Join) into the command's error, exit 1. A 304 answer from
// the daemon ("already stopped") is a success, as the API client treats it.
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import type { CommandContext } from '../../command.ts';

/** The text the client prints for an error: daemon errors carry "Error response from daemon:". */
export function errorText(e: unknown): string {
  if (e instanceof DaemonError) return daemonErrorText(e);
  if (e instanceof CliError) return e.message;
  throw e;
}

/** The client's trimID: a blank container reference never reaches the daemon. */
export function trimRef(ref: string): string {
  const id = ref.trim();
  if (id === '') throw new CliError('invalid container name or ID: value is empty', 1);
  return id;
}

export function isNotModified(e: unknown): boolean {
  return e instanceof DaemonError && e.kind === 'notModified';
}

export type ItemResult = 'ok' | 'skip' | { error: string };

function failure(e: unknown, skip?: (e: unknown) => boolean): ItemResult {
  if (isNotModified(e)) return 'ok';
  if (skip?.(e)) return 'skip';
  return { error: errorText(e) };
}

/** Run `op` for one argument: 'ok', 'skip' (print nothing) or the error text. */
export async function attempt(op: () => unknown, skip?: (e: unknown) => boolean): Promise<ItemResult> {
  try {
    await op();
    return 'ok';
  } catch (e) {
    return failure(e, skip);
  }
}

/** As attempt, for an operation that completes at once. */
export function attemptSync(op: () => unknown, skip?: (e: unknown) => boolean): ItemResult {
  try {
    op();
    return 'ok';
  } catch (e) {
    return failure(e, skip);
  }
}

/** Print each successful argument and throw the joined errors, as runStop/runKill/runRm do. */
export function report(ctx: CommandContext, refs: string[], results: ItemResult[]): void {
  const errors: string[] = [];
  results.forEach((r, i) => {
    if (r === 'ok') ctx.stdout.write(`${refs[i]}\n`);
    else if (r !== 'skip') errors.push(r.error);
  });
  if (errors.length) throw new CliError(errors.join('\n'), 1);
}

/** The simple case: apply `op` to every argument in turn, then report. */
export async function forEachContainer(
  ctx: CommandContext,
  refs: string[],
  op: (ref: string) => unknown,
  skip?: (e: unknown) => boolean,
): Promise<void> {
  const results: ItemResult[] = [];
  for (const ref of refs) results.push(await attempt(() => op(ref), skip));
  report(ctx, refs, results);
}
