// `docker update` on the daemon (moby daemon/update.go): the request's settings are verified
// first (restart policy, resource limits with update semantics), then the container is looked
// up and Container.UpdateContainer merges them; its conflicts come back as "Cannot update
// container <id>: ...". A running container gets the new limits at once, a stopped one when it
// starts; a new restart policy applies from the next exit.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerResources } from '../state.ts';
import { validateRestartPolicy, type RequestedRestartPolicy } from './create.ts';
import { getContainer } from './lookup.ts';
import { mergeResources, verifyResources } from './resources.ts';
import { logContainerEvent } from '../events.ts';

export interface UpdateRequest {
  resources: ContainerResources;
  /** An empty name leaves the policy as it is. */
  restart: RequestedRestartPolicy;
}

function cannotUpdate(id: string, why: string): DaemonError {
  return new DaemonError('invalidParameter', `Cannot update container ${id}: ${why}`);
}

export function containerUpdate(engine: Engine, ref: string, req: UpdateRequest): void {
  engine.tick();
  const policy = req.restart.Name === '' ? undefined : validateRestartPolicy(req.restart);
  verifyResources(req.resources, true);
  const c = getContainer(engine, ref);
  if (c.state.status === 'removing' || c.state.status === 'dead') {
    throw cannotUpdate(c.id, 'container is marked for removal and cannot be "update"');
  }
  const merged = mergeResources(c, req.resources);
  if (merged && 'conflict' in merged) throw cannotUpdate(c.id, merged.conflict);
  if (policy && c.hostConfig.AutoRemove && policy.Name !== 'no') {
    throw cannotUpdate(c.id, 'Restart policy cannot be updated because AutoRemove is enabled for the container');
  }
  if (merged) c.hostConfig.Resources = merged;
  else delete c.hostConfig.Resources;
  if (policy) c.hostConfig.RestartPolicy = policy;
  logContainerEvent(engine, c, 'update');
  engine.emit('container update');
}
