// A tiny SQL model for psql: CREATE TABLE, DROP TABLE, INSERT ... VALUES, and SELECT of
// literals, `*` or columns FROM one table with an optional `WHERE column = literal`. Tables are
// rows of strings with a numeric flag per column (integer, serial: right-aligned, serial
// numbered). Anything else is PostgreSQL's `syntax error at or near "..."` at its first token
// the model does not follow. Results and errors are values; psql.ts prints them.
import type { ResultSet } from './psql-format.ts';
import { Parser, Syntax, syntaxError, tokenize } from './sql-parse.ts';

export { splitStatements } from './sql-parse.ts';

export interface Table {
  columns: { name: string; type: string }[];
  rows: string[][];
}
export type Tables = Record<string, Table>;

export type SqlResult = { tag: string } | { rows: ResultSet } | { error: string; at?: number };

const NUMERIC = new Set(['int', 'integer', 'int4', 'int8', 'bigint', 'smallint', 'serial', 'bigserial', 'numeric', 'real']);

function createTable(p: Parser, tables: Tables): SqlResult {
  p.expect('table');
  const name = p.ident();
  p.expect('(');
  const columns: Table['columns'] = [];
  do {
    const col = p.ident();
    const type = p.ident();
    if (p.accept('(')) {
      p.next();
      p.expect(')');
    }
    while (p.accept('primary') || p.accept('key') || p.accept('not') || p.accept('null') || p.accept('unique'));
    columns.push({ name: col, type });
  } while (p.accept(','));
  p.expect(')');
  p.done();
  if (tables[name]) return { error: `relation "${name}" already exists` };
  tables[name] = { columns, rows: [] };
  return { tag: 'CREATE TABLE' };
}

function insert(p: Parser, tables: Tables): SqlResult {
  p.expect('into');
  const nameTok = p.peek();
  const name = p.ident();
  const cols: string[] = [];
  if (p.accept('(')) {
    do cols.push(p.ident());
    while (p.accept(','));
    p.expect(')');
  }
  p.expect('values');
  const tuples: string[][] = [];
  do {
    p.expect('(');
    const vals: string[] = [];
    do vals.push(p.literal().value);
    while (p.accept(','));
    p.expect(')');
    tuples.push(vals);
  } while (p.accept(','));
  p.done();
  const t = tables[name];
  if (!t) return { error: `relation "${name}" does not exist`, at: nameTok?.at };
  const target = cols.length ? cols : t.columns.map((c) => c.name);
  for (const vals of tuples) {
    const row = t.columns.map((c, i) => {
      const k = target.indexOf(c.name);
      if (k >= 0 && k < vals.length) return vals[k];
      return /serial/.test(c.type) ? String(t.rows.length + 1) : '';
    });
    t.rows.push(row);
  }
  return { tag: `INSERT 0 ${tuples.length}` };
}

type Item = { star: true } | { col: string; at: number; alias?: string } | { lit: string; numeric: boolean; alias?: string };

function selectItem(p: Parser): Item {
  if (p.accept('*')) return { star: true };
  const t = p.peek();
  let item: Item;
  if (t?.kind === 'word' && !['true', 'false', 'null'].includes(t.text)) item = { col: p.ident(), at: t.at };
  else {
    const l = p.literal();
    item = { lit: l.value, numeric: l.numeric };
  }
  if (p.accept('as')) item.alias = p.ident();
  return item;
}

function select(p: Parser, tables: Tables): SqlResult {
  const items: Item[] = [];
  do items.push(selectItem(p));
  while (p.accept(','));
  let table: Table | undefined;
  let where: { col: string; value: string } | undefined;
  if (p.accept('from')) {
    const nameTok = p.peek();
    const name = p.ident();
    if (p.accept('where')) {
      const col = p.ident();
      p.expect('=');
      where = { col, value: p.literal().value };
    }
    p.done();
    table = tables[name];
    if (!table) return { error: `relation "${name}" does not exist`, at: nameTok?.at };
  } else p.done();
  return project(items, table, where);
}

function project(items: Item[], table: Table | undefined, where?: { col: string; value: string }): SqlResult {
  const cols = table?.columns ?? [];
  const find = (name: string) => cols.findIndex((c) => c.name === name);
  const out: { name: string; numeric: boolean; get: (r: string[]) => string }[] = [];
  for (const it of items) {
    if ('star' in it) cols.forEach((c, i) => out.push({ name: c.name, numeric: NUMERIC.has(c.type), get: (r) => r[i] }));
    else if ('col' in it) {
      const i = find(it.col);
      if (i < 0) return { error: `column "${it.col}" does not exist`, at: it.at };
      out.push({ name: it.alias ?? it.col, numeric: NUMERIC.has(cols[i].type), get: (r) => r[i] });
    } else out.push({ name: it.alias ?? '?column?', numeric: it.numeric, get: () => it.lit });
  }
  if (where && find(where.col) < 0) return { error: `column "${where.col}" does not exist` };
  let rows = table ? table.rows : [[]];
  if (where) rows = rows.filter((r) => r[find(where.col)] === where.value);
  return { rows: { columns: out.map((c) => c.name), numeric: out.map((c) => c.numeric), rows: rows.map((r) => out.map((c) => c.get(r))) } };
}

/** Run one statement (without its `;`) against the tables, changing them in place. */
export function runStatement(sql: string, tables: Tables): SqlResult {
  const p = new Parser(tokenize(sql), sql.trimEnd().length);
  try {
    const verb = p.next().text;
    if (verb === 'select') return select(p, tables);
    if (verb === 'create') return createTable(p, tables);
    if (verb === 'insert') return insert(p, tables);
    if (verb === 'drop') {
      p.expect('table');
      const name = p.ident();
      p.done();
      if (!tables[name]) return { error: `table "${name}" does not exist` };
      delete tables[name];
      return { tag: 'DROP TABLE' };
    }
    p.i = 0;
    return p.fail();
  } catch (e) {
    if (e instanceof Syntax) return { error: syntaxError(sql, e.at), at: e.at };
    throw e;
  }
}
