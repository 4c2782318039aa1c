// The DOM events between the lesson page's script and the workspace: the page asks the terminal
// to run commands, the workspace reports goal results. Both sides import these names, so the
// small page script need not load the workspace chunk to know them.
import type { GoalResult } from '../../simulator/index.ts';

/** Run commands in the page's terminal (dispatched on `document`). */
export const RUN_EVENT = 'dockyard:run';
export type RunEventDetail = { commands: string[] };

/** Goal results after a change to a lesson's world (dispatched on `document`). */
export const GOALS_EVENT = 'dockyard:goals';
export type GoalsEventDetail = { slug: string; results: GoalResult[] };
