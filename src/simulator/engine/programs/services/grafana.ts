// Grafana (grafana/grafana's /run.sh starting `grafana server`): logfmt lines naming its config
// files and every GF_* override (secrets masked), its SQLite database in /var/lib/grafana
// (created and migrated the first time), and HTTP on GF_SERVER_HTTP_PORT (3000): / redirects to
// /login, /api/health reports the database and version.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpService } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { catalogOf, containerEnv, exists, filesOf, isoTime, jsonResponse, lines, running, tagVersion, textResponse, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

const SECRET = /PASSWORD|SECRET|KEY|TOKEN/;

function port(env: Record<string, string>): number {
  return Number(env.GF_SERVER_HTTP_PORT ?? 3000);
}

function commit(v: string): string {
  let h = 5381;
  for (const ch of `grafana-${v}`) h = (Math.imul(h, 33) ^ ch.charCodeAt(0)) >>> 0;
  return (h.toString(16).padStart(8, '0') + 'a3c41f7e9b02d6851c7f4e0b').slice(0, 10);
}

function start(ctx: ProgramContext) {
  const v = tagVersion(ctx.catalogImage, '13.3.1');
  const t = `${isoTime(ctx.now).slice(0, -1)}000000Z`;
  const l = (logger: string, msg: string, rest = '') => `logger=${logger} t=${t} level=info msg=${JSON.stringify(msg)}${rest ? ` ${rest}` : ''}`;
  const data = ctx.env.GF_PATHS_DATA ?? '/var/lib/grafana';
  const fs = filesOf(ctx);
  const fresh = !exists(fs, `${data}/grafana.db`);
  writeFiles(fs, { [`${data}/grafana.db`]: 'SQLite format 3', [`${data}/plugins/`]: '' }, 472);
  const overrides = Object.keys(ctx.env).filter((k) => k.startsWith('GF_')).sort().map((k) => l('settings', 'Config overridden from Environment variable', `var="${k}=${SECRET.test(k) ? '*********' : ctx.env[k]}"`));
  return running('grafana', lines('stdout', [
    l('settings', 'Starting Grafana', `version=${v} commit=${commit(v)} branch=HEAD compiled=${(ctx.catalogImage?.created ?? '').replace('Z', '+00:00')}`),
    l('settings', 'Config loaded from', 'file=/usr/share/grafana/conf/defaults.ini'),
    l('settings', 'Config loaded from', 'file=/etc/grafana/grafana.ini'),
    ...overrides,
    l('settings', 'Path Home', 'path=/usr/share/grafana'),
    l('settings', 'Path Data', `path=${data}`),
    l('sqlstore', 'Connecting to DB', 'dbtype=sqlite3'),
    ...(fresh ? [l('sqlstore', 'Creating SQLite database file', `path=${data}/grafana.db`)] : []),
    l('migrator', 'Starting DB migrations'),
    l('migrator', 'migrations completed', fresh ? 'performed=675 skipped=0 duration=1.873621457s' : 'performed=0 skipped=675 duration=1.012983ms'),
    l('http.server', 'HTTP Server Listen', `address=[::]:${port(ctx.env)} protocol=http subUrl= socket=`),
  ]));
}

const SECURITY: [string, string][] = [['X-Content-Type-Options', 'nosniff'], ['X-Frame-Options', 'deny'], ['X-Xss-Protection', '1; mode=block']];

const http: HttpService = {
  listens: (_engine, c) => [port(containerEnv(c))],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    const date: [string, string] = ['Date', httpDate(ctx.now)];
    if (path === '/api/health') {
      const v = tagVersion(catalogOf(ctx.engine, ctx.container), '13.3.1');
      // json.MarshalIndent of a map: keys sorted.
      return jsonResponse(200, { commit: commit(v), database: 'ok', version: v }, [['Cache-Control', 'no-store'], ...SECURITY, date], true);
    }
    if (path === '/') return textResponse(302, '<a href="/login">Found</a>.\n\n', [['Cache-Control', 'no-store'], ['Location', '/login'], ...SECURITY, date], 'text/html; charset=utf-8');
    if (path === '/login') return textResponse(200, '<!DOCTYPE html>\n<html lang="en-US">\n  <head>\n    <meta charset="utf-8" />\n    <title>Grafana</title>\n    <base href="/" />\n  </head>\n  <body class="theme-dark app-grafana">\n    <div id="reactRoot"></div>\n  </body>\n</html>\n', [['Cache-Control', 'no-store'], ...SECURITY, date], 'text/html; charset=UTF-8');
    return jsonResponse(404, { message: 'Not found' }, [date]);
  },
};

export const grafana: ServiceModel = {
  program: 'grafana',
  start,
  ports: (_engine: Engine, c: ContainerRecord) => [port(containerEnv(c))],
  http,
};
