// pgAdmin 4 (dpage/pgadmin4's /entrypoint.sh): the first start (no /var/lib/pgadmin/pgadmin4.db)
// needs PGADMIN_DEFAULT_EMAIL and a password (or _FILE), and the email must pass its validator
// (special-use domains such as .local or .test are refused); then the configuration database is
// set up and gunicorn serves on PGADMIN_LISTEN_PORT (80), logging each request on stdout.
import { writeLog } from '../../containers/lifecycle.ts';
import { httpDate, logTime } from '../../http/files.ts';
import type { HttpResponse, HttpService } from '../../http/types.ts';
import type { ProgramContext } from '../types.ts';
import { containerEnv, exists, failed, fileEnv, filesOf, lines, out, running, textResponse, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

const DB = '/var/lib/pgadmin/pgadmin4.db';
const SPECIAL = new Set(['arpa', 'invalid', 'local', 'localhost', 'onion', 'test']);

function port(env: Record<string, string>): number {
  return Number(env.PGADMIN_LISTEN_PORT ?? (env.PGADMIN_ENABLE_TLS ? 443 : 80));
}

export function validEmail(email: string): boolean {
  const m = /^[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,}))$/.exec(email);
  return !!m && !SPECIAL.has(m[3].toLowerCase());
}

function gunicornTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} +0000`;
}

function start(ctx: ProgramContext) {
  const fs = filesOf(ctx);
  const head: string[] = [];
  if (!exists(fs, DB)) {
    const email = ctx.env.PGADMIN_DEFAULT_EMAIL ?? '';
    if (!email || (!ctx.env.PGADMIN_DEFAULT_PASSWORD && !ctx.env.PGADMIN_DEFAULT_PASSWORD_FILE)) {
      return failed('pgadmin4', [out('You need to define the PGADMIN_DEFAULT_EMAIL and PGADMIN_DEFAULT_PASSWORD or PGADMIN_DEFAULT_PASSWORD_FILE environment variables.')]);
    }
    head.push("email config is {'CHECK_EMAIL_DELIVERABILITY': False, 'ALLOW_SPECIAL_EMAIL_DOMAINS': []}");
    if (!validEmail(email)) return failed('pgadmin4', lines('stdout', [...head, `'${email}' does not appear to be a valid email address. Please reset the PGADMIN_DEFAULT_EMAIL environment variable and try again.`]));
    writeFiles(fs, { [DB]: JSON.stringify({ email, password: fileEnv(fs, ctx.env, 'PGADMIN_DEFAULT_PASSWORD') }) }, 5050);
    head.push('NOTE: Configuring authentication for SERVER mode.', '');
  }
  const t = gunicornTime(ctx.now);
  const p = port(ctx.env);
  return running('pgadmin4', [
    ...lines('stdout', head),
    ...lines('stderr', [`[${t}] [1] [INFO] Starting gunicorn 23.0.0`, `[${t}] [1] [INFO] Listening at: http://[::]:${p} (1)`, `[${t}] [1] [INFO] Using worker: gthread`, `[${t}] [119] [INFO] Booting worker with pid: 119`]),
  ]);
}

function logged(ctx: Parameters<HttpService['handle']>[0], req: Parameters<HttpService['handle']>[1], r: HttpResponse): HttpResponse {
  const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '-';
  writeLog(ctx.engine, ctx.container, [{ stream: 'stdout', text: `${ctx.remoteAddr} - - [${logTime(ctx.now)}] "${req.method} ${req.target} HTTP/1.1" ${r.status} ${new TextEncoder().encode(r.body).length} "-" "${ua}"\n` }], ctx.now);
  return r;
}

const http: HttpService = {
  listens: (_engine, c) => [port(containerEnv(c))],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    const base: [string, string][] = [['Server', 'gunicorn'], ['Date', httpDate(ctx.now)], ['Connection', 'close']];
    if (path === '/misc/ping') return logged(ctx, req, textResponse(200, 'PING', base, 'text/html; charset=utf-8'));
    if (path === '/') return logged(ctx, req, textResponse(302, '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="/login?next=/">/login?next=/</a>. If not, click the link.\n', [...base, ['Location', '/login?next=/']], 'text/html; charset=utf-8'));
    if (path === '/login') return logged(ctx, req, textResponse(200, '<!DOCTYPE html>\n<html lang="en">\n<head>\n    <meta charset="UTF-8">\n    <title>pgAdmin 4</title>\n</head>\n<body>\n    <div id="root"></div>\n</body>\n</html>\n', base, 'text/html; charset=utf-8'));
    return logged(ctx, req, textResponse(404, '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n', base, 'text/html; charset=utf-8'));
  },
};

export const pgadmin: ServiceModel = {
  program: 'pgadmin4',
  start,
  ports: (_engine, c) => [port(containerEnv(c))],
  http,
};
