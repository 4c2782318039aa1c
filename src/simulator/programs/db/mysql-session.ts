// What the mysql client does once connected: statements through the tiny SQL model (sql.ts)
// plus SHOW DATABASES, SHOW TABLES and USE, in batch (-e or a script on stdin: boxes on a TTY
// or with -t, tabs to a pipe, the first error ends it) or at its prompt on the learner's
// terminal (the banner, `mysql> ` or MariaDB's `MariaDB [db]> `, `    -> `, "N rows in set",
// `exit`/`quit`/`\q` and Ctrl+D say Bye, Ctrl+C drops the statement being typed).
import type { CommandIO, TerminalReader } from '../../shell/context.ts';
import type { ResultSet } from './psql-format.ts';
import { QueryBuffer } from './query-buffer.ts';
import { replLoop } from './repl.ts';
import { runStatement, type Tables } from './sql.ts';

/** Whose client: Oracle's mysql or MariaDB's (banner, prompt, timings, warnings). */
export type Flavour = 'mysql' | 'mariadb';

export interface MysqlConn {
  io: CommandIO;
  flavour: Flavour;
  /** The server is MariaDB's (its error texts name it). */
  mariadb: boolean;
  all: Record<string, Tables>;
  dbs: string[];
  db?: string;
  /** Boxes rather than tabs in batch mode. */
  table: boolean;
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

/** The server's error (ERROR n (state)) for one the SQL model reports in PostgreSQL's words. */
function mysqlError(error: string, stmt: string, at: number | undefined, db: string, mariadb: boolean): string {
  const rel = /^relation "(.+)" (does not exist|already exists)$/.exec(error);
  if (rel) return rel[2] === 'already exists' ? `ERROR 1050 (42S01): Table '${rel[1]}' already exists` : `ERROR 1146 (42S02): Table '${db}.${rel[1]}' doesn't exist`;
  const col = /^column "(.+)" does not exist$/.exec(error);
  if (col) return `ERROR 1054 (42S22): Unknown column '${col[1]}' in 'field list'`;
  const table = /^table "(.+)" does not exist$/.exec(error);
  if (table) return `ERROR 1051 (42S02): Unknown table '${db}.${table[1]}'`;
  const near = at === undefined ? '' : stmt.slice(at);
  return `ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your ${mariadb ? 'MariaDB' : 'MySQL'} server version for the right syntax to use near '${near}' at line 1`;
}

type Outcome = { rows: ResultSet } | { affected: number; records?: number } | { note: string } | { error: string };

function use(s: MysqlConn, db: string): Outcome {
  if (!s.dbs.includes(db)) return { error: `ERROR 1049 (42000): Unknown database '${db}'` };
  s.db = db;
  const tables = Object.keys(s.all[db] ?? {}).length > 0;
  return { note: `${tables ? 'Reading table information for completion of table and column names\nYou can turn off this feature to get a quicker startup with -A\n\n' : ''}Database changed` };
}

/** One statement (without its `;`). */
export function execute(s: MysqlConn, stmt: string): Outcome {
  if (/^show\s+databases$/i.test(stmt)) return { rows: { columns: ['Database'], numeric: [false], rows: [...s.dbs].sort().map((d) => [d]) } };
  const useDb = /^use\s+`?(\w+)`?$/i.exec(stmt);
  if (useDb) return use(s, useDb[1]);
  const literalOnly = /^select\b/i.test(stmt) && !/\bfrom\b/i.test(stmt);
  if (!s.db && !literalOnly) return { error: 'ERROR 1046 (3D000): No database selected' };
  const tables = (s.all[s.db ?? ''] ??= {});
  if (/^show\s+tables$/i.test(stmt)) return { rows: { columns: [`Tables_in_${s.db}`], numeric: [false], rows: Object.keys(tables).sort().map((t) => [t]) } };
  const r = runStatement(stmt, tables);
  if ('rows' in r) return { rows: mysqlNames(r.rows) };
  if ('error' in r) return { error: mysqlError(r.error, stmt, r.at, s.db ?? '', s.mariadb) };
  const inserted = /^INSERT 0 (\d+)$/.exec(r.tag);
  return inserted ? { affected: Number(inserted[1]), records: Number(inserted[1]) } : { affected: 0 };
}

/** -e statements or a script on stdin: the first error ends it (exit 1). */
export function runBatch(s: MysqlConn, statements: string[]): number {
  const show = (rs: ResultSet) => s.io.stdout.write(s.table || s.io.tty ? formatBox(rs) : formatTabs(rs));
  for (const stmt of statements) {
    const r = execute(s, stmt);
    if ('rows' in r) show(r.rows);
    else if ('error' in r) {
      s.io.stderr.write(`${r.error.replace(/^(ERROR \d+ \(\w+\))/, '$1 at line 1')}\n`);
      return 1;
    }
  }
  return 0;
}

function showInteractive(s: MysqlConn, r: Outcome): void {
  const io = s.io;
  const sec = (n: number) => `(${n.toFixed(s.flavour === 'mariadb' ? 3 : 2)} sec)`;
  if ('error' in r) io.stderr.write(`${r.error}\n`);
  else if ('note' in r) io.stdout.write(`${r.note}\n`);
  else if ('affected' in r) {
    const rows = `${r.affected} row${r.affected === 1 ? '' : 's'} affected`;
    const records = r.records && r.records > 1 ? `Records: ${r.records}  Duplicates: 0  Warnings: 0\n` : '';
    io.stdout.write(`Query OK, ${rows} ${sec(r.records ? 0 : 0.01)}\n${records}\n`);
  } else if (r.rows.rows.length === 0) io.stdout.write(`Empty set ${sec(0)}\n\n`);
  else io.stdout.write(`${formatBox(r.rows)}${r.rows.rows.length} row${r.rows.rows.length === 1 ? '' : 's'} in set ${sec(0)}\n\n`);
}

/** The client's greeting; `server` is the version and comment the server sent. */
export function banner(flavour: Flavour, connectionId: number, server: string): string {
  if (flavour === 'mariadb') {
    return `Welcome to the MariaDB monitor.  Commands end with ; or \\g.
Your MariaDB connection id is ${connectionId}
Server version: ${server}

Copyright (c) 2000, 2018, Oracle, MariaDB Corporation Ab and others.

Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.

`;
  }
  return `Welcome to the MySQL monitor.  Commands end with ; or \\g.
Your MySQL connection id is ${connectionId}
Server version: ${server}

Copyright (c) 2000, 2026, Oracle and/or its affiliates.

Oracle is a registered trademark of Oracle Corporation and/or its
affiliates. Other names may be trademarks of their respective
owners.

Type 'help;' or '\\h' for help. Type '\\c' to clear the current input statement.

`;
}

/** One typed line; false when mysql quits. */
function typed(s: MysqlConn, buf: QueryBuffer, text: string): boolean {
  const t = text.trim();
  if (buf.open === '' && /^(exit|quit|\\q)\s*;?$/i.test(t)) return (s.io.stdout.write('Bye\n'), false);
  // `use db` is the client's own command (com_use): no `;` needed.
  const useDb = buf.open === '' ? /^use\s+`?(\w+)`?\s*;?$/i.exec(t) : null;
  if (useDb) return (showInteractive(s, use(s, useDb[1])), true);
  if (t.endsWith('\\c')) {
    buf.reset();
    return true;
  }
  for (const stmt of buf.add(text)) showInteractive(s, execute(s, stmt));
  return true;
}

/** `mysql> `, or MariaDB's `MariaDB [(none)]> ` naming the current database. */
function mainPrompt(s: MysqlConn): string {
  return s.flavour === 'mariadb' ? `MariaDB [${s.db ?? '(none)'}]> ` : 'mysql> ';
}

/** mysql at its prompt on the learner's terminal. */
export async function runRepl(s: MysqlConn, terminal: TerminalReader, save: () => void): Promise<void> {
  const buf = new QueryBuffer({ parens: false });
  await replLoop(terminal, s.io.tty, {
    prompt: () => (buf.open === '' ? mainPrompt(s) : `    ${buf.open === '-' ? '-' : buf.open}> `),
    line: (text) => {
      const more = typed(s, buf, text);
      save();
      return more;
    },
    interrupt: () => (buf.reset(), true),
    eof: () => s.io.stdout.write('Bye\n'),
  });
}
