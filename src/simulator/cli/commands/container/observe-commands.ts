// Commands that look at containers: ls/ps, inspect, logs, top, stats, wait. `docker ps` is the
// top-level form of `docker container ls`; the top-level `docker inspect` is the generic one
// (any object), which replaces `docker container inspect` there.
import type { CommandSpec } from '../../command.ts';
import { inspect as genericInspect } from '../inspect.ts';
import { inspect } from './inspect.ts';
import { logs } from './logs.ts';
import { port } from './port.ts';
import { ls, ps } from './ls.ts';
import { stats } from './stats.ts';
import { top } from './top.ts';
import { wait } from './wait.ts';

export const observeCommands: CommandSpec[] = [ls, inspect, logs, port, top, stats, wait];

/** Top-level forms that differ from the group's command (docker ps for docker container ls). */
export const observeTopLevelForms: { replaces: string; spec: CommandSpec }[] = [
  { replaces: 'ls', spec: ps },
  { replaces: 'inspect', spec: genericInspect },
];
