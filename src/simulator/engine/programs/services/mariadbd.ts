// mariadbd as the mariadb image's docker-entrypoint.sh runs it: MARIADB_* variables (MYSQL_*
// accepted as aliases), a root password option required over an empty /var/lib/mysql, the
// initialisation with a temporary server, or "MariaDB upgrade not required" over an existing
// data directory of the same version. mariadbd logs to stderr (hours space-padded).
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { base64, err, exists, failed, filesOf, lines, mariadbTime, optionValue, out, rfc3339Seconds, running, serverArgs } from './common.ts';
import { accountEnv, DATADIR, mysqlInitialised, writeDataDir, type AccountEnv } from './mysql-data.ts';
import type { ServiceModel } from './types.ts';

/** The server's version string (`12.3.2-MariaDB-ubu2404`) from the image's MARIADB_VERSION. */
export function mariadbVersion(env: Record<string, string>): string {
  const m = /^(?:\d+:)?([\d.]+)\+maria~(\w+)/.exec(env.MARIADB_VERSION ?? '');
  return m ? `${m[1]}-MariaDB-${m[2]}` : '12.3.2-MariaDB-ubu2404';
}

function note(ctx: ProgramContext, text: string): OutputChunk {
  return out(`${rfc3339Seconds(ctx.now)} [Note] [Entrypoint]: ${text}`);
}

/** A stable 40-hex "source revision" for a version (the build's git commit). */
function revision(v: string): string {
  let h = 0x811c9dc5;
  let hex = '';
  for (let i = 0; hex.length < 40; i++) {
    h = Math.imul(h ^ v.charCodeAt(i % v.length) ^ i, 0x01000193) >>> 0;
    hex += h.toString(16).padStart(8, '0');
  }
  return hex.slice(0, 40);
}

function serverStart(ctx: ProgramContext, v: string, port: number): string[] {
  const t = `${mariadbTime(ctx.now)} 0 [Note]`;
  const sockets = port ? [`${t} Server socket created on IP: '0.0.0.0', port: '${port}'.`, `${t} Server socket created on IP: '::', port: '${port}'.`] : [];
  return [
    `${t} Starting MariaDB ${v} source revision ${revision(v)} server_uid ${base64(ctx.engine.hex(20))} as process ${port ? 1 : 96}`,
    `${t} InnoDB: Initializing buffer pool, total size = 128.000MiB, chunk size = 2.000MiB`,
    `${t} InnoDB: Completed initialization of buffer pool`,
    `${t} InnoDB: 128 rollback segments in 3 undo tablespaces are active.`,
    `${t} InnoDB: log sequence number 47763; transaction id 14`,
    ...sockets,
    `${t} mariadbd: ready for connections.`,
    `Version: '${v}'  socket: '/run/mysqld/mysqld.sock'  port: ${port}  mariadb.org binary distribution`,
  ];
}

function shutdown(now: number, who: string): string[] {
  const t = `${mariadbTime(now)} 0 [Note]`;
  return [`${t} mariadbd (initiated by: ${who}): Normal shutdown`, `${t} InnoDB: Starting shutdown...`, `${t} InnoDB: Shutdown completed; log sequence number 47779; transaction id 15`, `${t} mariadbd: Shutdown complete`];
}

function initialise(ctx: ProgramContext, a: AccountEnv, v: string): OutputChunk[] {
  const root = a.random ? base64(ctx.engine.hex(24)) : a.rootPassword;
  const extra = { [`${DATADIR}/mariadb_upgrade_info`]: v, [`${DATADIR}/.my-healthcheck.cnf`]: '[mariadb-client]\n' };
  writeDataDir(filesOf(ctx), a, root, extra);
  const setup = [
    ...(a.random ? [`GENERATED ROOT PASSWORD: ${root}`] : []),
    ...(a.database ? [`Creating database ${a.database}`] : []),
    ...(a.user && a.password ? [`Creating user ${a.user}`] : []),
    ...(a.user && a.password && a.database ? [`Giving user ${a.user} access to schema ${a.database}`] : []),
    'Securing system users (equivalent to running mysql_secure_installation)',
  ];
  return [
    note(ctx, 'Initializing database files'),
    note(ctx, 'Database files initialized'),
    note(ctx, 'Starting temporary server'),
    note(ctx, 'Waiting for server startup'),
    ...lines('stderr', serverStart(ctx, v, 0)),
    note(ctx, 'Temporary server started.'),
    ...setup.map((s) => note(ctx, s)),
    out(''),
    note(ctx, 'Stopping temporary server'),
    ...lines('stderr', shutdown(ctx.now, 'root[root] @ localhost []')),
    note(ctx, 'Temporary server stopped'),
    out(''),
    note(ctx, 'MariaDB init process done. Ready for start up.'),
    out(''),
  ];
}

function start(ctx: ProgramContext, argv: string[]) {
  const v = mariadbVersion(ctx.env);
  const started = note(ctx, `Entrypoint script for MariaDB Server ${ctx.env.MARIADB_VERSION ?? v} started.`);
  const head = [started, note(ctx, "Switching to dedicated user 'mysql'"), started];
  const fs = filesOf(ctx);
  const port = Number(optionValue(argv.slice(1), '--port', '-P') ?? 3306);
  if (mysqlInitialised(fs)) {
    const upgraded = exists(fs, `${DATADIR}/mariadb_upgrade_info`) ? 'MariaDB upgrade not required' : 'MariaDB upgrade information missing, assuming required';
    return running('mariadbd', [...head, note(ctx, upgraded), ...lines('stderr', serverStart(ctx, v, port))]);
  }
  const a = accountEnv(fs, ctx.env, true);
  if (!a.rootPassword && !a.allowEmpty && !a.random) {
    const text = 'Database is uninitialized and password option is not specified\n\tYou need to specify one of MARIADB_ROOT_PASSWORD, MARIADB_ROOT_PASSWORD_HASH, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and MARIADB_RANDOM_ROOT_PASSWORD';
    return failed('mariadbd', [...head, err(`${rfc3339Seconds(ctx.now)} [ERROR] [Entrypoint]: ${text}`)]);
  }
  return running('mariadbd', [...head, ...initialise(ctx, a, v), ...lines('stderr', serverStart(ctx, v, port))]);
}

function ports(engine: Engine, c: ContainerRecord): number[] {
  return [Number(optionValue(serverArgs(engine, c).slice(1), '--port', '-P') ?? 3306)];
}

export const mariadbd: ServiceModel = {
  program: 'mariadbd',
  start,
  ports,
  stop: (_engine, _c, at) => lines('stderr', shutdown(at, 'unknown')),
};
