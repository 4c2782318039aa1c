// docker network rm (remove): what the command does (its spec, flags and help are in rm.ts, which
// loads this module the first time the command runs).
import { removeNetwork } from '../../../engine/network/networks.ts';
import { DaemonError, daemonErrorText } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagBool } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export function runRm(ctx: CommandContext, args: string[], flags: ParsedFlags) {
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
}
