// The database clients as a container shell's `external` hook: psql over $PGDATA's files
// (psql.ts, sql.ts, engine/programs/pgdata.ts), mysql over /var/lib/mysql (mysql.ts) and redis-cli over the keyspace of the container's current run
// (a redis server's memory: gone when the container restarts). Version flags fall through to
// runtime/programs.ts. Which images have the clients is the images' files (PATH lookup first).
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { mysql } from './mysql.ts';
import { psql } from './psql.ts';
import { redisCli, type Keyspace } from './redis-cli.ts';

const keyspaces = new Map<string, Keyspace>();

function keyspace(c: ContainerRecord): Keyspace {
  const key = `${c.id}:${c.state.startedAt}`;
  let ks = keyspaces.get(key);
  if (!ks) keyspaces.set(key, (ks = { data: {}, expires: {} }));
  return ks;
}

const isVersion = (a: string | undefined) => a === '-V' || a === '-v' || a === '--version';

export function containerDbProgram(engine: Engine, c: ContainerRecord, fs: Vfs, osUser: string): (req: ExternalRequest) => number | undefined {
  return (req) => {
    if (isVersion(req.argv[1])) return undefined;
    if (req.name === 'psql') return psql(req, fs, osUser);
    if (req.name === 'mysql') return mysql(req, fs);
    if (req.name === 'redis-cli') return redisCli(req, keyspace(c), engine.now());
    return undefined;
  };
}
