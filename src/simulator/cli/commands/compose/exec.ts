// docker compose exec: run a command in a service's running container (the first replica, or
// --index N), with a TTY by default when stdout is a terminal, as compose does; the command's
// exit status is compose's. Flags: -d, -e, --index, --privileged, -T/--no-tty, -u, -w.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const EXEC_FLAGS: FlagSpec[] = [
  { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run command in the background' },
  { name: 'env', short: 'e', type: 'list', typeLabel: 'stringArray', usage: 'Set environment variables' },
  { name: 'index', type: 'int', usage: 'Index of the container if service has multiple replicas' },
  { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached', defaultText: 'true', hidden: true },
  { name: 'no-TTY', type: 'bool', usage: "Disable pseudo-TTY allocation. By default 'docker compose exec' allocates a TTY.", hidden: true },
  { name: 'no-tty', short: 'T', type: 'bool', usage: "Disable pseudo-TTY allocation. By default 'docker compose exec' allocates a TTY." },
  { name: 'privileged', type: 'bool', usage: 'Give extended privileges to the process' },
  { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY', defaultText: 'true', hidden: true },
  { name: 'user', short: 'u', type: 'string', usage: 'Run the command as this user' },
  { name: 'workdir', short: 'w', type: 'string', usage: 'Path to workdir directory for this command' },
];

export const exec: CommandSpec = {
  name: 'exec',
  use: 'exec [OPTIONS] SERVICE COMMAND [ARGS...]',
  short: 'Execute a command in a running container',
  flags: withDryRun(EXEC_FLAGS),
  interspersed: false,
  async run(ctx, args, flags) {
    const { runExec } = await import('./exec-run.ts');
    return runExec(ctx, args, flags);
  },
};
