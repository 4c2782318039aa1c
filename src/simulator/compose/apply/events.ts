// Progress events as docker/compose emits them (pkg/api/event.go Resource, pkg/compose/progress.go):
// a resource ID ("Container app-web-1", "Network app_default", "Image nginx"), a text ("Creating",
// "Started", "Healthy"...), a status, details; layer events carry a parent and progress. The
// command layer renders them (cli/commands/compose/progress.ts) as compose's plain or TTY display.

export type EventStatus = 'working' | 'done' | 'warning' | 'error';

export interface ComposeEvent {
  id: string;
  text: string;
  status: EventStatus;
  details?: string;
  /** A layer's image ("Image nginx"): the TTY display nests it there. */
  parentId?: string;
  current?: number;
  total?: number;
  percent?: number;
}

/** api.EventProcessor.On. */
export interface EventSink {
  on(...events: ComposeEvent[]): void;
}

/** api.ResourceCompose: an event about the whole application ("Gracefully Stopping..."). */
export const RESOURCE_COMPOSE = 'Compose';

export function event(id: string, status: EventStatus, text: string, details?: string): ComposeEvent {
  return details === undefined ? { id, status, text } : { id, status, text, details };
}

export const ev = {
  creating: (id: string) => event(id, 'working', 'Creating'),
  created: (id: string) => event(id, 'done', 'Created'),
  starting: (id: string) => event(id, 'working', 'Starting'),
  started: (id: string) => event(id, 'done', 'Started'),
  running: (id: string) => event(id, 'done', 'Running'),
  stopping: (id: string) => event(id, 'working', 'Stopping'),
  stopped: (id: string) => event(id, 'done', 'Stopped'),
  removing: (id: string) => event(id, 'working', 'Removing'),
  removed: (id: string) => event(id, 'done', 'Removed'),
  restarting: (id: string) => event(id, 'working', 'Restarting'),
  restarted: (id: string) => event(id, 'done', 'Restarted'),
  killing: (id: string) => event(id, 'working', 'Killing'),
  killed: (id: string) => event(id, 'done', 'Killed'),
  waiting: (id: string) => event(id, 'working', 'Waiting'),
  healthy: (id: string) => event(id, 'done', 'Healthy'),
  exited: (id: string) => event(id, 'done', 'Exited'),
  recreate: (id: string) => event(id, 'working', 'Recreate'),
  recreated: (id: string) => event(id, 'done', 'Recreated'),
  pulling: (id: string) => event(id, 'working', 'Pulling'),
  pulled: (id: string) => event(id, 'done', 'Pulled'),
  building: (id: string) => event(id, 'working', 'Building'),
  built: (id: string) => event(id, 'done', 'Built'),
  error: (id: string, message: string) => event(id, 'error', 'Error', message),
  skipped: (id: string, reason: string) => event(id, 'warning', `Skipped: ${reason}`),
};

/** getContainerProgressName. */
export function containerId(name: string): string {
  return `Container ${name}`;
}
