// docker container commit / docker commit: a new image from a container's changes, printed as
// its ID. The optional REPOSITORY[:TAG] is parsed by the client (latest by default, no digest).
// Flags: -a/--author, -c/--change, -m/--message, --no-pause, and the deprecated -p/--pause.
import type { CommandSpec } from '../../command.ts';

export const commit: CommandSpec = {
  name: 'commit',
  use: 'commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  short: "Create a new image from a container's changes",
  aliasesLine: 'docker container commit, docker commit',
  interspersed: false,
  args: { min: 1, max: 2 },
  flags: [
    { name: 'author', short: 'a', type: 'string', usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { name: 'change', short: 'c', type: 'list', usage: 'Apply Dockerfile instruction to the created image' },
    { name: 'message', short: 'm', type: 'string', usage: 'Commit message' },
    { name: 'no-pause', type: 'bool', usage: 'Disable pausing container during commit' },
    { name: 'pause', short: 'p', type: 'bool', usage: 'Pause container during commit (deprecated: use --no-pause instead)', defaultText: 'true', hidden: true },
  ],
  async run(ctx, args, flags) {
    const { runCommit } = await import('./commit-run.ts');
    return runCommit(ctx, args, flags);
  },
};
