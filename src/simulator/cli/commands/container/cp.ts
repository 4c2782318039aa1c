// docker container cp / docker cp: copy files and directories between a container (running or
// not) and the host, in either direction. On a terminal the CLI then prints "Successfully copied
// <content> (transferred <tar size>) to <destination>" on stderr. Flags: -a/--archive,
// -L/--follow-link, -q/--quiet. Tar streams on stdin/stdout (`-`) are not simulated.
import type { CommandSpec } from '../../command.ts';

export const cp: CommandSpec = {
  name: 'cp',
  use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: "Copy files/folders between a container and the local filesystem\n\nUse '-' as the source to read a tar archive from stdin\nand extract it to a directory destination in a container.\nUse '-' as the destination to stream a tar archive of a\ncontainer source to stdout.",
  aliasesLine: 'docker container cp, docker cp',
  args: { min: 2, max: 2 },
  flags: [
    { name: 'archive', short: 'a', type: 'bool', usage: 'Archive mode (copy all uid/gid information)' },
    { name: 'follow-link', short: 'L', type: 'bool', usage: 'Always follow symlinks in SRC_PATH' },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' },
  ],
  async run(ctx, args, flags) {
    const { runCp } = await import('./cp-run.ts');
    return runCp(ctx, args, flags);
  },
};
