// `docker network ...` commands, registered as docker/cli's network/cmd.go does.
import type { CommandSpec } from '../../command.ts';
import { connect } from './connect.ts';
import { create } from './create.ts';
import { disconnect } from './disconnect.ts';
import { inspect } from './inspect.ts';
import { ls } from './ls.ts';
import { prune } from './prune.ts';
import { rm } from './rm.ts';

export const networkCommands: CommandSpec[] = [connect, create, disconnect, inspect, ls, rm, prune];
