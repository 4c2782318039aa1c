// docker image rm / docker image remove / docker rmi: what the command does (its spec, flags and
// help are in rm.ts, which loads this module the first time the command runs).
import { removeImage } from '../../../engine/image-remove.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { platformError } from './platform.ts';
import type { ParsedFlags } from '../../flags.ts';

function removeOne(ctx: CommandContext, ref: string, force: boolean, platforms: string[]): void {
  if (platforms.length > 0 && !force) {
    throw new DaemonError('invalidParameter', 'Content will be removed from all images referencing this variant. Use —-force to force delete.');
  }
  for (const r of removeImage(ctx.engine, ref, force)) {
    ctx.stdout.write('untagged' in r ? `Untagged: ${r.untagged}\n` : `Deleted: ${r.deleted}\n`);
  }
}

function runRemove(ctx: CommandContext, images: string[], force: boolean, platforms: string[]): void {
  for (const p of platforms) {
    const bad = platformError(p);
    if (bad) throw new CliError(bad, 1);
  }
  const errors: string[] = [];
  let fatal = false;
  for (const ref of images) {
    try {
      removeOne(ctx, ref, force, platforms);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      if (e.kind !== 'notFound') fatal = true;
      errors.push(daemonErrorText(e));
    }
  }
  if (errors.length === 0) return;
  if (!force || fatal) throw new CliError(errors.join('\n'), 1);
  ctx.stderr.write(`${errors.join('\n')}\n`);
}

export function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const platforms = flagList(flags, 'platform').flatMap((v) => v.split(','));
  runRemove(ctx, args, flagBool(flags, 'force'), platforms);
}
