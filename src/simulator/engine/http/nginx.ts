// nginx as a static file server, from its own files: the server blocks of
// /etc/nginx/conf.d/*.conf (listen, server_name, root, index) decide the ports and the document
// root; GET and HEAD serve files with nginx's headers (Server, Date, Content-Type from
// mime.types, Content-Length, Last-Modified, ETag), a directory without its slash is a 301 to
// http://host/dir/ (port_in_redirect: nginx's own port), missing files and directories without an
// index are nginx's 404 and 403 pages, other methods 405. Each request appends its access-log
// line (log_format main) to the container's stdout and each error its error-log line to stderr.
import { writeLog } from '../containers/lifecycle.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { errorLogTime, header, httpDate, listContainerDir, logTime, mimeType, nginxEtag, readContainerFile, requestPath } from './files.ts';
import { NGINX_WORKER_PID } from '../programs/placeholders.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from './types.ts';

const NGINX_USER = { uid: 101, gid: 101 };
/** The worker that handles connections (PID 1 is the master; the entrypoint's scripts came first). */
const WORKER_PID = NGINX_WORKER_PID;

interface ServerConf {
  ports: number[];
  serverName: string;
  root: string;
  index: string[];
}

const DEFAULT_SERVER: ServerConf = { ports: [80], serverName: 'localhost', root: '/usr/share/nginx/html', index: ['index.html', 'index.htm'] };

function directives(block: string, name: string): string[][] {
  const out: string[][] = [];
  const re = new RegExp(`(?:^|[;{}\\s])${name}\\s+([^;{}]*);`, 'g');
  for (const m of block.matchAll(re)) out.push(m[1].trim().split(/\s+/));
  return out;
}

