// Commands that create and run containers (owned with run.ts/create.ts).
import type { CommandSpec } from '../../command.ts';
import { create } from './create.ts';
import { run } from './run.ts';

export const runCommands: CommandSpec[] = [create, run];
