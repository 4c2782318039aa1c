// The registry's request logs, as distribution writes them: one logrus line per request on
// stderr ("response completed", or "response completed with error" with the error's code), keys
// sorted as logrus's text formatter sorts them and quoted where it would quote, then the access
// log (gorilla's combined log format) on stdout. Debug-level lines (3.x's example config logs at
// debug) are left out.
import { writeLog } from '../../containers/lifecycle.ts';
import type { HttpRequest, HttpResponse, HttpServiceContext } from '../../http/types.ts';
import { isoTime } from '../../programs/services/common.ts';
import type { RegistryConfig } from './config.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** logrus's needsQuoting: anything beyond letters, digits and -._/@^+ is quoted (Go's %q). */
function logValue(v: string): string {
  if (v !== '' && /^[A-Za-z0-9\-._/@^+]+$/.test(v)) return v;
  return JSON.stringify(v);
}

function header(req: HttpRequest, name: string): string {
  return req.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] ?? '';
}

/** Go's time.Duration String for a sub-second duration in ms ("1.234567ms"). */
function duration(ms: number): string {
  return ms >= 1 ? `${ms}ms` : `${Math.round(ms * 1000)}µs`;
}

function accessTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export interface RequestLog {
  id: string;
  /** Remote address with the client's port. */
  remote: string;
  vars: [string, string][];
  /** The error code when the response is an API error. */
  error?: { code: string; message: string; detail?: string };
  durationMs: number;
}

/** The request's log lines; `unrouted`: only the access log (no handler ran). */
export function logRequest(ctx: HttpServiceContext, conf: RegistryConfig, req: HttpRequest, res: HttpResponse, unrouted: boolean | undefined, log: RequestLog): void {
  const written = res.body.length;
  const fields: [string, string][] = [
    ['http.request.host', header(req, 'Host')],
    ['http.request.id', log.id],
    ['http.request.method', req.method],
    ['http.request.remoteaddr', log.remote],
    ['http.request.uri', req.target],
    ['http.request.useragent', header(req, 'User-Agent')],
    ['http.response.contenttype', res.headers.find(([k]) => k === 'Content-Type')?.[1] ?? ''],
    ['http.response.duration', duration(log.durationMs)],
    ['http.response.status', String(res.status)],
    ['http.response.written', String(written)],
    ...conf.fields,
    ...log.vars,
  ];
  const ct = header(req, 'Content-Type');
  if (ct) fields.push(['http.request.contenttype', ct]);
  const e = log.error;
  if (e) fields.push(['err.code', e.code.toLowerCase().replace(/_/g, ' ')], ['err.message', e.message], ...(e.detail ? [['err.detail', e.detail] as [string, string]] : []));
  fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const level = log.error ? 'error' : 'info';
  const msg = log.error ? 'response completed with error' : 'response completed';
  const kv = fields.filter(([, v]) => v !== '').map(([k, v]) => `${k}=${logValue(v)}`).join(' ');
  const at = ctx.now;
  const ip = log.remote.replace(/:\d+$/, '');
  const access = `${ip} - - [${accessTime(at)}] "${req.method} ${req.target} HTTP/1.1" ${res.status} ${written} "${header(req, 'Referer')}" "${header(req, 'User-Agent')}"\n`;
  const line = { stream: 'stderr' as const, text: `time="${isoTime(at, true)}" level=${level} msg="${msg}" ${kv}\n` };
  writeLog(ctx.engine, ctx.container, [...(unrouted ? [] : [line]), { stream: 'stdout', text: access }], at);
}
