// `docker context ...` (docker/cli cli/command/context): the learner's CLI has only the default
// context, which talks to the local daemon over /var/run/docker.sock (or DOCKER_HOST). ls, show,
// use, rm and inspect work on it (create/update/export/import are not simulated); naming
// another context fails as the context store does.
import type { CommandSpec } from '../../command.ts';
import { inspect } from './inspect.ts';
import { ls } from './ls.ts';
import { rm } from './rm.ts';
import { show } from './show.ts';
import { use } from './use.ts';

export const contextCommands: CommandSpec[] = [ls, use, rm, inspect, show];
