// docker container run: create + start, pulling the image when missing. Detached (-d) prints
// the id; attached streams the container's output until it exits (its exit code becomes the
// command's) or Ctrl+C, which the signal proxy forwards. -it hands the terminal to the shell.
// Every run/create option is accepted (see container-flags.ts).
import { startContainer } from '../../../engine/containers/lifecycle.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagList } from '../../command.ts';
import { streamUntilExit } from './attach-stream.ts';
import { CONTAINER_FLAGS, imageCreateFlags, sortFlags } from './container-options.ts';
import { createFromArgs } from './create-flow.ts';
import { toStatusError } from './ensure-image.ts';

const USE = 'run [OPTIONS] IMAGE [COMMAND] [ARG...]';

export const run: CommandSpec = {
  name: 'run',
  use: USE,
  short: 'Create and run a new container from an image',
  aliasesLine: 'docker container run, docker run',
  interspersed: false,
  args: { min: 1 },
  flags: sortFlags([
    ...CONTAINER_FLAGS,
    ...imageCreateFlags('run'),
    { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
    { name: 'detach-keys', type: 'string', usage: 'Override the key sequence for detaching a container' },
    { name: 'sig-proxy', type: 'bool', usage: 'Proxy received signals to the process', defaultText: 'true' },
  ]),
  async run(ctx, args, flags) {
    const detach = flagBool(flags, 'detach');
    const c = createFromArgs(ctx, 'run', USE, flags, args, detach, () => {
      if (detach && flagList(flags, 'attach').length) {
        throw new CliError('conflicting options: cannot specify both --attach and --detach', 1);
      }
    });
    const from = c.logs.length;
    // Detached, the client prints the id while it starts the container: a start error follows it.
    if (detach) ctx.stdout.write(`${c.id}\n`);
    try {
      startContainer(ctx.engine, c);
    } catch (e) {
      throw toStatusError(e, 'run');
    }
    if (detach) {
      ctx.engine.tick();
      return 0;
    }
    if (c.config.OpenStdin && ctx.host.enterContainerShell && c.process?.interactive && c.state.status === 'running') {
      return ctx.host.enterContainerShell(c.id, {});
    }
    return streamUntilExit(ctx, c, {
      stdout: c.config.AttachStdout,
      stderr: c.config.AttachStderr,
      sigProxy: flags['sig-proxy'] !== false,
      from,
    });
  },
};
