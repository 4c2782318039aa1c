// The clients of the service images as a container shell's `external` hook: mongosh and the
// probes health checks run (pg_isready, mysqladmin/mariadb-admin ping, MariaDB's healthcheck.sh,
// rabbitmq-diagnostics, rabbitmqctl). Their code (clients.ts) loads when one first runs; which
// images have them is the images' files (PATH lookup first). Version flags fall through.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { ExternalRequest } from '../../shell/context.ts';

const CLIENTS = new Set(['mongosh', 'pg_isready', 'mysqladmin', 'mariadb-admin', 'healthcheck.sh', 'rabbitmq-diagnostics', 'rabbitmqctl']);

const isVersion = (a: string | undefined) => a === '-V' || a === '-v' || a === '--version';

export function containerServiceClient(engine: Engine, c: ContainerRecord): (req: ExternalRequest) => Promise<number> | undefined {
  return (req) => {
    if (!CLIENTS.has(req.name) || isVersion(req.argv[1])) return undefined;
    return import('./clients.ts').then((m) => m.runClient(engine, c, req));
  };
}
