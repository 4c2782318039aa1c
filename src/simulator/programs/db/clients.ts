// The database clients themselves, loaded with the first one run (see index.ts): psql over
// $PGDATA's files (psql.ts, psql-session.ts, engine/programs/pgdata.ts), mysql and mariadb over
// /var/lib/mysql (mysql.ts, mysql-session.ts) and redis-cli over the keyspace of a redis
// server's current run (its memory: gone when the container restarts).
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { mysql } from './mysql.ts';
import { psql } from './psql.ts';
import { redisCli } from './redis-cli.ts';
import type { Keyspace } from './redis-commands.ts';

const keyspaces = new Map<string, Keyspace>();

function keyspace(c: ContainerRecord): Keyspace {
  const key = `${c.id}:${c.state.startedAt}`;
  let ks = keyspaces.get(key);
  if (!ks) keyspaces.set(key, (ks = { data: {}, expires: {} }));
  return ks;
}

/** Run the client `req.name` in container `c` (its files `fs`, as `osUser`). */
export function runClient(req: ExternalRequest, engine: Engine, c: ContainerRecord, fs: Vfs, osUser: string): Promise<number> {
  if (req.name === 'psql') return psql(req, engine, c, fs, osUser);
  // The mariadb images' `mysql` (before 11.0) is MariaDB's client under its old name.
  if (req.name === 'mysql' || req.name === 'mariadb') return mysql(req, engine, c, req.name === 'mariadb' || fs.exists('/usr/bin/mariadb') ? 'mariadb' : 'mysql');
  return redisCli(req, engine, c, keyspace);
}
