// mysqld as the mysql image's docker-entrypoint.sh runs it: it checks the options (8.4 and later
// no longer know --default-authentication-plugin), switches to the mysql user, and over an
// empty /var/lib/mysql requires a root password option, initialises the data directory, runs a
// temporary server to create MYSQL_DATABASE and MYSQL_USER and stops it; over an existing one
// ("mysql/" is there) it starts at once. Entrypoint notes go to stdout, mysqld's log to stderr.
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { base64, containerEnv, err, failed, filesOf, isoTime, lines, optionValue, out, rfc3339Seconds, running, serverArgs } from './common.ts';
import { accountEnv, mysqlInitialised, writeDataDir, type AccountEnv } from './mysql-data.ts';
import type { ServiceModel } from './types.ts';

const GPL = 'MySQL Community Server - GPL.';
const SOCK = '/var/run/mysqld/mysqld.sock';
const ZONE_FILES = ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab'];

function version(env: Record<string, string>): string {
  return (env.MYSQL_VERSION ?? '9.7.2').split('-')[0];
}

function atLeast84(v: string): boolean {
  const [a, b] = v.split('.').map(Number);
  return a > 8 || (a === 8 && b >= 4);
}

function note(ctx: ProgramContext, text: string): OutputChunk {
  return out(`${rfc3339Seconds(ctx.now)} [Note] [Entrypoint]: ${text}`);
}

function entryError(ctx: ProgramContext, text: string): OutputChunk {
  return err(`${rfc3339Seconds(ctx.now)} [ERROR] [Entrypoint]: ${text}`);
}

/** mysqld's own log line: time, thread, [level], [code], [subsystem], message. */
function mlog(now: number, thread: number, level: string, code: string, sub: string, msg: string): string {
  return `${isoTime(now, true)} ${thread} [${level}] [${code}] [${sub}] ${msg}`;
}

function serverStart(ctx: ProgramContext, v: string, pid: number, port: number): string[] {
  const x = port ? `Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock` : 'Socket: /var/run/mysqld/mysqlx.sock';
  return [
    mlog(ctx.now, 0, 'System', 'MY-015015', 'Server', 'MySQL Server - start.'),
    mlog(ctx.now, 0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${v}) starting as process ${pid}`),
    mlog(ctx.now, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
    mlog(ctx.now, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
    mlog(ctx.now, 0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.'),
    mlog(ctx.now, 0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.'),
    mlog(ctx.now, 0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory."),
    mlog(ctx.now, 0, 'System', 'MY-011323', 'Server', `X Plugin ready for connections. ${x}`),
    mlog(ctx.now, 0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${v}'  socket: '${SOCK}'  port: ${port}  ${GPL}`),
  ];
}

export function mysqlShutdown(now: number, v: string, who: string, thread: number): string[] {
  return [
    mlog(now, thread, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user ${who}. Shutting down mysqld (Version: ${v}).`),
    mlog(now, 0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${v})  ${GPL}`),
  ];
}

