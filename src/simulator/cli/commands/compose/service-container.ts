// compose's getSpecifiedContainer (pkg/compose/containers.go), used by exec and port: the
// service's containers (running ones unless `all`), replica --index when given, ordered by
// container number with `docker compose run` containers last; none is an error.
import type { Engine } from '../../../engine/engine.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { containerNumber, isOneOff, projectContainers, type OneOffFilter } from './project.ts';

export function serviceContainer(engine: Engine, project: string, service: string, index: number, oneOff: OneOffFilter = 'include', all = false): ContainerRecord {
  engine.tick();
  let list = projectContainers(engine, project, { oneOff, all, services: [service] });
  if (index > 0) list = list.filter((c) => containerNumber(c) === index);
  if (list.length === 0) {
    throw new CliError(index > 0 ? `service ${JSON.stringify(service)} is not running container #${index}` : `service ${JSON.stringify(service)} is not running`, 1);
  }
  const rank = (c: ContainerRecord) => (isOneOff(c) ? Number.MAX_SAFE_INTEGER : containerNumber(c));
  return [...list].sort((a, b) => rank(a) - rank(b))[0];
}
