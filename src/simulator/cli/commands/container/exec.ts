// docker container exec / docker exec: run a command in a running container. With -it and a
// shell the terminal enters that shell (exit leaves the container running); otherwise the
// command's output streams until it ends and its status is the command's. Flags: -d, -e,
// --env-file, -i, -t, -u, -w, --privileged (accepted), --detach-keys (validated).
import type { CommandSpec } from '../../command.ts';

export const USE = 'exec [OPTIONS] CONTAINER COMMAND [ARG...]';

export const exec: CommandSpec = {
  name: 'exec',
  use: USE,
  short: 'Execute a command in a running container',
  aliasesLine: 'docker container exec, docker exec',
  interspersed: false,
  args: { min: 2 },
  flags: [
    { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: run command in the background' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'env', short: 'e', type: 'list', usage: 'Set environment variables' },
    { name: 'env-file', type: 'list', usage: 'Read in a file of environment variables' },
    { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached' },
    { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the command' },
    { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY' },
    { name: 'user', short: 'u', type: 'string', usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
  ],
  async run(ctx, args, flags) {
    const { runExecCommand } = await import('./exec-run.ts');
    return runExecCommand(ctx, args, flags);
  },
};
