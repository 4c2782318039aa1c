// The mysql client in a container: to the server of its own container (the socket), or with
// -h/-P over TCP to another one (names resolve as the container resolves them). `-u`/`-p<pw>`
// checked against the server's MYSQL_ROOT_PASSWORD (or MYSQL_USER/MYSQL_PASSWORD); `-p` alone
// asks for the password on the terminal. Then `-e` statements, a script on stdin, or its prompt
// (mysql-session.ts). Tables live in the server's data directory
// (/var/lib/mysql/dockyard-tables.json, by database).
import { containerFs } from '../../engine/containers/container-fs.ts';
import { containerEnv } from '../../engine/containers/start-process.ts';
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { connect, MYSQL } from './connect.ts';
import { banner, runBatch, runRepl, type MysqlConn } from './mysql-session.ts';
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
  const o: Opts = { user: 'root', exec: [], table: false, port: MYSQL.port };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.length > 2 ? a.slice(2) : (argv[++i] ?? ''));
    if (a.startsWith('--password=')) o.password = a.slice(11);
    else if (a === '--password') o.password = null;
    else if (a.startsWith('--user=')) o.user = a.slice(7);
    else if (a.startsWith('--host=')) o.host = a.slice(7);
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

function authorised(env: Record<string, string>, user: string, pw: string): boolean {
  if (user === 'root') return env.MYSQL_ALLOW_EMPTY_PASSWORD ? pw === '' : !!env.MYSQL_ROOT_PASSWORD && pw === env.MYSQL_ROOT_PASSWORD;
  return user === env.MYSQL_USER && pw === (env.MYSQL_PASSWORD ?? '');
}

/** The server mysql reaches, or the client's error. */
function reach(engine: Engine, c: ContainerRecord, o: Opts): { server: ContainerRecord; from: string } | { error: string } {
  const conn = connect(engine, c, o.host ?? 'localhost', o.port, MYSQL);
  if (!('error' in conn)) return { server: conn.server, from: conn.server.id === c.id ? 'localhost' : conn.peer };
  if (!o.host || o.host === 'localhost') return { error: "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)" };
  if (conn.error === 'resolve') return { error: `ERROR 2005 (HY000): Unknown MySQL server host '${o.host}' (-2)` };
  return { error: `ERROR 2003 (HY000): Can't connect to MySQL server on '${o.host}:${o.port}' (${conn.error === 'refused' ? 111 : 110})` };
}

/** Connection ids by server run: the entrypoint's own connections came first. */
const connectionIds = new Map<string, number>();

function nextConnectionId(server: ContainerRecord): number {
  const key = `${server.id}:${server.state.startedAt}`;
  const id = (connectionIds.get(key) ?? 7) + 1;
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

export async function mysql(req: ExternalRequest, engine: Engine, c: ContainerRecord): Promise<number> {
  const { io } = req;
  const fail = (text: string) => (io.stderr.write(`${text}\n`), 1);
  const o = parseOpts(req.argv);
  if (o.password) io.stderr.write('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
  const target = reach(engine, c, o);
  if (o.password === null) {
    const typed = io.terminal ? await io.terminal.read('Enter password: ', { hidden: true }) : undefined;
    if (io.terminal) io.stdout.write('\n');
    o.password = typed?.kind === 'line' ? typed.text : '';
  }
  if ('error' in target) return fail(target.error);
  const env = containerEnv(target.server, '/root');
  if (!authorised(env, o.user, o.password ?? '')) {
    return fail(`ERROR 1045 (28000): Access denied for user '${o.user}'@'${target.from}' (using password: ${o.password ? 'YES' : 'NO'})`);
  }
  const dbs = ['information_schema', 'mysql', 'performance_schema', 'sys', ...(env.MYSQL_DATABASE ? [env.MYSQL_DATABASE] : [])];
  if (o.db && !dbs.includes(o.db)) return fail(`ERROR 1049 (42000): Unknown database '${o.db}'`);
  const fs = containerFs(engine, target.server);
  const s: MysqlConn = { io, all: load(fs), dbs, db: o.db, table: o.table };
  const save = () => fs.writeFile(STORE, `${JSON.stringify(s.all)}\n`);
  const id = nextConnectionId(target.server);
  let code = 0;
  if (o.exec.length || !io.terminal) code = runBatch(s, splitStatements(o.exec.length ? o.exec.join(';') : io.stdin));
  else {
    if (io.tty) io.stdout.write(banner(id, (env.MYSQL_VERSION ?? '9.5.0').split(/[-\s]/)[0]));
    await runRepl(s, io.terminal, save);
  }
  save();
  return code;
}
