// mongosh, the MongoDB shell in the mongo image: connects to mongod in its own container
// (127.0.0.1:27017) or, by a connection string (mongodb://user:pass@mongo:27017/db) or --host,
// to one a network name reaches; authenticates against the server's users when given
// credentials; runs --eval scripts (quiet: only the result, since mongosh 2.2) or statements
// from its terminal with the banner and the `test> ` prompt. Data is the server's /data/db.
import { mongodAuth } from '../../engine/programs/services/mongod.ts';
import { startupWarnings } from '../../engine/programs/services/mongo-log.ts';
import { loadData, saveData, users } from '../../engine/programs/services/mongo-store.ts';
import { serverArgs } from '../../engine/programs/services/common.ts';
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { evalStatement, MongoError, type MongoSession } from './mongo-eval.ts';
import { JsError, parseScript } from './mongo-js.ts';
import { findServer, MONGOD, type ServerHit } from '../../engine/programs/services/peers.ts';

export const MONGOSH_VERSION = '2.5.10';

interface Opts {
  host?: string;
  port: number;
  db: string;
  user?: string;
  password?: string;
  authDb?: string;
  evals: string[];
  quiet?: boolean;
  uri?: string;
}

function parseAddress(o: Opts, a: string): void {
  const m = /^mongodb:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^/:?,]+)(?::(\d+))?(?:\/([^?]*))?(?:\?(.*))?$/.exec(a);
  if (m) {
    o.uri = a;
    [o.user, o.password, o.host] = [m[1] ? decodeURIComponent(m[1]) : o.user, m[2] ? decodeURIComponent(m[2]) : o.password, m[3]];
    if (m[4]) o.port = Number(m[4]);
    if (m[5]) o.db = m[5];
    const authSource = /(?:^|&)authSource=([^&]*)/.exec(m[6] ?? '')?.[1];
    if (authSource) o.authDb = authSource;
    return;
  }
  const hp = /^([^/:]+)(?::(\d+))?\/(.*)$/.exec(a) ?? /^([^/:]+):(\d+)$/.exec(a);
  if (hp) [o.host, o.port, o.db] = [hp[1], hp[2] ? Number(hp[2]) : o.port, hp[3] || o.db];
  else o.db = a;
}

function parseOpts(argv: string[]): Opts {
  const o: Opts = { port: 27017, db: 'test', evals: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const val = () => inline ?? argv[++i] ?? '';
    if (flag === '--eval') o.evals.push(val());
    else if (flag === '--host') [o.host, o.port] = ((h) => [h[0], h[1] ? Number(h[1]) : o.port])(val().split(':'));
    else if (flag === '--port') o.port = Number(val());
    else if (flag === '-u' || flag === '--username') o.user = val();
    else if (flag === '-p' || flag === '--password') o.password = val();
    else if (flag === '--authenticationDatabase') o.authDb = val();
    else if (flag === '--quiet') o.quiet = true;
    else if (flag === '--no-quiet' || flag === '--verbose') o.quiet = false;
    else if (!a.startsWith('-')) parseAddress(o, a);
  }
  return o;
}

function connectionString(o: Opts): string {
  const local = !o.host || o.host === 'localhost' || o.host === '127.0.0.1';
  const cred = o.user ? '<credentials>@' : '';
  const host = `${o.host ?? '127.0.0.1'}:${o.port}`;
  const db = o.db === 'test' ? '' : o.db;
  const params = ['directConnection=true', ...(local ? ['serverSelectionTimeoutMS=2000'] : []), ...(o.user ? [`authSource=${o.authDb ?? 'admin'}`] : []), `appName=mongosh+${MONGOSH_VERSION}`];
  return `mongodb://${cred}${host}/${db}?${params.join('&')}`;
}

function connectError(o: Opts, hit: Extract<ServerHit, { ok: false }>): string {
  if (hit.why === 'resolve') return `MongoNetworkError: getaddrinfo ENOTFOUND ${o.host}`;
  if (hit.why === 'timeout') return 'MongoServerSelectionError: Server selection timed out after 30000 ms';
  return `MongoNetworkError: connect ECONNREFUSED ${hit.ip}:${o.port}`;
}

function banner(engine: Engine, o: Opts, version: string): string {
  return `Current Mongosh Log ID:\t${engine.hex(12)}\nConnecting to:\t\t${connectionString(o)}\nUsing MongoDB:\t\t${version}\nUsing Mongosh:\t\t${MONGOSH_VERSION}\n\nFor mongosh info see: https://www.mongodb.com/docs/mongodb-shell/\n\n`;
}

function warningsBlock(server: ContainerRecord, auth: boolean): string {
  const at = `${new Date(server.state.startedAt).toISOString().slice(0, 23)}+00:00`;
  const ws = startupWarnings(auth).map((w) => `   ${at}: ${w}\n`).join('');
  return `------\n   The server generated these startup warnings when booting\n${ws}------\n\n`;
}

