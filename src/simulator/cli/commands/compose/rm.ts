// docker compose rm: remove the project's stopped containers after "Going to remove ..." is
// confirmed (-f: no question). Flags: -f, -s (stop them first), -v (their anonymous volumes).
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const RM_FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Deprecated - no effect', hidden: true },
  { name: 'force', short: 'f', type: 'bool', usage: "Don't ask to confirm removal" },
  { name: 'stop', short: 's', type: 'bool', usage: 'Stop the containers, if required, before removing' },
  { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove any anonymous volumes attached to containers' },
];

const LONG = `Removes stopped service containers

By default, anonymous volumes attached to containers will not be removed. You
can override this with -v. To list all volumes, use "docker volume ls".

Any data which is not in a volume will be lost.`;

export const rm: CommandSpec = {
  name: 'rm',
  use: 'rm [OPTIONS] [SERVICE...]',
  short: 'Removes stopped service containers',
  long: LONG,
  flags: withDryRun(RM_FLAGS),
  async run(ctx, args, flags) {
    const { runRm } = await import('./rm-run.ts');
    return runRm(ctx, args, flags);
  },
};
