// What the postgres entrypoint prints while it initialises a new PGDATA: initdb's report (its
// trust warning on stderr), pg_ctl starting a temporary server on the socket only, CREATE
// DATABASE for a POSTGRES_DB other than postgres, the /docker-entrypoint-initdb.d scripts (none
// here: the literal glob is "ignored"), the fast shutdown and "init process complete". The
// server's own LOG lines go to stderr between pg_ctl's dots, as they interleave in docker logs.
import type { OutputChunk, ProgramContext } from '../types.ts';
import { lines, pgTime } from './common.ts';

const TEMP = 48;

function initdbReport(dir: string, major: number): string[] {
  return [
    'The files belonging to this database system will be owned by user "postgres".',
    'This user must also own the server process.',
    '',
    'The database cluster will be initialized with locale "en_US.utf8".',
    'The default database encoding has accordingly been set to "UTF8".',
    'The default text search configuration will be set to "english".',
    '',
    `Data page checksums are ${major >= 18 ? 'enabled' : 'disabled'}.`,
    '',
    `fixing permissions on existing directory ${dir} ... ok`,
    'creating subdirectories ... ok',
    'selecting dynamic shared memory implementation ... posix',
    'selecting default "max_connections" ... 100',
    'selecting default "shared_buffers" ... 128MB',
    'selecting default time zone ... Etc/UTC',
    'creating configuration files ... ok',
    'running bootstrap script ... ok',
    'performing post-bootstrap initialization ... ok',
    'syncing data to disk ... ok',
    '',
    '',
    'Success. You can now start the database server using:',
    '',
    `    pg_ctl -D ${dir} -l logfile start`,
    '',
  ];
}

export function initdbLines(ctx: ProgramContext, dir: string, version: string, major: number): OutputChunk[] {
  const t = pgTime(ctx.now);
  const down = `${t.slice(0, 19)} UTC`;
  const db = ctx.env.POSTGRES_DB || ctx.env.POSTGRES_USER || 'postgres';
  return [
    ...lines('stdout', initdbReport(dir, major)),
    ...lines('stderr', [
      'initdb: warning: enabling "trust" authentication for local connections',
      'initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.',
    ]),
    { stream: 'stdout', text: 'waiting for server to start....' },
    ...lines('stderr', [
      `${t} [${TEMP}] LOG:  starting ${version}`,
      `${t} [${TEMP}] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"`,
      `${t} [51] LOG:  database system was shut down at ${down}`,
      `${t} [${TEMP}] LOG:  database system is ready to accept connections`,
    ]),
    ...lines('stdout', [' done', 'server started', ...(db !== 'postgres' ? ['CREATE DATABASE'] : []), '', '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*', '']),
    { stream: 'stdout', text: 'waiting for server to shut down....' },
    ...lines('stderr', [
      `${t} [${TEMP}] LOG:  received fast shutdown request`,
      `${t} [${TEMP}] LOG:  aborting any active transactions`,
      `${t} [${TEMP}] LOG:  background worker "logical replication launcher" (PID 54) exited with exit code 1`,
      `${t} [49] LOG:  shutting down`,
      `${t} [49] LOG:  checkpoint starting: shutdown immediate`,
      `${t} [${TEMP}] LOG:  database system is shut down`,
    ]),
    ...lines('stdout', [' done', 'server stopped', '', 'PostgreSQL init process complete; ready for start up.', '']),
  ];
}
