// apache2-foreground, the command of the php:apache images and of WordPress, Nextcloud and
// phpMyAdmin built on them: the image's entrypoint prepares /var/www/html first (wordpress.ts, nextcloud.ts),
// then Apache logs its start to stderr (AH00558 twice: no ServerName, so it uses the container's
// address) and each request to stdout in the combined format, with %O counting the headers too.
import type { Engine } from '../../engine.ts';
import { writeLog } from '../../containers/lifecycle.ts';
import { imageOrigin } from '../../image-fs/image-layers.ts';
import { httpDate, logTime } from '../../http/files.ts';
import type { HttpRequest, HttpResponse, HttpService, HttpServiceContext } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { apacheErrorTime, containerEnv, containerIp, lines, running } from './common.ts';
import { nextcloudHttp, nextcloudStart } from './nextcloud.ts';
import type { ServiceModel } from './types.ts';
import { wordpressHttp, wordpressStart } from './wordpress.ts';
import { phpmyadminHttp } from './phpmyadmin.ts';

export const APACHE_VERSION = '2.4.66';

function server(c: ContainerRecord): string {
  return `Apache/${APACHE_VERSION} (Debian)`;
}

export function phpVersion(c: ContainerRecord): string {
  return containerEnv(c).PHP_VERSION ?? '8.3.33';
}

/** Apache's start-up lines on stderr. */
export function apacheStartLines(ctx: ProgramContext): OutputChunk[] {
  const ip = containerIp(ctx.container) || '127.0.0.1';
  const t = apacheErrorTime(ctx.now);
  const ah = `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  return lines('stderr', [
    ah,
    ah,
    `[${t}] [mpm_prefork:notice] [pid 1] AH00163: ${server(ctx.container)} PHP/${phpVersion(ctx.container)} configured -- resuming normal operations`,
    `[${t}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`,
  ]);
}

const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 302: 'Found', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error' };

/** An answer from PHP behind Apache: Date and Server first, X-Powered-By, the combined log line. */
export function apacheRespond(ctx: HttpServiceContext, req: HttpRequest, status: number, headers: [string, string][], body: string): HttpResponse {
  const enc = new TextEncoder();
  const head = req.method === 'HEAD';
  const all: [string, string][] = [
    ['Date', httpDate(ctx.now)],
    ['Server', server(ctx.container)],
    ['X-Powered-By', `PHP/${phpVersion(ctx.container)}`],
    ...headers,
    ['Content-Length', String(enc.encode(body).length)],
    ['Content-Type', headers.find(([k]) => k === 'Content-Type')?.[1] ?? 'text/html; charset=UTF-8'],
  ].filter(([k], i, a) => a.findIndex(([x]) => x === k) === i) as [string, string][];
  const reason = REASONS[status] ?? '';
  const headerBytes = enc.encode(`HTTP/1.1 ${status} ${reason}\r\n${all.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`).length;
  const sent = headerBytes + (head ? 0 : enc.encode(body).length);
  const ua = req.headers.find(([k]) => k.toLowerCase() === 'user-agent')?.[1] ?? '-';
  const referer = req.headers.find(([k]) => k.toLowerCase() === 'referer')?.[1] ?? '-';
  const line = `${ctx.remoteAddr} - - [${logTime(ctx.now)}] "${req.method} ${req.target} HTTP/1.1" ${status} ${sent} "${referer}" "${ua}"\n`;
  writeLog(ctx.engine, ctx.container, [{ stream: 'stdout', text: line }], ctx.now);
  return { status, reason, headers: all, body: head ? '' : body };
}

function repoOf(engine: Engine, c: ContainerRecord): string | undefined {
  const image = engine.state.images[c.image];
  return image ? imageOrigin(image)?.repo.name : undefined;
}

function start(ctx: ProgramContext) {
  const repo = ctx.repo?.name;
  const prep = repo === 'wordpress' ? wordpressStart(ctx) : repo === 'nextcloud' ? nextcloudStart(ctx) : [];
  return running('apache2-foreground', [...prep, ...apacheStartLines(ctx)]);
}

const http: HttpService = {
  listens: () => [80],
  handle(ctx, req) {
    const repo = repoOf(ctx.engine, ctx.container);
    if (repo === 'nextcloud') return nextcloudHttp(ctx, req);
    if (repo === 'wordpress') return wordpressHttp(ctx, req);
    if (repo === 'phpmyadmin') return phpmyadminHttp(ctx, req);
    return apacheRespond(ctx, req, 403, [], '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>403 Forbidden</title>\n</head><body>\n<h1>Forbidden</h1>\n<p>You don\'t have permission to access this resource.</p>\n</body></html>\n');
  },
};

export const apache: ServiceModel = {
  program: 'apache2-foreground',
  start,
  ports: () => [80],
  http,
  stop: (_engine, _c, at) => lines('stderr', [`[${apacheErrorTime(at)}] [mpm_prefork:notice] [pid 1] AH00170: caught SIGWINCH, shutting down gracefully`]),
};
