// docker container attach: connect the terminal to a running container's output (and its
// shell, for a container started with -it) until it exits; the command ends with its exit
// code. Flags: --no-stdin, --sig-proxy (default true), --detach-keys.
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { trimRef } from './each-container.ts';

/** inspectContainerAndCheckState: the client's own checks before attaching. */
function checkState(c: ContainerRecord): void {
  const s = c.state.status;
  if (s !== 'running' && s !== 'paused' && s !== 'restarting') {
    throw new CliError('cannot attach to a stopped container, start it first', 1);
  }
  if (s === 'paused') throw new CliError('cannot attach to a paused container, unpause it first', 1);
  if (s === 'restarting') throw new CliError('cannot attach to a restarting container, wait until it is running', 1);
}

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
    const c = getContainer(ctx.engine, trimRef(args[0]));
    checkState(c);
    const stdin = !flagBool(flags, 'no-stdin') && c.config.OpenStdin;
    if (stdin && ctx.host.enterContainerShell && c.process?.interactive) return ctx.host.enterContainerShell(c.id, {});
    const sigProxy = flags['sig-proxy'] !== false;
    return streamUntilExit(ctx, c, { stdout: true, stderr: true, sigProxy: sigProxy || c.config.Tty, from: c.logs.length });
  },
};
