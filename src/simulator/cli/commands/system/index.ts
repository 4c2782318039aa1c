// `docker system ...` commands (df, events, info, prune) and the top-level docker version,
// docker info and docker events.
import type { CommandSpec } from '../../command.ts';
import { df } from './df.ts';
import { events } from './events.ts';
import { info } from './info.ts';
import { systemPrune } from './prune.ts';
import { version } from './version.ts';

export const systemCommands: CommandSpec[] = [df, events, info, systemPrune];

export const systemTopLevel: CommandSpec[] = [version, info, { ...events, aliases: [] }];
