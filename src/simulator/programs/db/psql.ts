// psql in a postgres container, over the model's tables in $PGDATA (sql.ts): `-c SQL` (exit 1
// on an error), or statements and meta-commands (\l, \dt, \q) read from stdin; with a TTY the
// banner and `db=#` prompts. Connects as -U (default: the OS user, so root fails as in the real
// image) to -d (default: the user's name), which must exist.
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { pgDataDir, pgInitialised, loadTables, saveTables } from '../../engine/programs/pgdata.ts';
import { formatAligned, type ResultSet } from './psql-format.ts';
import { runStatement, splitStatements, type Tables } from './sql.ts';

const SOCKET = 'connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed';

interface Opts {
  user?: string;
  db?: string;
  commands: string[];
}

function parseOpts(argv: string[]): Opts {
  const o: Opts = { commands: [] };
  const pos: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const long = /^--(\w+)=(.*)$/.exec(a);
    const val = (): string => (a.length > 2 ? a.slice(2) : (argv[++i] ?? ''));
    if (long && long[1] === 'username') o.user = long[2];
    else if (long && long[1] === 'dbname') o.db = long[2];
    else if (long && long[1] === 'command') o.commands.push(long[2]);
    else if (a.startsWith('-U')) o.user = val();
    else if (a.startsWith('-d')) o.db = val();
    else if (a.startsWith('-c')) o.commands.push(val());
    else if (a.startsWith('-h') || a.startsWith('-p')) val();
    else if (!a.startsWith('-')) pos.push(a);
  }
  o.db ??= pos[0];
  o.user ??= pos[1];
  return o;
}

function databases(env: Record<string, string>): string[] {
  const owner = env.POSTGRES_USER || 'postgres';
  return [...new Set([env.POSTGRES_DB || owner, 'postgres', 'template0', 'template1'])].sort();
}

function listDatabases(env: Record<string, string>): string {
  const owner = env.POSTGRES_USER || 'postgres';
  const acl = `=c/${owner}\n${owner}=CTc/${owner}`;
  const rows = databases(env).map((n) => [n, owner, 'UTF8', 'libc', 'en_US.utf8', 'en_US.utf8', '', '', n.startsWith('template') ? acl : '']);
  const columns = ['Name', 'Owner', 'Encoding', 'Locale Provider', 'Collate', 'Ctype', 'Locale', 'ICU Rules', 'Access privileges'];
  return formatAligned({ title: 'List of databases', columns, numeric: columns.map(() => false), rows });
}

function listTables(tables: Tables, owner: string): ResultSet | undefined {
  const names = Object.keys(tables).sort();
  if (names.length === 0) return undefined;
  const rows = names.map((n) => ['public', n, 'table', owner]);
  return { title: 'List of relations', columns: ['Schema', 'Name', 'Type', 'Owner'], numeric: [false, false, false, false], rows };
}

interface Session {
  req: ExternalRequest;
  tables: Tables;
  owner: string;
}

/** One statement or meta-command; false when it failed. */
function runOne(s: Session, text: string): boolean | 'quit' {
  const { io } = s.req;
  if (text.startsWith('\\')) {
    const cmd = text.split(/\s+/)[0];
    if (cmd === '\\q') return 'quit';
    if (cmd === '\\l') io.stdout.write(listDatabases(s.req.env));
    else if (cmd === '\\dt') {
      const rs = listTables(s.tables, s.owner);
      if (rs) io.stdout.write(formatAligned(rs));
      else io.stderr.write('Did not find any relations.\n');
    } else {
      io.stderr.write(`invalid command ${cmd}\nTry \\? for help.\n`);
      return false;
    }
    return true;
  }
  const r = runStatement(text, s.tables);
  if ('tag' in r) io.stdout.write(`${r.tag}\n`);
  else if ('rows' in r) io.stdout.write(formatAligned(r.rows));
  else {
    const pointer = r.at === undefined ? '' : `LINE 1: ${text}\n${' '.repeat(8 + r.at)}^\n`;
    io.stderr.write(`ERROR:  ${r.error}\n${pointer}`);
    return false;
  }
  return true;
}

/** Lines of a script: meta-commands on their own, SQL split at semicolons. */
function pieces(line: string): string[] {
  return line.trim().startsWith('\\') ? [line.trim()] : splitStatements(line);
}

export function psql(req: ExternalRequest, fs: Vfs, osUser: string): number {
  const env = req.env;
  const o = parseOpts(req.argv);
  const user = o.user ?? env.PGUSER ?? osUser;
  const db = o.db ?? env.PGDATABASE ?? user;
  const pgdata = pgDataDir(env);
  const fail = (why: string) => (req.io.stderr.write(`psql: error: ${SOCKET}: ${why}\n`), 2);
  if (!pgInitialised(fs, pgdata)) return fail('No such file or directory\n\tIs the server running locally and accepting connections on that socket?');
  const owner = env.POSTGRES_USER || 'postgres';
  if (user !== owner) return fail(`FATAL:  role "${user}" does not exist`);
  if (!databases(env).includes(db)) return fail(`FATAL:  database "${db}" does not exist`);
  const all = loadTables<Tables>(fs, pgdata);
  const s: Session = { req, tables: (all[db] ??= {}), owner };
  let code = 0;
  if (o.commands.length) {
    for (const c of o.commands) for (const p of pieces(c)) if (runOne(s, p) === false) code = 1;
  } else code = interactive(s, db);
  saveTables(fs, pgdata, all);
  return code;
}

function interactive(s: Session, db: string): number {
  const { io, env } = s.req;
  const tty = io.tty;
  const pkg = env.PG_VERSION ?? '18.6-1.pgdg13+2';
  if (tty) io.stdout.write(`psql (${pkg.split('-')[0]} (Debian ${pkg}))\nType "help" for help.\n\n`);
  for (const line of io.stdin.split('\n')) {
    if (line.trim() === '') continue;
    if (tty) io.stdout.write(`${db}=# ${line}\n`);
    for (const p of pieces(line)) if (runOne(s, p) === 'quit') return 0;
  }
  if (tty) io.stdout.write(`${db}=# \\q\n`);
  return 0;
}
