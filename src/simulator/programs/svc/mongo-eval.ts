// Evaluates mongosh statements (mongo-js.ts) against a server's data (mongo-store.ts): the `db`
// object with its collections and commands, cursors, `use`/`show`, print/printjson, ObjectId
// and ISODate. With access control on, commands other than ping need an authenticated user.
import type { Doc } from '../../engine/programs/services/mongo-store.ts';
import { JsError, type Node, type Statement } from './mongo-js.ts';
import { inspect } from './mongo-inspect.ts';
import { collMethod } from './mongo-coll.ts';
import { MongoError, oid, requireAuth, type MongoSession, type Ref } from './mongo-session.ts';

export { MongoError, type MongoSession } from './mongo-session.ts';

type Method = { __m: 'method'; self: Ref | null; name: string; path: string };

const GLOBALS = new Set(['ObjectId', 'ISODate', 'Date', 'print', 'printjson', 'quit', 'exit', 'UUID']);
const DB_METHODS = new Set(['runCommand', 'adminCommand', 'getName', 'version', 'getCollectionNames', 'createCollection', 'dropDatabase', 'createUser', 'getSiblingDB', 'getCollection', 'getUsers']);

function isRef(v: unknown): v is Ref | Method {
  return !!v && typeof v === 'object' && '__m' in (v as object);
}

function pathOf(v: unknown): string {
  if (!isRef(v)) return '';
  if (v.__m === 'db') return 'db';
  if (v.__m === 'coll') return `db.${v.name}`;
  if (v.__m === 'method') return v.path;
  return 'cursor';
}


function dateOf(s: MongoSession, args: unknown[]): { $date: string } {
  const d = args.length ? new Date(args[0] as string) : new Date(s.now);
  if (Number.isNaN(d.getTime())) throw new JsError('RangeError: Invalid time value');
  return { $date: d.toISOString() };
}

function evalNode(s: MongoSession, n: Node): unknown {
  switch (n.t) {
    case 'lit': return n.v;
    case 'arr': return n.items.map((x) => plain(evalNode(s, x)));
    case 'obj': return Object.fromEntries(n.props.map(([k, v]) => [k, plain(evalNode(s, v))]));
    case 'id':
      if (n.name === 'db') return { __m: 'db', name: s.db };
      if (GLOBALS.has(n.name)) return { __m: 'method', self: null, name: n.name, path: n.name } satisfies Method;
      throw new JsError(`ReferenceError: ${n.name} is not defined`);
    case 'new':
      if (n.name === 'Date') return dateOf(s, n.args.map((a) => evalNode(s, a)));
      if (n.name === 'ObjectId') return oid(s);
      throw new JsError(`ReferenceError: ${n.name} is not defined`);
    case 'get': return member(s, evalNode(s, n.obj), n.name);
    case 'call': return call(s, evalNode(s, n.fn), n.args.map((a) => plain(evalNode(s, a))));
  }
}

/** Values going into documents: a cursor or a collection is not one. */
function plain(v: unknown): unknown {
  if (isRef(v)) throw new MongoError(`TypeError: cannot store ${pathOf(v)}`);
  return v;
}

function member(s: MongoSession, obj: unknown, name: string): unknown {
  if (isRef(obj)) {
    if (obj.__m === 'db') return DB_METHODS.has(name) ? { __m: 'method', self: obj, name, path: `db.${name}` } : { __m: 'coll', db: obj.name, name };
    if (obj.__m === 'coll' || obj.__m === 'cursor') return { __m: 'method', self: obj, name, path: `${pathOf(obj)}.${name}` } satisfies Method;
    return undefined;
  }
  if (obj && typeof obj === 'object') return (obj as Doc)[name];
  throw new JsError(`TypeError: Cannot read properties of ${obj === null ? 'null' : 'undefined'} (reading '${name}')`);
}

function call(s: MongoSession, fn: unknown, args: unknown[]): unknown {
  if (!isRef(fn) || fn.__m !== 'method') throw new JsError(`TypeError: ${pathOf(fn) || 'value'} is not a function`);
  if (fn.self === null) return globalCall(s, fn.name, args);
  if (fn.self.__m === 'db') return dbCall(s, fn.self.name, fn.name, args);
  return collMethod(s, fn.self, fn.name, args, fn.path);
}

function globalCall(s: MongoSession, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'ObjectId': return args[0] ? { $oid: String(args[0]) } : oid(s);
    case 'ISODate': case 'Date': return dateOf(s, args);
    case 'print': s.print(args.map((a) => inspect(a)).join(' ')); return undefined;
    case 'printjson': s.print(inspect(args[0])); return undefined;
    default: s.quit = true; return undefined;
  }
}

