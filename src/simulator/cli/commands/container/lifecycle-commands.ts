// Commands that move containers through their lifecycle: start, stop, kill, restart, pause,
// unpause, rm, rename, attach, update, container prune.
import type { CommandSpec } from '../../command.ts';
import { attach } from './attach.ts';
import { kill } from './kill.ts';
import { pause } from './pause.ts';
import { prune } from './prune.ts';
import { rename } from './rename.ts';
import { restart } from './restart.ts';
import { rm } from './rm.ts';
import { start } from './start.ts';
import { stop } from './stop.ts';
import { unpause } from './unpause.ts';
import { update } from './update.ts';

export const lifecycleCommands: CommandSpec[] = [start, stop, kill, restart, pause, unpause, rm, rename, attach, update, prune];
