// Finding a container as the daemon does: full id, then exact name, then a unique id prefix.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';

export function allContainers(engine: Engine): ContainerRecord[] {
  return Object.values(engine.state.containers);
}

export function findContainer(engine: Engine, ref: string): ContainerRecord | undefined {
  if (ref === '') return undefined;
  const byId = engine.state.containers[ref];
  if (byId) return byId;
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const byName = allContainers(engine).find((c) => c.name === name);
  if (byName) return byName;
  const matches = allContainers(engine).filter((c) => c.id.startsWith(ref));
  if (matches.length > 1) throw new DaemonError('system', `multiple IDs found with provided prefix: ${ref}`);
  return matches[0];
}

/** As findContainer, or the daemon's `No such container: ...` error. */
export function getContainer(engine: Engine, ref: string): ContainerRecord {
  if (ref === '') throw new DaemonError('invalidParameter', 'invalid name or ID supplied: ""');
  const c = findContainer(engine, ref);
  if (!c) throw new DaemonError('notFound', `No such container: ${ref}`);
  return c;
}
