// Commands that work inside containers and on their files: exec, diff, commit, cp, export (owned
// with the filesystem and shell integration).
import type { CommandSpec } from '../../command.ts';
import { commit } from './commit.ts';
import { cp } from './cp.ts';
import { diff } from './diff.ts';
import { exec } from './exec.ts';
import { exportCommand } from './export.ts';

export const fsCommands: CommandSpec[] = [exec, diff, commit, cp, exportCommand];
