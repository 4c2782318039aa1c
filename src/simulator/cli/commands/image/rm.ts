// docker image rm / docker image remove / docker rmi: remove images by name or ID, printing the
// daemon's "Untagged:" and "Deleted:" records. Errors are collected per image and joined at the
// end (exit 1); with --force, "No such image" errors alone are printed but exit 0, as docker/cli
// does. Flags: -f, --no-prune, --platform (needs --force, as the containerd store requires).
import { removeImage } from '../../../engine/image-remove.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { platformError } from './platform.ts';

const FLAGS: FlagSpec[] = [
  { name: 'force', short: 'f', type: 'bool', usage: 'Force removal of the image' },
  { name: 'no-prune', type: 'bool', usage: 'Do not delete untagged parents' },
  {
    name: 'platform',
    type: 'list',
    typeLabel: 'strings',
    usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
  },
];

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

/** `docker image rm` (aliases rmi, remove); the top-level `docker rmi` comes from index.ts. */
export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['rmi', 'remove'],
  use: 'rm [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliasesLine: 'docker image rm, docker image remove, docker rmi',
  args: { min: 1 },
  flags: FLAGS,
  run(ctx, args, flags) {
    const platforms = flagList(flags, 'platform').flatMap((v) => v.split(','));
    runRemove(ctx, args, flagBool(flags, 'force'), platforms);
  },
};
