// psql in a container: connects over the socket to the postgres of its own container, or with
// -h over TCP to another (names resolve as the container resolves them); a remote connection
// needs the password (PGPASSWORD, or asked for on the terminal) unless the server trusts all
// (POSTGRES_HOST_AUTH_METHOD=trust). Connects as -U (default: the OS user, so root fails as in
// the real image) to -d (default: the user's name), which must exist. Then -c commands, a
// script on stdin, or its prompt on the learner's terminal (psql-session.ts).
import type { Engine } from '../../engine/engine.ts';
import { containerEnv } from '../../engine/containers/start-process.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import { pgDataDir, pgInitialised, loadTables, saveTables } from '../../engine/programs/pgdata.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { findServer, POSTGRES } from '../../engine/programs/services/peers.ts';
import { databases, pieces, runOne, runRepl, runScript, type PsqlConn } from './psql-session.ts';
import type { Tables } from './sql.ts';

const SOCKET = 'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432"';
const TCP_HINT = '\n\tIs the server running on that host and accepting TCP/IP connections?';

interface Opts {
  user?: string;
  db?: string;
  host?: string;
  port?: number;
  commands: string[];
}

const LONG: Record<string, keyof Opts> = { username: 'user', dbname: 'db', host: 'host', command: 'commands' };
const SHORT: Record<string, keyof Opts> = { U: 'user', d: 'db', h: 'host', c: 'commands', p: 'port' };

function parseOpts(argv: string[]): Opts {
  const o: Opts = { commands: [] };
  const pos: string[] = [];
  const set = (key: keyof Opts, v: string) => {
    if (key === 'commands') o.commands.push(v);
    else if (key === 'port') o.port = Number(v);
    else o[key] = v;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const long = /^--(\w+)=(.*)$/.exec(a);
    const short = /^-(\w)/.exec(a);
    if (long && LONG[long[1]]) set(LONG[long[1]], long[2]);
    else if (short && SHORT[short[1]]) set(SHORT[short[1]], a.length > 2 ? a.slice(2) : (argv[++i] ?? ''));
    else if (!a.startsWith('-')) pos.push(a);
  }
  o.db ??= pos[0];
  o.user ??= pos[1];
  return o;
}

interface Server {
  fs: Vfs;
  env: Record<string, string>;
  /** How errors name the connection: the socket, or `connection to server at "db" (ip), port 5432`. */
  name: string;
  /** Its pg_hba.conf asks for a password. */
  password: boolean;
}

type Fail = (why: string) => number;

/** The server psql reaches, or its exit code after printing why not. */
function reach(engine: Engine, c: ContainerRecord, fs: Vfs, req: ExternalRequest, o: Opts, fail: Fail): Server | number {
  const host = o.host ?? req.env.PGHOST;
  if (!host || host.startsWith('/')) {
    if (!pgInitialised(fs, pgDataDir(req.env))) return fail(`${SOCKET} failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?`);
    return { fs, env: req.env, name: SOCKET, password: false };
  }
  const port = o.port ?? 5432;
  const hit = findServer(engine, c, host, port, POSTGRES);
  if (!hit.ok && hit.why === 'resolve') return fail(`could not translate host name "${host}" to address: Name or service not known`);
  const name = `connection to server at "${host}" (${hit.ip}), port ${port}`;
  if (!hit.ok) return fail(`${name} failed: ${hit.why === 'refused' ? 'Connection refused' : 'Connection timed out'}${TCP_HINT}`);
  const env = containerEnv(hit.c, '/var/lib/postgresql');
  return { fs: hit.fs, env, name, password: !hit.local && (env.POSTGRES_HOST_AUTH_METHOD || 'scram-sha-256') !== 'trust' };
}

/** SCRAM authentication: PGPASSWORD, or the password typed at psql's prompt (no echo). */
async function authenticate(req: ExternalRequest, server: Server, user: string, fail: Fail): Promise<number | undefined> {
  let password = req.env.PGPASSWORD;
  if (password === undefined && req.io.terminal) {
    const typed = await req.io.terminal.read(`Password for user ${user}: `, { hidden: true });
    req.io.stdout.write('\n');
    password = typed.kind === 'line' ? typed.text : '';
  }
  if (!password) return fail(`${server.name} failed: fe_sendauth: no password supplied`);
  const owner = server.env.POSTGRES_USER || 'postgres';
  // A database found on a volume keeps the password it was made with; the model accepts any then.
  const expected = server.env.POSTGRES_PASSWORD;
  if (user !== owner || (expected !== undefined && password !== expected)) return fail(`${server.name} failed: FATAL:  password authentication failed for user "${user}"`);
  return undefined;
}

export async function psql(req: ExternalRequest, engine: Engine, c: ContainerRecord, fs: Vfs, osUser: string): Promise<number> {
  const o = parseOpts(req.argv);
  const user = o.user ?? req.env.PGUSER ?? osUser;
  const fail: Fail = (why) => (req.io.stderr.write(`psql: error: ${why}\n`), 2);
  const server = reach(engine, c, fs, req, o, fail);
  if (typeof server === 'number') return server;
  if (server.password) {
    const denied = await authenticate(req, server, user, fail);
    if (denied !== undefined) return denied;
  }
  const owner = server.env.POSTGRES_USER || 'postgres';
  const db = o.db ?? req.env.PGDATABASE ?? user;
  if (user !== owner) return fail(`${server.name} failed: FATAL:  role "${user}" does not exist`);
  if (!databases(server.env).includes(db)) return fail(`${server.name} failed: FATAL:  database "${db}" does not exist`);
  const pgdata = pgDataDir(server.env);
  const s: PsqlConn = { io: req.io, env: server.env, all: loadTables<Tables>(server.fs, pgdata), db, owner, server: server.name };
  const save = () => saveTables(server.fs, pgdata, s.all);
  let code = 0;
  if (o.commands.length) {
    for (const cmd of o.commands) for (const p of pieces(cmd)) if (runOne(s, p) === false) code = 1;
  } else if (req.io.terminal) code = await runRepl(s, req.io.terminal, req.env, save);
  else code = runScript(s, req.env);
  save();
  return code;
}
