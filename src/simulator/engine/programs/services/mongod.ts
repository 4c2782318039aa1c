// mongod as the mongo image starts it (docker-entrypoint.sh): exactly one of
// MONGO_INITDB_ROOT_USERNAME / _PASSWORD is an error; both, over an empty /data/db, run a
// temporary forked mongod on 127.0.0.1, create the root user, stop it and start for real with
// --auth; a data directory that already holds a database skips all that. mongod listens on
// --port (27017) and answers HTTP there with its famous one-liner.
import type { Engine } from '../../engine.ts';
import type { HttpService } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { err, failed, fileEnv, filesOf, lines, optionValue, running, serverArgs } from './common.ts';
import { mlog, shutdownLines, startLines, type MongodRun } from './mongo-log.ts';
import { addUser, createDataFiles, DB_PATH, loadData, mongoInitialised, saveData } from './mongo-store.ts';
import type { ServiceModel } from './types.ts';

const ENTRYPOINT = '/usr/local/bin/docker-entrypoint.sh';
const TEMP_PID = 29;
const MISSING = "\nerror: missing 'MONGO_INITDB_ROOT_USERNAME' or 'MONGO_INITDB_ROOT_PASSWORD'\n       both must be specified for a user to be created\n\n";
const HTTP_BODY = 'It looks like you are trying to access MongoDB over HTTP on the native driver port.\n';

function port(args: string[]): number {
  return Number(optionValue(args, '--port') ?? 27017);
}

/** Whether mongod runs with access control: --auth, or the entrypoint added it for the root user. */
export function mongodAuth(env: Record<string, string>, args: string[]): boolean {
  const root = (env.MONGO_INITDB_ROOT_USERNAME || env.MONGO_INITDB_ROOT_USERNAME_FILE) && (env.MONGO_INITDB_ROOT_PASSWORD || env.MONGO_INITDB_ROOT_PASSWORD_FILE);
  return !!root || args.includes('--auth');
}

function finalOptions(args: string[], auth: boolean): Record<string, unknown> {
  const bind = optionValue(args, '--bind_ip');
  const net: Record<string, unknown> = { bindIp: bind ?? '*' };
  if (args.some((a) => a.startsWith('--port'))) net.port = port(args);
  const opts: Record<string, unknown> = { net };
  if (auth) opts.security = { authorization: 'enabled' };
  const repl = optionValue(args, '--replSet');
  if (repl) opts.replication = { replSet: repl };
  return opts;
}

function run(ctx: ProgramContext, over: Partial<MongodRun>): MongodRun {
  const os = ctx.catalogImage?.osInfo.versionId ?? '24.04';
  return { at: ctx.now, pid: 1, port: 27017, bindIp: '*', auth: false, version: ctx.env.MONGO_VERSION ?? '8.2.12', os, options: {}, ...over };
}

/** The entrypoint's initdb: a temporary mongod, the root user, the shutdown. */
function initLines(ctx: ProgramContext, user: string, pwd: string): string[] {
  const fs = filesOf(ctx);
  createDataFiles(fs);
  const data = loadData(fs);
  addUser(data, { user, db: 'admin', pwd, roles: [{ role: 'root', db: 'admin' }] });
  saveData(fs, data);
  const options = {
    net: { bindIp: '127.0.0.1', port: 27017, tls: { mode: 'disabled' } },
    processManagement: { fork: true, pidFilePath: '/tmp/docker-entrypoint-temp-mongod.pid' },
    systemLog: { destination: 'file', logAppend: true, path: '/proc/1/fd/1' },
  };
  const temp = run(ctx, { pid: TEMP_PID, bindIp: '127.0.0.1', options });
  return [
    'about to fork child process, waiting until server is ready for connections.',
    `forked process: ${TEMP_PID}`,
    mlog(ctx.now, 'I', 'CONTROL', 20698, '-', '***** SERVER RESTARTED *****'),
    ...startLines(ctx.container, temp),
    'child process started successfully, parent exiting',
    '{ ok: 1 }',
    '',
    `${ENTRYPOINT}: ignoring /docker-entrypoint-initdb.d/*`,
    '',
    ...shutdownLines(ctx.now, 15),
    '',
    'MongoDB init process complete; ready for start up.',
    '',
  ];
}

function start(ctx: ProgramContext, argv: string[]) {
  const args = argv.slice(1);
  const fs = filesOf(ctx);
  const user = fileEnv(fs, ctx.env, 'MONGO_INITDB_ROOT_USERNAME');
  const pwd = fileEnv(fs, ctx.env, 'MONGO_INITDB_ROOT_PASSWORD');
  if ((user === '') !== (pwd === '')) return failed('mongod', [err(MISSING)]);
  const dbPath = optionValue(args, '--dbpath') ?? DB_PATH;
  const init = user !== '' && !mongoInitialised(fs, dbPath) ? initLines(ctx, user, pwd) : [];
  createDataFiles(fs, dbPath);
  const auth = user !== '' || args.includes('--auth');
  const final = run(ctx, { port: port(args), bindIp: optionValue(args, '--bind_ip') ?? '*', auth, options: finalOptions(args, auth) });
  return running('mongod', lines('stdout', [...init, ...startLines(ctx.container, final)]));
}

function listens(engine: Engine, c: ContainerRecord): number[] {
  return [port(serverArgs(engine, c).slice(1))];
}

const http: HttpService = {
  listens,
  handle: () => ({
    status: 200,
    reason: 'OK',
    headers: [['Connection', 'close'], ['Content-Type', 'text/plain'], ['Content-Length', String(HTTP_BODY.length)]],
    body: HTTP_BODY,
  }),
};

export const mongod: ServiceModel = {
  program: 'mongod',
  start,
  ports: listens,
  http,
  stop: (_engine, _c, at, signal) => lines('stdout', shutdownLines(at, signal)),
};
