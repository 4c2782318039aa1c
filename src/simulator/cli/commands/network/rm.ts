// docker network rm (remove): each network by name, id or id prefix, its argument printed once
// removed; errors are printed as they happen, then "exit status 1" (exit 1). Flags:
// -f/--force (a network that does not exist is no error).
import { removeNetwork } from '../../../engine/network/networks.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool } from '../../command.ts';

export const rm: CommandSpec = {
  name: 'rm',
  aliases: ['remove'],
  use: 'rm NETWORK [NETWORK...]',
  short: 'Remove one or more networks',
  aliasesLine: 'docker network rm, docker network remove',
  flags: [{ name: 'force', short: 'f', type: 'bool', usage: 'Do not error if the network does not exist' }],
  args: { min: 1 },
  run(ctx, args, flags) {
    ctx.engine.tick();
    let failed = false;
    for (const name of args) {
      try {
        if (name.trim() === '') throw new CliError('invalid network name or ID: value is empty', 1);
        removeNetwork(ctx.engine, name.trim());
        ctx.stdout.write(`${name}\n`);
      } catch (e) {
        if (e instanceof DaemonError && e.kind === 'notFound' && flagBool(flags, 'force')) continue;
        if (!(e instanceof DaemonError) && !(e instanceof CliError)) throw e;
        ctx.stderr.write(`${e instanceof DaemonError ? daemonErrorText(e) : e.message}\n`);
        failed = true;
      }
    }
    // The errors were printed as they came; then cli.StatusError{Status: "exit status 1"}.
    if (failed) throw new CliError('exit status 1', 1);
  },
};
