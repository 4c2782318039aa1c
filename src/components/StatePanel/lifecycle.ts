// Docker's container lifecycle as data: the states a learner drives a container through and the
// commands that move it, for the diagram in the state panel and its text alternative.
import type { ContainerStatusName } from '../../simulator/index.ts';

export type Stage = 'created' | 'running' | 'paused' | 'exited' | 'removed';

export const STAGES: readonly Stage[] = ['created', 'running', 'paused', 'exited', 'removed'];

export interface Transition {
  from: Stage;
  to: Stage;
  /** The command, without the container's name. */
  command: string;
}

export const TRANSITIONS: readonly Transition[] = [
  { from: 'created', to: 'running', command: 'docker start' },
  { from: 'running', to: 'paused', command: 'docker pause' },
  { from: 'paused', to: 'running', command: 'docker unpause' },
  { from: 'running', to: 'exited', command: 'docker stop' },
  { from: 'running', to: 'exited', command: 'docker kill' },
  { from: 'exited', to: 'running', command: 'docker start' },
  { from: 'running', to: 'running', command: 'docker restart' },
  { from: 'created', to: 'removed', command: 'docker rm' },
  { from: 'exited', to: 'removed', command: 'docker rm' },
  { from: 'running', to: 'removed', command: 'docker rm -f' },
];

/** Where a container's status sits in the diagram (restarting counts as running, dead as exited). */
export function stageOf(status: ContainerStatusName): Stage {
  switch (status) {
    case 'created':
    case 'paused':
    case 'exited':
      return status;
    case 'running':
    case 'restarting':
      return 'running';
    case 'removing':
      return 'removed';
    default:
      return 'exited';
  }
}

/** The commands that move a container on from its stage, with its name filled in. */
export function nextSteps(status: ContainerStatusName, name: string): string[] {
  const stage = stageOf(status);
  return TRANSITIONS.filter((t) => t.from === stage).map((t) => `${t.command} ${name}`);
}

/** The diagram as one sentence, for assistive technology. */
export function describeLifecycle(status: ContainerStatusName, name: string): string {
  const steps = nextSteps(status, name);
  const next = steps.length > 0 ? ` From here: ${steps.join(', ')}.` : '';
  return `Lifecycle: created, running, paused, exited, removed. ${name} is ${stageOf(status)}.${next}`;
}
