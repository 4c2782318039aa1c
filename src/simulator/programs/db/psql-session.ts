// What psql does once connected: statements through the tiny SQL model (sql.ts) and the
// meta-commands \l, \dt (\d), \c, \r, \q, from -c, from a script on stdin, or at its prompt on
// the learner's terminal: the banner, `db=#` and the continuation prompts (`db-#`, `db(#`,
// `db'#`), `help`, `quit`; Ctrl+C drops the query buffer, Ctrl+D prints \q and ends.
import type { CommandIO, TerminalReader } from '../../shell/context.ts';
import { formatAligned, type ResultSet } from './psql-format.ts';
import { QueryBuffer } from './query-buffer.ts';
import { replLoop } from './repl.ts';
import { runStatement, splitStatements, type Tables } from './sql.ts';

export interface PsqlConn {
  io: CommandIO;
  /** The server's environment (POSTGRES_USER, POSTGRES_DB). */
  env: Record<string, string>;
  /** Every database's tables. */
  all: Record<string, Tables>;
  db: string;
  owner: string;
  /** How a failed \c names the server ("connection to server on socket ..."). */
  server: string;
}

const HELP = `You are using psql, the command-line interface to PostgreSQL.
Type:  \\copyright for distribution terms
       \\h for help with SQL commands
       \\? for help with psql commands
       \\g or terminate with semicolon to execute query
       \\q to quit
`;

export function databases(env: Record<string, string>): string[] {
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

/** The server's `LINE n:` context and the caret under offset `at` of the statement. */
function errorContext(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = `LINE ${text.slice(0, start).split('\n').length}: `;
  return `${prefix}${text.slice(start).split('\n')[0]}\n${' '.repeat(prefix.length + at - start)}^\n`;
}

function connectTo(s: PsqlConn, db: string | undefined): boolean {
  if (db && !databases(s.env).includes(db)) {
    s.io.stderr.write(`${s.server} failed: FATAL:  database "${db}" does not exist\nPrevious connection kept\n`);
    return false;
  }
  s.db = db ?? s.db;
  s.io.stdout.write(`You are now connected to database "${s.db}" as user "${s.owner}".\n`);
  return true;
}

function runMeta(s: PsqlConn, text: string): boolean | 'quit' {
  const [cmd, arg] = text.split(/\s+/);
  const { io } = s;
  if (cmd === '\\q' || cmd === '\\quit') return 'quit';
  if (cmd === '\\l' || cmd === '\\list') io.stdout.write(listDatabases(s.env));
  else if (cmd === '\\dt' || cmd === '\\d') {
    const rs = listTables((s.all[s.db] ??= {}), s.owner);
    if (rs) io.stdout.write(formatAligned(rs));
    else io.stderr.write('Did not find any relations.\n');
  } else if (cmd === '\\c' || cmd === '\\connect') return connectTo(s, arg);
  else if (cmd === '\\r' || cmd === '\\reset') io.stdout.write('Query buffer reset (cleared).\n');
  else {
    io.stderr.write(`invalid command ${cmd}\nTry \\? for help.\n`);
    return false;
  }
  return true;
}

/**
 * One statement (without its `;`) or meta-command; false when it failed, 'quit' for \q. `sent`:
 * the query as the server got it (psql sends a typed statement with its `;`), for the error's context.
 */
export function runOne(s: PsqlConn, text: string, sent = text): boolean | 'quit' {
  if (text.startsWith('\\')) return runMeta(s, text);
  const r = runStatement(text, (s.all[s.db] ??= {}));
  if ('tag' in r) s.io.stdout.write(`${r.tag}\n`);
  else if ('rows' in r) s.io.stdout.write(formatAligned(r.rows));
  else {
    // What ends early ends at the `;` the server got with it.
    const error = r.error === 'syntax error at end of input' && sent.endsWith(';') ? 'syntax error at or near ";"' : r.error;
    s.io.stderr.write(`ERROR:  ${error}\n${r.at === undefined ? '' : errorContext(sent, r.at)}`);
    return false;
  }
  return true;
}

/** Lines of a script: meta-commands on their own, SQL split at semicolons. */
export function pieces(line: string): string[] {
  return line.trim().startsWith('\\') ? [line.trim()] : splitStatements(line);
}

export function banner(clientEnv: Record<string, string>): string {
  const pkg = clientEnv.PG_VERSION ?? '18.6-1.pgdg13+2';
  return `psql (${pkg.split('-')[0]} (Debian ${pkg}))\nType "help" for help.\n\n`;
}

/** Statements piped into psql; with a TTY the banner and the prompts are echoed as typed. */
export function runScript(s: PsqlConn, clientEnv: Record<string, string>): number {
  const { io } = s;
  if (io.tty) io.stdout.write(banner(clientEnv));
  for (const line of io.stdin.split('\n')) {
    if (line.trim() === '') continue;
    if (io.tty) io.stdout.write(`${s.db}=# ${line}\n`);
    for (const p of pieces(line)) if (runOne(s, p) === 'quit') return 0;
  }
  if (io.tty) io.stdout.write(`${s.db}=# \\q\n`);
  return 0;
}

/** One line typed at the prompt; false when psql quits. */
function typed(s: PsqlConn, buf: QueryBuffer, text: string): boolean {
  const t = text.trim();
  if (buf.open === '') {
    if (t === '') return true;
    if (/^help$/i.test(t)) return (s.io.stdout.write(HELP), true);
    if (/^(quit|exit)\s*;?$/i.test(t)) return false;
  }
  if (t.startsWith('\\')) {
    if (t === '\\r' || t === '\\reset') buf.reset();
    return runOne(s, t) !== 'quit';
  }
  for (const stmt of buf.add(text)) runOne(s, stmt, `${stmt};`);
  return true;
}

/** psql at its prompt on the learner's terminal. */
export async function runRepl(s: PsqlConn, terminal: TerminalReader, clientEnv: Record<string, string>, save: () => void): Promise<number> {
  const { io } = s;
  if (io.tty) io.stdout.write(banner(clientEnv));
  const buf = new QueryBuffer({ parens: true });
  await replLoop(terminal, io.tty, {
    prompt: () => `${s.db}${buf.open || '='}# `,
    line: (text) => {
      const more = typed(s, buf, text);
      save();
      return more;
    },
    interrupt: () => (buf.reset(), true),
    eof: () => {
      if (io.tty) io.stdout.write('\\q\n');
    },
  });
  return 0;
}