function newSession(engine: Engine, req: ExternalRequest, hit: Extract<ServerHit, { ok: true }>, o: Opts, locked: boolean): MongoSession {
  let counter = engine.randInt(0xffffff);
  const machine = engine.hex(5);
  return {
    data: loadData(hit.fs),
    db: o.db,
    version: hit.env.MONGO_VERSION ?? '8.2.12',
    locked,
    now: engine.now(),
    quit: false,
    print: (text) => req.io.stdout.write(`${text}\n`),
    newId: () => `${Math.floor(engine.now() / 1000).toString(16).padStart(8, '0')}${machine}${(counter++ & 0xffffff).toString(16).padStart(6, '0')}`,
  };
}

/** Run a script's statements; each value printed (or only the last with `lastOnly`). False on an error. */
function runScript(s: MongoSession, req: ExternalRequest, src: string, lastOnly: boolean): boolean {
  try {
    const stmts = parseScript(src);
    let last: string | undefined;
    for (const st of stmts) {
      last = evalStatement(s, st);
      if (!lastOnly && last !== undefined) req.io.stdout.write(`${last}\n`);
      if (s.quit) break;
    }
    if (lastOnly && last !== undefined) req.io.stdout.write(`${last}\n`);
    return true;
  } catch (e) {
    if (!(e instanceof MongoError || e instanceof JsError)) throw e;
    req.io.stderr.write(`${e.message}\n`);
    return false;
  }
}

/** One line at the prompt: Node's REPL command `.exit`, or statements. */
function typed(s: MongoSession, req: ExternalRequest, line: string): void {
  if (line.trim() === '.exit') s.quit = true;
  else runScript(s, req, line, false);
}

/**
 * The prompt loop on the learner's terminal; each line's changes are saved as it runs. Ctrl+C
 * is Node's REPL's: the first one says how to leave, a second one in a row leaves.
 */
async function repl(s: MongoSession, req: ExternalRequest, save: () => void): Promise<void> {
  const term = req.io.terminal;
  if (term) {
    let interrupted = false;
    for (;;) {
      const input = await term.read(`${s.db}> `);
      if (input.kind === 'eof') return req.io.stdout.write('\n');
      if (input.kind === 'interrupt' && interrupted) return;
      if (input.kind === 'interrupt') req.io.stdout.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      else typed(s, req, input.text);
      interrupted = input.kind === 'interrupt';
      save();
      if (s.quit) return;
    }
  }
  for (const line of req.io.stdin.split('\n')) {
    if (line.trim() === '') continue;
    if (req.io.tty) req.io.stdout.write(`${s.db}> ${line}\n`);
    typed(s, req, line);
    if (s.quit) return;
  }
  if (req.io.tty) req.io.stdout.write(`${s.db}> \n`);
}

function authenticate(hit: Extract<ServerHit, { ok: true }>, o: Opts): boolean {
  const authDb = o.authDb ?? (o.uri ? 'admin' : o.db === 'test' ? 'admin' : o.db);
  return users(loadData(hit.fs)).some((u) => u.user === o.user && u.pwd === o.password && (u.db === authDb || u.db === 'admin'));
}

export async function mongosh(engine: Engine, c: ContainerRecord, req: ExternalRequest): Promise<number> {
  const o = parseOpts(req.argv);
  const interactive = o.evals.length === 0 && req.io.tty;
  const quiet = o.quiet ?? !interactive;
  const hit = findServer(engine, c, o.host, o.port, MONGOD);
  const version = hit.ok ? (hit.env.MONGO_VERSION ?? '8.2.12') : '';
  if (!hit.ok) {
    if (!quiet) req.io.stdout.write(`Current Mongosh Log ID:\t${engine.hex(12)}\nConnecting to:\t\t${connectionString(o)}\n`);
    req.io.stderr.write(`${connectError(o, hit)}\n`);
    return 1;
  }
  const auth = mongodAuth(hit.env, serverArgs(engine, hit.c).slice(1));
  if (o.user !== undefined && !authenticate(hit, o)) {
    if (!quiet) req.io.stdout.write(banner(engine, o, version).split('\n').slice(0, 2).join('\n') + '\n');
    req.io.stderr.write('MongoServerError: Authentication failed.\n');
    return 1;
  }
  const s = newSession(engine, req, hit, o, auth && o.user === undefined);
  if (!quiet) req.io.stdout.write(banner(engine, o, version) + (s.locked ? '' : warningsBlock(hit.c, auth)));
  let ok = true;
  if (o.evals.length) ok = runScript(s, req, o.evals.join('\n'), true);
  else await repl(s, req, () => saveData(hit.fs, s.data));
  saveData(hit.fs, s.data);
  return ok ? 0 : 1;
}