/** The server blocks of one config file (comments dropped, braces balanced naively). */
function serverBlocks(text: string): string[] {
  const src = text.replace(/#[^\n]*/g, '');
  const blocks: string[] = [];
  for (const m of src.matchAll(/\bserver\s*\{/g)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const start = i;
    for (; i < src.length && depth > 0; i++) depth += src[i] === '{' ? 1 : src[i] === '}' ? -1 : 0;
    blocks.push(src.slice(start, i - 1));
  }
  return blocks;
}

function parseServer(block: string): ServerConf {
  const topLevel = block.replace(/\blocation\b[^{]*\{[^}]*\}/g, '');
  const slash = /\blocation\s+\/\s*\{([^}]*)\}/.exec(block)?.[1] ?? '';
  const ports = directives(topLevel, 'listen')
    .map((args) => Number(/(\d+)$/.exec(args[0])?.[1] ?? 80))
    .filter((p, i, all) => all.indexOf(p) === i);
  const root = directives(slash, 'root')[0]?.[0] ?? directives(topLevel, 'root')[0]?.[0] ?? '/etc/nginx/html';
  const index = directives(slash, 'index')[0] ?? directives(topLevel, 'index')[0] ?? ['index.html'];
  return { ports: ports.length ? ports : [80], serverName: directives(topLevel, 'server_name')[0]?.[0] ?? '', root, index };
}

/** The servers nginx runs, from /etc/nginx/conf.d/*.conf as included by nginx.conf. */
export function nginxServers(engine: Engine, c: ContainerRecord): ServerConf[] {
  const dir = readContainerFile(engine, c, '/etc/nginx/conf.d');
  if (dir.kind !== 'dir') return [DEFAULT_SERVER];
  const servers: ServerConf[] = [];
  for (const name of listContainerDir(engine, c, '/etc/nginx/conf.d').filter((n) => n.endsWith('.conf')).sort()) {
    const f = readContainerFile(engine, c, `/etc/nginx/conf.d/${name}`);
    if (f.kind === 'file') servers.push(...serverBlocks(f.data).map(parseServer));
  }
  return servers.length ? servers : [DEFAULT_SERVER];
}

function version(c: ContainerRecord): string {
  return c.config.Env.find((e) => e.startsWith('NGINX_VERSION='))?.slice('NGINX_VERSION='.length) ?? '1.31.4';
}

const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed' };

/** ngx_http_special_response.c's page for `status`. */
function errorPage(status: number, ver: string): string {
  const title = `${status} ${REASONS[status]}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx/${ver}</center>\r\n</body>\r\n</html>\r\n`;
}

interface Exchange {
  ctx: HttpServiceContext;
  req: HttpRequest;
  server: ServerConf;
  ver: string;
  conn: number;
}

function requestLine(req: HttpRequest): string {
  return `${req.method} ${req.target} HTTP/1.1`;
}

function logError(x: Exchange, message: string): void {
  const host = header(x.req, 'Host');
  const line = `${errorLogTime(x.ctx.now)} [error] ${WORKER_PID}#${WORKER_PID}: *${x.conn} ${message}, client: ${x.ctx.remoteAddr}, server: ${x.server.serverName}, request: "${requestLine(x.req)}"${host ? `, host: "${host}"` : ''}\n`;
  writeLog(x.ctx.engine, x.ctx.container, [{ stream: 'stderr', text: line }], x.ctx.now);
}

function respond(x: Exchange, status: number, headers: [string, string][], body: string): HttpResponse {
  const head = x.req.method === 'HEAD';
  const q = (name: string) => header(x.req, name) ?? '-';
  const bytes = head ? 0 : new TextEncoder().encode(body).length;
  const line = `${x.ctx.remoteAddr} - - [${logTime(x.ctx.now)}] "${requestLine(x.req)}" ${status} ${bytes} "${q('Referer')}" "${q('User-Agent')}" "${q('X-Forwarded-For')}"\n`;
  writeLog(x.ctx.engine, x.ctx.container, [{ stream: 'stdout', text: line }], x.ctx.now);
  const all: [string, string][] = [['Server', `nginx/${x.ver}`], ['Date', httpDate(x.ctx.now)], ...headers];
  return { status, reason: REASONS[status] ?? '', headers: all, body: head ? '' : body };
}

function fail(x: Exchange, status: number, extra: [string, string][] = []): HttpResponse {
  const body = errorPage(status, x.ver);
  return respond(x, status, [['Content-Type', 'text/html'], ['Content-Length', String(new TextEncoder().encode(body).length)], ...extra, ['Connection', 'keep-alive']], body);
}

function serveIndex(x: Exchange, dir: string, uriDir: string): HttpResponse {
  for (const name of x.server.index) {
    const f = readContainerFile(x.ctx.engine, x.ctx.container, `${dir}${name}`, NGINX_USER);
    if (f.kind === 'file') return serveFile(x, `${dir}${name}`, `${uriDir}${name}`);
  }
  const d = readContainerFile(x.ctx.engine, x.ctx.container, dir, NGINX_USER);
  if (d.kind !== 'dir') {
    logError(x, `"${dir}${x.server.index[0]}" is not found (2: No such file or directory)`);
    return fail(x, 404);
  }
  logError(x, `directory index of "${dir}" is forbidden`);
  return fail(x, 403);
}

function serveFile(x: Exchange, file: string, uri: string): HttpResponse {
  const f = readContainerFile(x.ctx.engine, x.ctx.container, file, NGINX_USER);
  if (f.kind === 'missing') {
    logError(x, `open() "${file}" failed (${f.errno}: ${f.errno === 13 ? 'Permission denied' : f.errno === 20 ? 'Not a directory' : 'No such file or directory'})`);
    return fail(x, f.errno === 13 ? 403 : 404);
  }
  if (f.kind === 'dir') {
    const host = (header(x.req, 'Host') ?? x.server.serverName).replace(/:\d+$/, '');
    const port = x.ctx.port === 80 ? '' : `:${x.ctx.port}`;
    return fail(x, 301, [['Location', `http://${host}${port}${uri}/`]]);
  }
  if (x.req.method === 'POST') return fail(x, 405);
  return respond(
    x,
    200,
    [
      ['Content-Type', mimeType(file)],
      ['Content-Length', String(f.size)],
      ['Last-Modified', httpDate(f.mtime)],
      ['Connection', 'keep-alive'],
      ['ETag', nginxEtag(f.mtime, f.size)],
      ['Accept-Ranges', 'bytes'],
    ],
    f.data,
  );
}

export const nginxService: HttpService = {
  listens: (engine, c) => [...new Set(nginxServers(engine, c).flatMap((s) => s.ports))],
  handle(ctx, req) {
    const proc = ctx.container.process;
    const conn = proc ? (proc.connections = (proc.connections ?? 0) + 1) : 1;
    const servers = nginxServers(ctx.engine, ctx.container);
    const server = servers.find((s) => s.ports.includes(ctx.port)) ?? servers[0];
    const x: Exchange = { ctx, req, server, ver: version(ctx.container), conn };
    if (!['GET', 'HEAD', 'POST'].includes(req.method)) return fail(x, 405);
    const uri = requestPath(req.target);
    const root = server.root.replace(/\/$/, '');
    if (uri.endsWith('/')) return serveIndex(x, `${root}${uri}`, uri);
    return serveFile(x, `${root}${uri}`, uri);
  },
};
