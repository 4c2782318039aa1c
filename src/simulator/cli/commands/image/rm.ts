// docker image rm / docker image remove / docker rmi: remove images by name or ID, printing the
// daemon's "Untagged:" and "Deleted:" records. Errors are collected per image and joined at the
// end (exit 1); with --force, "No such image" errors alone are printed but exit 0, as docker/cli
// does. Flags: -f, --no-prune, --platform (needs --force, as the containerd store requires).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';

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

/** `docker image rm` (aliases rmi, remove); the top-level `docker rmi` comes from index.ts. */
export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['rmi', 'remove'],
  use: 'rm [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  aliasesLine: 'docker image rm, docker image remove, docker rmi',
  args: { min: 1 },
  flags: FLAGS,
  async run(ctx, args, flags) {
    const { runRm } = await import('./rm-run.ts');
    return runRm(ctx, args, flags);
  },
};
