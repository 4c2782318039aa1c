// docker container attach: connect the terminal to a running container's output (and its
// shell, for a container started with -it) until it exits; the command ends with its exit
// code. Flags: --no-stdin, --sig-proxy (default true), --detach-keys.
import type { CommandSpec } from '../../command.ts';

export const attach: CommandSpec = {
  name: 'attach',
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  aliasesLine: 'docker container attach, docker attach',
  flags: [
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'no-stdin', type: 'bool', usage: 'Do not attach STDIN' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy all received signals to the process', defaultText: 'true' },
  ],
  args: { min: 1, max: 1 },
  async run(ctx, args, flags) {
    const { runAttach } = await import('./attach-run.ts');
    return runAttach(ctx, args, flags);
  },
};
