// The mysql client in a container (and MariaDB's, `mariadb`, which the mariadb images also
// install as `mysql` before 11.0): to the server of its own container over the socket, or with
// -h/-P over TCP to another one (names resolve as the container resolves them; mysqld or
// mariadbd). `-u`/`-p<pw>` are checked against the accounts the server's entrypoint created in
// its data directory (mysql-auth.ts); `-p` alone asks for the password on the terminal. Then
// `-e` statements, a script on stdin, or its prompt (mysql-session.ts). Tables live in the
// server's data directory (/var/lib/mysql/dockyard-tables.json, by database).
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { findServer, MYSQL, type ServerFound } from '../../engine/programs/services/peers.ts';
import { mariadbVersion } from '../../engine/programs/services/mariadbd.ts';
import { login } from './mysql-auth.ts';
import { banner, runBatch, runRepl, type Flavour, type MysqlConn } from './mysql-session.ts';
import { splitStatements, type Tables } from './sql.ts';

const STORE = '/var/lib/mysql/dockyard-tables.json';

interface Opts {
  user: string;
  /** undefined: none given; null: `-p` alone, ask for it. */
  password?: string | null;
  db?: string;
  host?: string;
  port: number;
  exec: string[];
  table: boolean;
}

function parseOpts(argv: string[]): Opts {
  const o: Opts = { user: 'root', exec: [], table: false, port: 3306 };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.length > 2 ? a.slice(2) : (argv[++i] ?? ''));
    if (a.startsWith('--password=')) o.password = a.slice(11);
    else if (a === '--password') o.password = null;
    else if (a.startsWith('--user=')) o.user = a.slice(7);
    else if (a.startsWith('--host=')) o.host = a.slice(7);
    else if (a.startsWith('--port=')) o.port = Number(a.slice(7));
    else if (a.startsWith('--database=')) o.db = a.slice(11);
    else if (a.startsWith('--execute=')) o.exec.push(a.slice(10));
    else if (a.startsWith('-p')) o.password = a.length > 2 ? a.slice(2) : null;
    else if (a.startsWith('-u')) o.user = val();
    else if (a.startsWith('-e')) o.exec.push(val());
    else if (a.startsWith('-D')) o.db = val();
    else if (a.startsWith('-h')) o.host = val();
    else if (a.startsWith('-P')) o.port = Number(val());
    else if (a === '-t' || a === '--table') o.table = true;
    else if (!a.startsWith('-')) o.db = a;
  }
  return o;
}

/** The client's words for a connection that failed (libmysqlclient's or MariaDB Connector/C's). */
function connectError(o: Opts, why: 'resolve' | 'refused' | 'timeout', flavour: Flavour): string {
  const server = flavour === 'mariadb' ? 'server' : 'MySQL server';
  if (!o.host || o.host === 'localhost') {
    const socket = flavour === 'mariadb' ? '/run/mysqld/mysqld.sock' : '/var/run/mysqld/mysqld.sock';
    return `ERROR 2002 (HY000): Can't connect to local ${server} through socket '${socket}' (2)`;
  }
  if (why === 'resolve') return `ERROR 2005 (HY000): Unknown ${server} host '${o.host}' (-2)`;
  const where = flavour === 'mariadb' ? o.host : `${o.host}:${o.port}`;
  return `ERROR 2003 (HY000): Can't connect to ${server} on '${where}' (${why === 'refused' ? 111 : 110})`;
}

/** Connection ids by server run: the entrypoint's own connections came first. */
const connectionIds = new Map<string, number>();

function nextConnectionId(server: ContainerRecord, mariadb: boolean): number {
  const key = `${server.id}:${server.state.startedAt}`;
  const id = (connectionIds.get(key) ?? (mariadb ? 2 : 7)) + 1;
  connectionIds.set(key, id);
  return id;
}

function load(fs: Vfs): Record<string, Tables> {
  try {
    return JSON.parse(fs.readFile(STORE)) as Record<string, Tables>;
  } catch {
    return {};
  }
}

/** The `Server version:` line's text: the version and the server's comment. */
function serverVersion(hit: ServerFound, mariadb: boolean): string {
  if (mariadb) return `${mariadbVersion(hit.env)} mariadb.org binary distribution`;
  return `${(hit.env.MYSQL_VERSION ?? '9.7.2').split(/[-\s]/)[0]} MySQL Community Server - GPL`;
}

async function password(req: ExternalRequest, o: Opts): Promise<string> {
  if (o.password !== null) return o.password ?? '';
  const { io } = req;
  if (!io.terminal) return '';
  const typed = await io.terminal.read('Enter password: ', { hidden: true });
  io.stdout.write('\n');
  return typed.kind === 'line' ? typed.text : '';
}

/** mysql or mariadb (`flavour`: whose client it is) run in container `c`. */
export async function mysql(req: ExternalRequest, engine: Engine, c: ContainerRecord, flavour: Flavour): Promise<number> {
  const { io } = req;
  const fail = (text: string) => (io.stderr.write(`${text}\n`), 1);
  const o = parseOpts(req.argv);
  if (o.password && flavour === 'mysql') io.stderr.write('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
  const hit = findServer(engine, c, o.host === 'localhost' ? '' : (o.host ?? ''), o.port, MYSQL);
  const pw = await password(req, o);
  if (!hit.ok) return fail(connectError(o, hit.why, flavour));
  const mariadb = hit.c.process?.program === 'mariadbd';
  const from = hit.local ? 'localhost' : hit.peer;
  const auth = login(hit.fs, { user: o.user, password: pw, from, db: o.db, server: mariadb ? 'MariaDB' : 'MySQL' });
  if ('error' in auth) return fail(auth.error);
  const s: MysqlConn = { io, all: load(hit.fs), dbs: auth.dbs, db: o.db, table: o.table, flavour, mariadb };
  const save = () => hit.fs.writeFile(STORE, `${JSON.stringify(s.all)}\n`);
  let code = 0;
  if (o.exec.length || !io.terminal) code = runBatch(s, splitStatements(o.exec.length ? o.exec.join(';') : io.stdin));
  else {
    if (io.tty) io.stdout.write(banner(flavour, nextConnectionId(hit.c, mariadb), serverVersion(hit, mariadb)));
    await runRepl(s, io.terminal, save);
  }
  save();
  return code;
}
