// Apache httpd (the official image's httpd-foreground) serving /usr/local/apache2/htdocs: the
// Listen ports and DocumentRoot of conf/httpd.conf when the container has one, "It works!" from
// the image, Apache's ETag (size and microsecond mtime in hex), its 404 and 405 pages, a 301 to
// the directory with its slash (the Host header as given, UseCanonicalName Off) and mod_autoindex's
// plain listing for a directory without index.html. Each request appends its access-log line
// (the common format) to the container's stdout.
import { writeLog } from '../containers/lifecycle.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { header, httpDate, listContainerDir, logTime, mimeType, readContainerFile, requestPath } from './files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from './types.ts';

const CONF = '/usr/local/apache2/conf/httpd.conf';
const DAEMON_USER = { uid: 33, gid: 33 };

interface HttpdConf {
  ports: number[];
  root: string;
}

export function httpdConf(engine: Engine, c: ContainerRecord): HttpdConf {
  const f = readContainerFile(engine, c, CONF);
  if (f.kind !== 'file') return { ports: [80], root: '/usr/local/apache2/htdocs' };
  const text = f.data.replace(/#[^\n]*/g, '');
  const ports = [...text.matchAll(/^\s*Listen\s+(?:\S+:)?(\d+)/gm)].map((m) => Number(m[1]));
  const root = /^\s*DocumentRoot\s+"?([^"\n]+)"?/m.exec(text)?.[1].trim() ?? '/usr/local/apache2/htdocs';
  return { ports: ports.length ? ports : [80], root };
}

function version(c: ContainerRecord): string {
  return c.config.Env.find((e) => e.startsWith('HTTPD_VERSION='))?.slice('HTTPD_VERSION='.length) ?? '2.4.68';
}

const REASONS: Record<number, [string, string]> = {
  301: ['Moved Permanently', ''],
  404: ['Not Found', '<p>The requested URL was not found on this server.</p>\n'],
  405: ['Method Not Allowed', ''],
};

function errorBody(status: number, detail: string): string {
  const [title] = REASONS[status];
  return `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>${status} ${title}</title>\n</head><body>\n<h1>${title}</h1>\n${detail}</body></html>\n`;
}

function respond(ctx: HttpServiceContext, req: HttpRequest, status: number, reason: string, headers: [string, string][], body: string): HttpResponse {
  const head = req.method === 'HEAD';
  const bytes = head ? 0 : new TextEncoder().encode(body).length;
  const line = `${ctx.remoteAddr} - - [${logTime(ctx.now)}] "${req.method} ${req.target} HTTP/1.1" ${status} ${bytes || '-'}\n`;
  writeLog(ctx.engine, ctx.container, [{ stream: 'stdout', text: line }], ctx.now);
  const all: [string, string][] = [['Date', httpDate(ctx.now)], ['Server', `Apache/${version(ctx.container)} (Unix)`], ...headers];
  return { status, reason, headers: all, body: head ? '' : body };
}

function fail(ctx: HttpServiceContext, req: HttpRequest, status: number, detail: string, extra: [string, string][] = []): HttpResponse {
  const body = errorBody(status, detail || REASONS[status][1]);
  const len = String(new TextEncoder().encode(body).length);
  return respond(ctx, req, status, REASONS[status][0], [...extra, ['Content-Length', len], ['Content-Type', 'text/html; charset=iso-8859-1']], body);
}

function listing(ctx: HttpServiceContext, req: HttpRequest, dir: string, uri: string): HttpResponse {
  const names = listContainerDir(ctx.engine, ctx.container, dir, DAEMON_USER).sort();
  const items = names.map((n) => {
    const isDir = readContainerFile(ctx.engine, ctx.container, `${dir}${n}`, DAEMON_USER).kind === 'dir';
    return `<li><a href="${n}${isDir ? '/' : ''}"> ${n}${isDir ? '/' : ''}</a></li>\n`;
  });
  const title = `Index of ${uri.replace(/\/$/, '') || '/'}`;
  const parent = uri === '/' ? '' : `<li><a href="${uri.replace(/[^/]+\/$/, '')}"> Parent Directory</a></li>\n`;
  const body = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>${title}</title>\n </head>\n <body>\n<h1>${title}</h1>\n<ul>${parent}${items.join('')}</ul>\n</body></html>\n`;
  return respond(ctx, req, 200, 'OK', [['Content-Length', String(new TextEncoder().encode(body).length)], ['Content-Type', 'text/html;charset=UTF-8']], body);
}

function serve(ctx: HttpServiceContext, req: HttpRequest, path: string, uri: string): HttpResponse {
  const f = readContainerFile(ctx.engine, ctx.container, path, DAEMON_USER);
  if (f.kind === 'missing') return fail(ctx, req, 404, '');
  if (f.kind === 'dir') {
    if (!uri.endsWith('/')) {
      const location = `http://${header(req, 'Host') ?? 'localhost'}${uri}/`;
      return fail(ctx, req, 301, `<p>The document has moved <a href="${location}">here</a>.</p>\n`, [['Location', location]]);
    }
    const index = readContainerFile(ctx.engine, ctx.container, `${path}index.html`, DAEMON_USER);
    if (index.kind !== 'file') return listing(ctx, req, path, uri);
    return serve(ctx, req, `${path}index.html`, `${uri}index.html`);
  }
  const etag = `"${f.size.toString(16)}-${(f.mtime * 1000).toString(16)}"`;
  return respond(
    ctx,
    req,
    200,
    'OK',
    [['Last-Modified', httpDate(f.mtime)], ['ETag', etag], ['Accept-Ranges', 'bytes'], ['Content-Length', String(f.size)], ['Content-Type', mimeType(path, 'text/plain')]],
    f.data,
  );
}

export const httpdService: HttpService = {
  listens: (engine, c) => httpdConf(engine, c).ports,
  handle(ctx, req) {
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
      return fail(ctx, req, 405, `<p>The requested method ${req.method} is not allowed for this URL.</p>\n`, [['Allow', 'POST,OPTIONS,HEAD,GET']]);
    }
    const uri = requestPath(req.target);
    const root = httpdConf(ctx.engine, ctx.container).root.replace(/\/$/, '');
    return serve(ctx, req, `${root}${uri}`, uri);
  },
};
