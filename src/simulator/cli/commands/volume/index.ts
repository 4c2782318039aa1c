// `docker volume ...` commands, registered as docker/cli's volume/cmd.go does (`volume update`,
// for swarm cluster volumes only, is hidden on a daemon that is no swarm manager and left out).
import type { CommandSpec } from '../../command.ts';
import { create } from './create.ts';
import { inspect } from './inspect.ts';
import { ls } from './ls.ts';
import { prune } from './prune.ts';
import { rm } from './rm.ts';

export const volumeCommands: CommandSpec[] = [create, inspect, ls, rm, prune];
