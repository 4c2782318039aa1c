// The mysql client in a mysql container over the tiny SQL model (sql.ts), tables kept in the
// data directory (/var/lib/mysql/dockyard-tables.json, by database). `-u`/`-p<pw>` checked
// against MYSQL_ROOT_PASSWORD (or MYSQL_USER/MYSQL_PASSWORD), `-e` statements, the database
// as -D or the argument; results as boxes on a TTY or with -t, tab-separated to a pipe.
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import type { ResultSet } from './psql-format.ts';
import { runStatement, splitStatements, type Tables } from './sql.ts';

const STORE = '/var/lib/mysql/dockyard-tables.json';

interface Opts {
  user: string;
  password?: string;
  db?: string;
  exec: string[];
  table: boolean;
}

function parseOpts(argv: string[]): Opts {
  const o: Opts = { user: 'root', exec: [], table: false };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (a.length > 2 ? a.slice(2) : (argv[++i] ?? ''));
    if (a.startsWith('--password=')) o.password = a.slice(11);
    else if (a.startsWith('--user=')) o.user = a.slice(7);
    else if (a.startsWith('--execute=')) o.exec.push(a.slice(10));
    else if (a.startsWith('-p')) o.password = a.slice(2);
    else if (a.startsWith('-u')) o.user = val();
    else if (a.startsWith('-e')) o.exec.push(val());
    else if (a.startsWith('-D')) o.db = val();
    else if (a.startsWith('-h') || a.startsWith('-P')) val();
    else if (a === '-t' || a === '--table') o.table = true;
    else if (!a.startsWith('-')) o.db = a;
  }
  return o;
}

/** A box as mysql draws it: +---+ rules, | cells |, numbers right-aligned. */
export function formatBox(rs: ResultSet): string {
  const w = rs.columns.map((h, i) => Math.max(h.length, ...rs.rows.map((r) => r[i].length)));
  const rule = `+${w.map((n) => '-'.repeat(n + 2)).join('+')}+`;
  const line = (cells: string[], header: boolean) =>
    `| ${cells.map((c, i) => (rs.numeric[i] && !header ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' | ')} |`;
  return `${[rule, line(rs.columns, true), rule, ...rs.rows.map((r) => line(r, false)), rule].join('\n')}\n`;
}

function formatTabs(rs: ResultSet): string {
  return `${[rs.columns, ...rs.rows].map((r) => r.join('\t')).join('\n')}\n`;
}

/** mysql names an expression column by its text: `SELECT 1` has the column "1". */
function mysqlNames(rs: ResultSet): ResultSet {
  return { ...rs, columns: rs.columns.map((c, i) => (c === '?column?' ? (rs.rows[0]?.[i] ?? c) : c)) };
}

function accessDenied(req: ExternalRequest, o: Opts): number {
  req.io.stderr.write(`ERROR 1045 (28000): Access denied for user '${o.user}'@'localhost' (using password: ${o.password ? 'YES' : 'NO'})\n`);
  return 1;
}

function authorised(env: Record<string, string>, o: Opts): boolean {
  const pw = o.password ?? '';
  if (o.user === 'root') return env.MYSQL_ALLOW_EMPTY_PASSWORD ? pw === '' : !!env.MYSQL_ROOT_PASSWORD && pw === env.MYSQL_ROOT_PASSWORD;
  return o.user === env.MYSQL_USER && pw === (env.MYSQL_PASSWORD ?? '');
}

/** The server's error for one the SQL model reports in PostgreSQL's words. */
function mysqlError(error: string, stmt: string, at: number | undefined, db: string): string {
  const rel = /^relation "(.+)" (does not exist|already exists)$/.exec(error);
  if (rel) return rel[2] === 'already exists' ? `ERROR 1050 (42S01) at line 1: Table '${rel[1]}' already exists` : `ERROR 1146 (42S02) at line 1: Table '${db}.${rel[1]}' doesn't exist`;
  const col = /^column "(.+)" does not exist$/.exec(error);
  if (col) return `ERROR 1054 (42S22) at line 1: Unknown column '${col[1]}' in 'field list'`;
  const table = /^table "(.+)" does not exist$/.exec(error);
  if (table) return `ERROR 1051 (42S02) at line 1: Unknown table '${db}.${table[1]}'`;
  const near = at === undefined ? '' : stmt.slice(at);
  return `ERROR 1064 (42000) at line 1: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${near}' at line 1`;
}

export function mysql(req: ExternalRequest, fs: Vfs): number {
  const o = parseOpts(req.argv);
  if (o.password) req.io.stderr.write('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
  if (!authorised(req.env, o)) return accessDenied(req, o);
  const dbs = ['information_schema', 'mysql', 'performance_schema', 'sys', ...(req.env.MYSQL_DATABASE ? [req.env.MYSQL_DATABASE] : [])];
  if (o.db && !dbs.includes(o.db)) {
    req.io.stderr.write(`ERROR 1049 (42000): Unknown database '${o.db}'\n`);
    return 1;
  }
  let all: Record<string, Tables> = {};
  try {
    all = JSON.parse(fs.readFile(STORE)) as Record<string, Tables>;
  } catch {
    // no tables yet
  }
  const show = (rs: ResultSet) => req.io.stdout.write(o.table || req.io.tty ? formatBox(rs) : formatTabs(rs));
  const script = o.exec.length ? o.exec.join(';') : req.io.stdin;
  for (const stmt of splitStatements(script)) {
    if (/^show\s+databases$/i.test(stmt)) {
      show({ columns: ['Database'], numeric: [false], rows: dbs.sort().map((d) => [d]) });
      continue;
    }
    const literalOnly = /^select\b/i.test(stmt) && !/\bfrom\b/i.test(stmt);
    if (!o.db && !literalOnly) {
      req.io.stderr.write('ERROR 1046 (3D000) at line 1: No database selected\n');
      return 1;
    }
    const r = runStatement(stmt, (all[o.db ?? ''] ??= {}));
    if ('rows' in r) show(mysqlNames(r.rows));
    else if ('error' in r) {
      req.io.stderr.write(`${mysqlError(r.error, stmt, r.at, o.db ?? '')}\n`);
      return 1;
    }
  }
  fs.writeFile(STORE, `${JSON.stringify(all)}\n`);
  return 0;
}
