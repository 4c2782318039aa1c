// The service clients behind index.ts, loaded on first use: mongosh over a mongod's /data/db
// (mongosh.ts) and the health-check probes (health.ts).
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { healthProbe } from './health.ts';
import { mongosh } from './mongosh.ts';

export function runClient(engine: Engine, c: ContainerRecord, req: ExternalRequest): number | Promise<number> {
  return req.name === 'mongosh' ? mongosh(engine, c, req) : healthProbe(engine, c, req);
}
