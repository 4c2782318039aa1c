// `python -m http.server [port] [-d dir] [-b addr]` (Python 3.14's SimpleHTTPRequestHandler):
// files from the directory it serves (the working directory by default), index.html for a
// directory, else its listing page; a 301 to a directory's slash; send_error's page for a
// missing file. Its start-up line goes to stdout, each request's log line to stderr as
// `client - - [dd/Mon/yyyy hh:mm:ss] "GET / HTTP/1.1" 200 -`. Registered as 'python-http.server'.
import { writeLog } from '../containers/lifecycle.ts';
import type { Engine } from '../engine.ts';
import type { OutputChunk } from '../programs/types.ts';
import type { ContainerRecord } from '../state.ts';
import { httpDate, listContainerDir, mimeType, readContainerFile, requestPath } from './files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from './types.ts';

export const PYTHON_HTTP_SERVER = 'python-http.server';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether argv runs http.server: `python3 -m http.server ...`. */
export function isHttpServer(argv: string[]): boolean {
  return /^python[\d.]*$/.test(argv[0]?.split('/').pop() ?? '') && argv[1] === '-m' && argv[2] === 'http.server';
}

export function httpServerArgs(argv: string[], workdir: string): { port: number; dir: string; bind: string } {
  const o = { port: 8000, dir: workdir || '/', bind: '0.0.0.0' };
  const rest = argv.slice(3);
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '-d' || rest[i] === '--directory') o.dir = rest[++i] ?? o.dir;
    else if (rest[i] === '-b' || rest[i] === '--bind') o.bind = rest[++i] ?? o.bind;
    else if (/^\d+$/.test(rest[i])) o.port = Number(rest[i]);
  }
  return o;
}

/** The line http.server prints when it starts listening. */
export function servingLine(argv: string[], workdir: string): OutputChunk {
  const { port, bind } = httpServerArgs(argv, workdir);
  return { stream: 'stdout', text: `Serving HTTP on ${bind} port ${port} (http://${bind}:${port}/) ...\n` };
}

function args(c: ContainerRecord) {
  return httpServerArgs([c.path, ...c.args], c.config.WorkingDir);
}

function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function listing(engine: Engine, c: ContainerRecord, fsPath: string, urlPath: string): string {
  const names = listContainerDir(engine, c, fsPath).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  const title = `Directory listing for ${esc(decodeURIComponent(urlPath))}`;
  const r = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<style type="text/css">\n:root {\ncolor-scheme: light dark;\n}\n</style>'];
  r.push(`<title>${title}</title>\n</head>`, `<body>\n<h1>${title}</h1>`, '<hr>\n<ul>');
  for (const name of names) {
    const isDir = readContainerFile(engine, c, `${fsPath}/${name}`).kind === 'dir';
    const shown = isDir ? `${name}/` : name;
    r.push(`<li><a href="${encodeURI(shown).replace(/[?#]/g, encodeURIComponent)}">${esc(shown)}</a></li>`);
  }
  r.push('</ul>\n<hr>\n</body>\n</html>\n');
  return r.join('\n');
}

function errorPage(code: number, message: string, explain: string): string {
  return `<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: ${code}</p>\n        <p>Message: ${message}.</p>\n        <p>Error code explanation: ${code} - ${explain}.</p>\n    </body>\n</html>\n`;
}

function answer(ctx: HttpServiceContext, req: HttpRequest): { status: number; reason: string; headers: [string, string][]; body: string; error?: string } {
  const { dir } = args(ctx.container);
  const urlPath = requestPath(req.target);
  const fsPath = `${dir.replace(/\/$/, '')}${urlPath}`.replace(/\/+$/, '') || '/';
  let f = readContainerFile(ctx.engine, ctx.container, fsPath);
  if (f.kind === 'dir' && !urlPath.endsWith('/')) return { status: 301, reason: 'Moved Permanently', headers: [['Location', `${urlPath}/`], ['Content-Length', '0']], body: '' };
  if (f.kind === 'dir') {
    const index = readContainerFile(ctx.engine, ctx.container, `${fsPath}/index.html`);
    if (index.kind !== 'file') {
      const body = listing(ctx.engine, ctx.container, fsPath, urlPath);
      return { status: 200, reason: 'OK', headers: [['Content-type', 'text/html; charset=utf-8'], ['Content-Length', String(new TextEncoder().encode(body).length)]], body };
    }
    f = index;
  }
  if (f.kind !== 'file') {
    const body = errorPage(404, 'File not found', 'Nothing matches the given URI');
    return { status: 404, reason: 'File not found', error: 'code 404, message File not found', headers: [['Connection', 'close'], ['Content-Type', 'text/html;charset=utf-8'], ['Content-Length', String(body.length)]], body };
  }
  const type = mimeType(urlPath.endsWith('/') ? 'index.html' : urlPath);
  return { status: 200, reason: 'OK', headers: [['Content-type', type], ['Content-Length', String(f.size)], ['Last-Modified', httpDate(f.mtime)]], body: f.data };
}

function version(c: ContainerRecord): string {
  return c.config.Env.find((e) => e.startsWith('PYTHON_VERSION='))?.slice('PYTHON_VERSION='.length) ?? '3.14.7';
}

export const pythonHttpService: HttpService = {
  listens: (_engine, c) => [args(c).port],
  handle(ctx, req): HttpResponse {
    const a = answer(ctx, req);
    const stamp = `${ctx.remoteAddr} - - [${logTime(ctx.now)}]`;
    const lines = `${a.error ? `${stamp} ${a.error}\n` : ''}${stamp} "${req.method} ${req.target} HTTP/1.1" ${a.status} -\n`;
    writeLog(ctx.engine, ctx.container, [{ stream: 'stderr', text: lines }], ctx.now);
    const headers: [string, string][] = [['Server', `SimpleHTTP/0.6 Python/${version(ctx.container)}`], ['Date', httpDate(ctx.now)], ...a.headers];
    return { status: a.status, reason: a.reason, headers, body: req.method === 'HEAD' ? '' : a.body };
  },
};

