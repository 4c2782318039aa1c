// Zulip in ghcr.io/zulip/zulip-server (docker-zulip): /sbin/entrypoint.sh app:run writes the
// settings from the SETTING_* variables (Django's check fails without SETTING_EXTERNAL_HOST:
// "Error in the Zulip configuration. Exiting.", exit 1), waits for PostgreSQL at DB_HOST
// (pg_isready once a second, a dot per try; after 60 tries "Could not connect to database
// server. Exiting.", exit 1), initialises /data once, then execs supervisord (nginx on 80 and
// 443, the Django app, the queue workers). memcached, RabbitMQ and Redis are found by name
// (SETTING_MEMCACHED_LOCATION, SETTING_RABBITMQ_HOST, SETTING_REDIS_HOST); /health says whether
// all four answer. Approximate: the log keeps the phase headers of the real one (trimmed), the
// retries are written at start, the pages are short stand-ins.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { containerEnv, failed, filesOf, jsonResponse, lines, running, textResponse, writeFiles } from './common.ts';
import { findServer, POSTGRES, REDIS } from './peers.ts';
import type { ServiceModel } from './types.ts';
import { loginPage, notFoundPage } from './zulip-pages.ts';

const CONFIGURE = ['=== Begin Initial Configuration Phase ===', 'Executing Zulip configuration ...'];
const WAIT = ['=== End Initial Configuration Phase ===', '=== Begin Bootstrap Phase ===', 'Waiting for database server to allow connections ...'];

interface Peer {
  name: string;
  host: string;
  port: number;
  programs: string[];
}

/** host[:port] with a default port. */
function hostPort(value: string, port: number): [string, number] {
  const [h, p] = value.split(':');
  return [h, Number(p || port)];
}

/** The servers Zulip talks to, where its settings put them. */
function peers(env: Record<string, string>): Peer[] {
  const [mh, mp] = hostPort(env.SETTING_MEMCACHED_LOCATION || 'memcached', 11211);
  return [
    { name: 'database', host: env.DB_HOST || 'database', port: Number(env.DB_HOST_PORT || 5432), programs: POSTGRES },
    { name: 'memcached', host: mh, port: mp, programs: ['memcached'] },
    { name: 'rabbitmq', host: env.SETTING_RABBITMQ_HOST || 'rabbitmq', port: 5672, programs: ['rabbitmq-server'] },
    { name: 'redis', host: env.SETTING_REDIS_HOST || 'redis', port: Number(env.SETTING_REDIS_PORT || 6379), programs: REDIS },
  ];
}

function reaches(engine: Engine, c: ContainerRecord, p: Peer): boolean {
  return findServer(engine, c, p.host, p.port, p.programs).ok;
}

function start(ctx: ProgramContext) {
  if (!ctx.env.SETTING_EXTERNAL_HOST) return failed('zulip', lines('stdout', [...CONFIGURE, 'Error in the Zulip configuration. Exiting.']));
  const db = peers(ctx.env)[0];
  if (!reaches(ctx.engine, ctx.container, db)) {
    const tries = `${'.'.repeat(60)}Could not connect to database server. Exiting.`;
    return { program: 'zulip', output: lines('stdout', [...CONFIGURE, ...WAIT, tries]), exit: { code: 1, afterMs: 61_000 }, ignores: [] };
  }
  writeFiles(filesOf(ctx), { '/data/.initiated': '', '/data/backups/': '', '/data/uploads/': '', '/data/zulip-secrets.conf': '[secrets]\n' });
  return running('zulip', lines('stdout', [...CONFIGURE, ...WAIT, '=== End Bootstrap Phase ===', 'Starting zulip using supervisor ...']));
}

function headers(ctx: HttpServiceContext): [string, string][] {
  return [['Server', 'nginx'], ['Date', httpDate(ctx.now)]];
}

function health(ctx: HttpServiceContext): HttpResponse {
  const down = peers(containerEnv(ctx.container)).filter((p) => !reaches(ctx.engine, ctx.container, p));
  if (down.length === 0) return jsonResponse(200, { result: 'success', msg: '' }, headers(ctx));
  return jsonResponse(500, { result: 'error', msg: `Cannot connect to ${down.map((p) => p.name).join(', ')}` }, headers(ctx));
}

const HTML = 'text/html; charset=utf-8';

const http: HttpService = {
  listens: () => [80, 443],
  drops: (ctx) => (ctx.port === 443 ? 'empty' : undefined),
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    if (path === '/health') return health(ctx);
    if (path === '/') return textResponse(302, '', [...headers(ctx), ['Location', '/login/']], HTML);
    if (path === '/login/') return textResponse(200, loginPage(), headers(ctx), HTML);
    return textResponse(404, notFoundPage(), headers(ctx), HTML);
  },
};

export const zulip: ServiceModel = {
  program: 'zulip',
  start,
  ports: () => [80, 443],
  http,
};