function dbCall(s: MongoSession, db: string, name: string, args: unknown[]): unknown {
  const dbs = s.data;
  switch (name) {
    case 'getName': return db;
    case 'version': return s.version;
    case 'getSiblingDB': return { __m: 'db', name: String(args[0]) };
    case 'getCollection': return { __m: 'coll', db, name: String(args[0]) };
    case 'getCollectionNames': requireAuth(s, 'listCollections'); return Object.keys(dbs[db] ?? {}).sort();
    case 'createCollection': requireAuth(s, 'create'); (dbs[db] ??= {})[String(args[0])] ??= []; return { ok: 1 };
    case 'dropDatabase': requireAuth(s, 'dropDatabase'); delete dbs[db]; return { ok: 1, dropped: db };
    case 'createUser': return createUser(s, db, args[0] as Doc);
    case 'getUsers': requireAuth(s, 'usersInfo'); return { users: (dbs.admin?.['system.users'] ?? []).filter((u) => u.db === db), ok: 1 };
    default: return runCommand(s, db, args[0]);
  }
}

function createUser(s: MongoSession, db: string, u: Doc): unknown {
  requireAuth(s, 'createUser');
  const users = ((s.data.admin ??= {})['system.users'] ??= []);
  if (users.some((x) => x.user === u.user && x.db === db)) throw new MongoError(`MongoServerError[Location51003]: User "${String(u.user)}@${db}" already exists`);
  users.push({ _id: `${db}.${String(u.user)}`, user: u.user, db, pwd: u.pwd, roles: u.roles ?? [] });
  return { ok: 1 };
}

function runCommand(s: MongoSession, db: string, cmd: unknown): unknown {
  const name = typeof cmd === 'string' ? cmd : Object.keys((cmd as Doc) ?? {})[0] ?? '';
  switch (name) {
    case 'ping': return { ok: 1 };
    case 'buildInfo': case 'buildinfo': return { version: s.version, ok: 1 };
    case 'hello': case 'isMaster': case 'ismaster':
      return { isWritablePrimary: true, maxBsonObjectSize: 16777216, localTime: { $date: new Date(s.now).toISOString() }, ok: 1 };
    case 'listDatabases': requireAuth(s, 'listDatabases'); return { databases: databases(s).map(([n, size]) => ({ name: n, sizeOnDisk: size, empty: false })), ok: 1 };
    case 'dropDatabase': return dbCall(s, db, 'dropDatabase', []);
  }
  throw new MongoError(`MongoServerError[CommandNotFound]: no such command: '${name}'`);
}

/** Databases with their size on disk, as listDatabases reports them (admin, config, local always). */
export function databases(s: MongoSession): [string, number][] {
  const names = new Set(['admin', 'config', 'local', ...Object.keys(s.data).filter((d) => Object.keys(s.data[d]).length > 0)]);
  return [...names].sort().map((n) => {
    const bytes = JSON.stringify(s.data[n] ?? {}).length;
    const base = n === 'config' ? 12 : n === 'admin' && s.data.admin?.['system.users']?.length ? 100 : 40;
    return [n, (base + 4 * Math.floor(bytes / 4096)) * 1024];
  });
}

function shell(s: MongoSession, cmd: string, arg: string): string | undefined {
  if (cmd === 'use') {
    if (arg === s.db) return `already on db ${arg}`;
    s.db = arg;
    return `switched to db ${arg}`;
  }
  if (arg === 'dbs' || arg === 'databases') {
    requireAuth(s, 'listDatabases');
    const rows = databases(s).map(([n, size]) => [n, `${(size / 1024).toFixed(2)} KiB`]);
    const w = Math.max(...rows.map((r) => r[0].length));
    const sw = Math.max(...rows.map((r) => r[1].length));
    return rows.map(([n, size]) => `${n.padEnd(w)}  ${size.padStart(sw)}`).join('\n');
  }
  if (arg === 'collections' || arg === 'tables') {
    requireAuth(s, 'listCollections');
    return Object.keys(s.data[s.db] ?? {}).sort().join('\n') || undefined;
  }
  throw new MongoError(`MongoshInvalidInputError: [COMMON-10001] '${arg}' is not a valid argument for "show".`);
}

/** Run one statement; its value as mongosh prints it (undefined: nothing to print). */
export function evalStatement(s: MongoSession, st: Statement): string | undefined {
  if (st.t === 'shell') return shell(s, st.cmd, st.arg);
  // The REPL's own commands: `exit` and `quit` without parentheses end the shell.
  if (st.node.t === 'id' && (st.node.name === 'exit' || st.node.name === 'quit')) {
    s.quit = true;
    return undefined;
  }
  const v = evalNode(s, st.node);
  if (v === undefined) return undefined;
  if (isRef(v)) {
    if (v.__m === 'cursor') return v.docs.length ? inspect(v.docs.slice(0, 20)) + (v.docs.length > 20 ? '\nType "it" for more' : '') : undefined;
    if (v.__m === 'db') return v.name;
    if (v.__m === 'coll') return `${v.db}.${v.name}`;
    return `[Function: ${v.name}] AsyncFunction {\n  apiVersions: [ 0, Infinity ],\n  returnsPromise: true\n}`;
  }
  return inspect(v);
}
