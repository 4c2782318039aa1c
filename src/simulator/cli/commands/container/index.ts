// `docker container ...` commands and their top-level forms (docker run, docker ps, docker rm ...).
// Each themed list registers its commands; a command whose top-level form differs (docker ps =
// docker container ls) provides it through `topLevelForms`.
import type { CommandSpec } from '../../command.ts';
import { fsCommands } from './fs-commands.ts';
import { lifecycleCommands } from './lifecycle-commands.ts';
import { observeCommands, observeTopLevelForms } from './observe-commands.ts';
import { runCommands } from './run-commands.ts';

export const containerCommands: CommandSpec[] = [...runCommands, ...lifecycleCommands, ...observeCommands, ...fsCommands];

/** Top-level `docker <verb>` forms: the same command without `docker container`'s aliases. */
export const containerTopLevel: CommandSpec[] = [
  ...[...runCommands, ...lifecycleCommands, ...observeCommands, ...fsCommands]
    .filter((c) => !observeTopLevelForms.some((f) => f.replaces === c.name) && c.name !== 'prune')
    .map((c) => ({ ...c, aliases: [] })),
  ...observeTopLevelForms.map((f) => f.spec),
];
