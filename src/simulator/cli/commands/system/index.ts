// `docker system ...` commands (df, info, prune) and the top-level docker version and docker info.
import type { CommandSpec } from '../../command.ts';
import { df } from './df.ts';
import { info } from './info.ts';
import { systemPrune } from './prune.ts';
import { version } from './version.ts';

export const systemCommands: CommandSpec[] = [df, info, systemPrune];

export const systemTopLevel: CommandSpec[] = [version, info];
