// The image step of `docker run`/`docker create`: use the local image, or (with --pull=missing,
// the default) print "Unable to find image ... locally" and pull it, progress on stderr.
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import { findImage } from '../../../engine/images.ts';
import { pullImage } from '../../../engine/pull.ts';
import { parseRefStrict, type Ref } from '../../../engine/refs.ts';
import type { ImageRecord } from '../../../engine/state.ts';
import type { CommandContext } from '../../command.ts';
import { ProgressRenderer } from '../../progress.ts';
import { runUsageError } from './container-options.ts';

export const PULL_FLAG_VALUES = ['always', 'missing', 'never'];

/** docker/cli's toStatusError: daemon failures of run/create exit 125, 126 or 127 with help. */
export function toStatusError(e: unknown, verb: string): unknown {
  // `docker create` returns the daemon's error as it is (exit 1); only run adds status and help.
  if (!(e instanceof DaemonError) || verb === 'create') return e;
  const text = daemonErrorText(e);
  const code = /executable file not found|no such file or directory/.test(text) ? 127 : /permission denied/.test(text) ? 126 : 125;
  return new CliError(`docker: ${text}\n\nRun 'docker ${verb} --help' for more information`, code);
}

function parseImageRef(text: string, verb: string): Ref {
  try {
    return parseRefStrict(text);
  } catch (e) {
    throw verb === 'create' ? new CliError((e as Error).message, 1) : runUsageError(verb, (e as Error).message);
  }
}

function pull(ctx: CommandContext, ref: Ref, quiet: boolean): ImageRecord {
  const renderer = new ProgressRenderer(ctx.stderr, ctx.tty);
  return pullImage(ctx.engine, ref, (ev) => {
    if (!quiet) renderer.write(ev);
  });
}

export function ensureImage(ctx: CommandContext, verb: string, text: string, policy: string, quiet: boolean): ImageRecord {
  if (!PULL_FLAG_VALUES.includes(policy)) {
    throw runUsageError(verb, `invalid pull option: '${policy}': must be one of "always", "missing" or "never"`);
  }
  const ref = parseImageRef(text, verb);
  try {
    if (policy === 'always') return pull(ctx, ref, quiet);
    const local = findImage(ctx.engine, text);
    if (local) return local;
    if (policy === 'never') throw new DaemonError('notFound', `No such image: ${ref.familiarTagged}`);
    if (!quiet) ctx.stderr.write(`Unable to find image '${ref.familiarTagged}' locally\n`);
    return pull(ctx, ref, quiet);
  } catch (e) {
    throw toStatusError(e, verb);
  }
}