/** The first start over an empty data directory. */
function initialise(ctx: ProgramContext, a: AccountEnv, v: string): OutputChunk[] {
  const root = a.random ? base64(ctx.engine.hex(24)) : a.rootPassword;
  writeDataDir(filesOf(ctx), a, root);
  const setup: OutputChunk[] = [];
  if (a.random) setup.push(note(ctx, `GENERATED ROOT PASSWORD: ${root}`));
  if (a.database) setup.push(note(ctx, `Creating database ${a.database}`));
  if (a.user && a.password) setup.push(note(ctx, `Creating user ${a.user}`));
  if (a.user && a.password && a.database) setup.push(note(ctx, `Giving user ${a.user} access to schema ${a.database}`));
  return [
    note(ctx, 'Initializing database files'),
    ...lines('stderr', [
      mlog(ctx.now, 0, 'System', 'MY-015017', 'Server', 'MySQL Server Initialization - start.'),
      mlog(ctx.now, 0, 'System', 'MY-013169', 'Server', `/usr/sbin/mysqld (mysqld ${v}) initializing of server in progress as process 80`),
      mlog(ctx.now, 1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.'),
      mlog(ctx.now, 1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.'),
      mlog(ctx.now, 6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.'),
      mlog(ctx.now, 0, 'System', 'MY-015018', 'Server', 'MySQL Server Initialization - end.'),
    ]),
    note(ctx, 'Database files initialized'),
    note(ctx, 'Starting temporary server'),
    ...lines('stderr', serverStart(ctx, v, 124, 0)),
    note(ctx, 'Temporary server started.'),
    out(`'/var/lib/mysql/mysql.sock' -> '${SOCK}'`),
    ...lines('stderr', ZONE_FILES.map((f) => `Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.`)),
    ...setup,
    out(''),
    note(ctx, 'Stopping temporary server'),
    ...lines('stderr', mysqlShutdown(ctx.now, v, 'root', 10)),
    note(ctx, 'Temporary server stopped'),
    out(''),
    note(ctx, 'MySQL init process done. Ready for start up.'),
    out(''),
  ];
}

/** mysql_check_config: options mysqld does not know stop the entrypoint before anything else. */
function configError(ctx: ProgramContext, args: string[], v: string): OutputChunk[] | undefined {
  const bad = atLeast84(v) ? args.find((x) => /^--default[-_]authentication[-_]plugin/.test(x)) : undefined;
  if (!bad) return undefined;
  const cmd = `mysqld ${args.join(' ')} --verbose --help --log-bin-index=/tmp/tmp.${ctx.engine.hex(5)}`;
  return [
    note(ctx, `Entrypoint script for MySQL Server ${ctx.env.MYSQL_VERSION ?? v} started.`),
    entryError(ctx, `mysqld failed while attempting to check config\n\tcommand was: ${cmd}\n\t${mlog(ctx.now, 0, 'ERROR', 'MY-000067', 'Server', `unknown variable '${bad.slice(2)}'.`)}\n${mlog(ctx.now, 0, 'ERROR', 'MY-010119', 'Server', 'Aborting')}`),
  ];
}

function start(ctx: ProgramContext, argv: string[]) {
  const args = argv.slice(1);
  const v = version(ctx.env);
  const bad = configError(ctx, args, v);
  if (bad) return failed('mysqld', bad);
  const started = note(ctx, `Entrypoint script for MySQL Server ${ctx.env.MYSQL_VERSION ?? v} started.`);
  const head = [started, note(ctx, "Switching to dedicated user 'mysql'"), started];
  const fs = filesOf(ctx);
  const port = Number(optionValue(args, '--port', '-P') ?? 3306);
  if (mysqlInitialised(fs)) return running('mysqld', [...head, out(`'/var/lib/mysql/mysql.sock' -> '${SOCK}'`), ...lines('stderr', serverStart(ctx, v, 1, port))]);
  const a = accountEnv(fs, ctx.env, false);
  if (!a.rootPassword && !a.allowEmpty && !a.random) {
    const text = 'Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD';
    return failed('mysqld', [...head, entryError(ctx, text)]);
  }
  const warn = a.user && !a.password ? 'MYSQL_USER specified, but missing MYSQL_PASSWORD; MYSQL_USER will not be created' : !a.user && a.password ? 'MYSQL_PASSWORD specified, but missing MYSQL_USER; MYSQL_PASSWORD will be ignored' : '';
  const warning = warn ? [err(`${rfc3339Seconds(ctx.now)} [Warn] [Entrypoint]: ${warn}`)] : [];
  return running('mysqld', [...head, ...warning, ...initialise(ctx, a, v), ...lines('stderr', serverStart(ctx, v, 1, port))]);
}

function ports(engine: Engine, c: ContainerRecord): number[] {
  return [Number(optionValue(serverArgs(engine, c).slice(1), '--port', '-P') ?? 3306), 33060];
}

export const mysqld: ServiceModel = {
  program: 'mysqld',
  start,
  ports,
  stop: (_engine, c, at) => lines('stderr', mysqlShutdown(at, version(containerEnv(c)), '<via user signal>', 0)),
};
