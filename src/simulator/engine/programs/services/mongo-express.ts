// mongo-express 1.0.2 as its image runs it: /docker-entrypoint.sh waits for the host and port of
// ME_CONFIG_MONGODB_URL (bash's /dev/tcp, 10 tries a second apart), then `node app` loads
// config.default.js, connects and listens on 8081 (PORT). Basic auth is on in the image
// (ME_CONFIG_BASICAUTH=true; admin:pass unless ME_CONFIG_BASICAUTH_USERNAME/_PASSWORD): a
// request without it gets basic-auth-connect's 401. Requests past it are logged by morgan's
// "dev" format (ANSI colours included, as in real logs). /status answers without auth.
// Approximate: the failure path (no server: the entrypoint's retries, then the driver's error,
// exit 1) is written at once at start; the page is a short stand-in for the real home page.
import { writeLog } from '../../containers/lifecycle.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import type { ProgramContext } from '../types.ts';
import { containerEnv, err, fromBase64, lines, out, running } from './common.ts';
import { loadData } from './mongo-store.ts';
import { findServer, MONGOD } from './peers.ts';
import type { ServiceModel } from './types.ts';

const VERSION = '1.0.2';

function target(env: Record<string, string>): { host: string; port: number; user?: string; pass?: string; url: string } {
  const url = env.ME_CONFIG_MONGODB_URL ?? 'mongodb://mongo:27017';
  const authority = url.replace(/^[^:]*:\/\//, '').split('/')[0];
  const at = authority.lastIndexOf('@');
  const [user, pass] = at < 0 ? [] : authority.slice(0, at).split(':').map(decodeURIComponent);
  const hostPort = authority.slice(at + 1);
  const i = hostPort.lastIndexOf(':');
  return { host: i < 0 ? hostPort : hostPort.slice(0, i), port: i < 0 ? 27017 : Number(hostPort.slice(i + 1)), user, pass, url };
}

/** `date`'s default format: Tue Nov 25 10:00:01 UTC 2026. */
function dateText(ms: number): string {
  const s = new Date(ms).toUTCString(); // Tue, 25 Nov 2026 10:00:01 GMT
  const [day, d, mon, y, time] = s.replace(',', '').split(' ');
  return `${day} ${mon} ${d} ${time} UTC ${y}`;
}

function basicAuth(env: Record<string, string>): { user: string; pass: string } | undefined {
  if ((env.ME_CONFIG_BASICAUTH ?? '').toLowerCase() !== 'true') return undefined;
  return { user: env.ME_CONFIG_BASICAUTH_USERNAME || 'admin', pass: env.ME_CONFIG_BASICAUTH_PASSWORD || 'pass' };
}

function welcome(): string[] {
  return ['No custom config.js found, loading config.default.js', `Welcome to mongo-express ${VERSION}`, '------------------------', '', ''];
}

function start(ctx: ProgramContext) {
  const t = target(ctx.env);
  const head = out(`Waiting for ${t.host}:${t.port}...`);
  const hit = findServer(ctx.engine, ctx.container, t.host, t.port, MONGOD);
  if (!hit.ok) {
    const why = hit.why === 'resolve' ? [`/docker-entrypoint.sh: line 15: ${t.host}: Name does not resolve`, `/docker-entrypoint.sh: line 15: /dev/tcp/${t.host}/${t.port}: Invalid argument`] : ['/docker-entrypoint.sh: connect: Connection refused', `/docker-entrypoint.sh: line 15: /dev/tcp/${t.host}/${t.port}: Connection refused`];
    const tries = Array.from({ length: 9 }, (_, i) => [out(`${dateText(ctx.now + (i + 1) * 1000)} retrying to connect to ${t.host}:${t.port} (${i + 2}/10)`), ...lines('stderr', why)]).flat();
    const cause = hit.why === 'resolve' ? `getaddrinfo ENOTFOUND ${t.host}` : `connect ECONNREFUSED ${hit.ip}:${t.port}`;
    const shown = t.url.replace(/(mongo.*?:\/\/.*?:).*?@/, '$1****@');
    const tail = [...lines('stdout', welcome()), err(`Could not connect to database using connectionString: ${shown}"`), err(`MongoServerSelectionError: ${cause}`), err(''), err(`Node.js v${ctx.env.NODE_VERSION ?? '22.22.1'}`)];
    return { program: 'mongo-express', output: [head, ...lines('stderr', why), ...tries, ...tail], exit: { code: 1, afterMs: 40_000 }, ignores: [] };
  }
  const auth = basicAuth(ctx.env);
  const warn = !auth ? 'Basic authentication is disabled. It is recommended to set the useBasicAuth to true in the config.js.' : auth.user === 'admin' && auth.pass === 'pass' ? 'basicAuth credentials are "admin:pass", it is recommended you change this in your config.js!' : '';
  return running('mongo-express', [
    head,
    ...lines('stdout', [...welcome(), `Mongo Express server listening at http://0.0.0.0:${ctx.env.PORT || 8081}`]),
    err('Server is open to allow connections from anyone (0.0.0.0)'),
    ...(warn ? [err(warn)] : []),
  ]);
}

/** Node's http: the headers set, then Date, Connection, Keep-Alive, Content-Length. */
function nodeResponse(ctx: HttpServiceContext, status: number, reason: string, headers: [string, string][], body: string): HttpResponse {
  const length = String(new TextEncoder().encode(body).length);
  return { status, reason, headers: [['X-Powered-By', 'Express'], ...headers, ['Date', httpDate(ctx.now)], ['Connection', 'keep-alive'], ['Keep-Alive', 'timeout=5'], ['Content-Length', length]], body };
}

function authorised(req: HttpRequest, auth: { user: string; pass: string }): boolean {
  const h = req.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '';
  const m = /^Basic\s+(\S+)$/i.exec(h);
  return !!m && fromBase64(m[1]) === `${auth.user}:${auth.pass}`;
}

function homePage(ctx: HttpServiceContext): string {
  const t = target(containerEnv(ctx.container));
  const hit = findServer(ctx.engine, ctx.container, t.host, t.port, MONGOD);
  const data = hit.ok ? loadData(hit.fs) : {};
  const dbs = [...new Set(['admin', 'config', 'local', ...Object.keys(data)])].sort();
  const rows = dbs.map((d) => `        <tr><td><a href="/db/${d}/">${d}</a></td></tr>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n  <base href="/">\n  <meta charset="utf-8">\n  <title>Home - Mongo Express</title>\n</head>\n<body>\n  <h4>Databases</h4>\n  <table class="table table-bordered table-striped table-condensed">\n${rows}\n  </table>\n</body>\n</html>\n`;
}

/** morgan's "dev" line: method and URL, the status coloured by class, time, length. */
function logged(ctx: HttpServiceContext, req: HttpRequest, r: HttpResponse): HttpResponse {
  const color = r.status >= 500 ? 31 : r.status >= 400 ? 33 : r.status >= 300 ? 36 : r.status >= 200 ? 32 : 0;
  const length = r.headers.find(([k]) => k === 'Content-Length')?.[1] ?? '-';
  const ms = (2 + ctx.engine.randInt(40000) / 1000).toFixed(3);
  writeLog(ctx.engine, ctx.container, [{ stream: 'stdout', text: `\x1b[0m${req.method} ${req.target} \x1b[${color}m${r.status}\x1b[0m ${ms} ms - ${length}\x1b[0m\n` }], ctx.now);
  return r;
}

const http: HttpService = {
  listens: (_engine, c) => [Number(containerEnv(c).PORT || 8081)],
  handle(ctx, req) {
    const env = containerEnv(ctx.container);
    const path = req.target.split('?')[0];
    if (path === (env.ME_CONFIG_HEALTH_CHECK_PATH || '/status')) return nodeResponse(ctx, 200, 'OK', [['Content-Type', 'application/json; charset=utf-8']], '{"status":"ok"}');
    const auth = basicAuth(env);
    if (auth && !authorised(req, auth)) return nodeResponse(ctx, 401, 'Unauthorized', [['WWW-Authenticate', 'Basic realm="Authorization Required"']], 'Unauthorized');
    if (path === '/') return logged(ctx, req, nodeResponse(ctx, 200, 'OK', [['Content-Type', 'text/html; charset=utf-8']], homePage(ctx)));
    return logged(ctx, req, nodeResponse(ctx, 404, 'Not Found', [['Content-Type', 'text/html; charset=utf-8']], `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${req.method} ${path}</pre>\n</body>\n</html>\n`));
  },
};

export const mongoExpress: ServiceModel = {
  program: 'mongo-express',
  start,
  ports: (_engine, c) => [Number(containerEnv(c).PORT || 8081)],
  http,
};
