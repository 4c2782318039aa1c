// Serving a Flask app as Werkzeug's development server does: the banner (Flask's lines on
// stdout; Werkzeug's warning, addresses and "Press CTRL+C to quit" on stderr, in colour even in
// a log, as it always styles them on Linux), then each request: the view's answer with the dev
// server's headers, and its log line `172.17.0.1 - - [25/Nov/2026 10:00:05] "GET / HTTP/1.1" 200 -`.
import { httpDate } from '../../../engine/http/files.ts';
import type { HttpRequest, HttpResponse } from '../../../engine/http/types.ts';
import { utf8Bytes } from '../sha1.ts';
import { errorPage, flaskApp, FLASK_VERSION, matchRule, setRequest, WERKZEUG_VERSION, type FlaskApp } from './flask.ts';
import type { PyRuntime } from './runtime.ts';
import { jsonDumps } from './stdlib.ts';
import { num, PyDict, PyList, PyObj, PyRaise, PyTuple, str, type PyValue } from './values.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');
const REASON: Record<number, string> = { 200: 'OK', 201: 'CREATED', 204: 'NO CONTENT', 301: 'MOVED PERMANENTLY', 302: 'FOUND', 400: 'BAD REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT FOUND', 405: 'METHOD NOT ALLOWED', 500: 'INTERNAL SERVER ERROR' };

export function banner(app: FlaskApp, host: string, port: number, ip: string, debug: boolean): { stdout: string; stderr: string } {
  const running = host === '0.0.0.0' ? ` * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:${port}\n * Running on http://${ip}:${port}\n` : ` * Running on http://${host}:${port}\n`;
  const pin = [...app.name].reduce((h, c) => (h * 33 + c.charCodeAt(0)) % 1000000000, 5381).toString().padStart(9, '0');
  const reload = debug ? ` * Restarting with stat\n * Debugger is active!\n * Debugger PIN: ${pin.slice(0, 3)}-${pin.slice(3, 6)}-${pin.slice(6, 9)}\n` : '';
  return {
    stdout: ` * Serving Flask app '${app.name}'\n * Debug mode: ${debug ? 'on' : 'off'}\n`,
    stderr: `\x1b[31m\x1b[1mWARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\x1b[0m\n${running}\x1b[33mPress CTRL+C to quit\x1b[0m\n${reload}`,
  };
}

function logLine(remote: string, now: number, req: HttpRequest, status: number): string {
  const d = new Date(now);
  let msg = `${req.method} ${req.target} HTTP/1.1`;
  if (status === 404) msg = `\x1b[33m${msg}\x1b[0m`;
  else if (status >= 500) msg = `\x1b[35m\x1b[1m${msg}\x1b[0m`;
  else if (status >= 400) msg = `\x1b[31m\x1b[1m${msg}\x1b[0m`;
  else if (status === 304) msg = `\x1b[36m${msg}\x1b[0m`;
  else if (status >= 300) msg = `\x1b[32m${msg}\x1b[0m`;
  return `${remote} - - [${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}] "${msg}" ${status} -\n`;
}

/** What a view returned, as Flask makes a response of it. */
function toResponse(app: FlaskApp, v: PyValue): { status: number; type: string; body: string; headers: [string, string][] } {
  let status = 200;
  const headers: [string, string][] = [];
  if (v instanceof PyTuple) {
    const [body, second, third] = v.items;
    if (typeof second === 'number') status = second;
    const h = second instanceof PyDict ? second : third;
    if (h instanceof PyDict) for (const [k, x] of h.map.values()) headers.push([str(k), str(x)]);
    v = body;
  }
  if (v instanceof PyObj && v.type === 'Response') return { status, type: `${str(v.attrs.get('mimetype') as PyValue)}`, body: str(v.attrs.get('body') as PyValue), headers };
  if (v instanceof PyDict || v instanceof PyList) return { status, type: 'application/json', body: `${jsonDumps(v, app.debug ? 2 : undefined, true, app.debug ? undefined : [',', ':'])}\n`, headers };
  if (typeof v !== 'string') throw new PyRaise(new PyObj('TypeError', { args: new PyTuple([`The view function did not return a valid response. The return type must be a string, dict, list, tuple with headers or status, Response instance, or WSGI callable, but it was a ${v === null ? 'NoneType' : typeof v}.`]) }, false));
  return { status, type: 'text/html; charset=utf-8', body: v, headers };
}

export function handleFlask(rt: PyRuntime, appObj: PyObj, req: HttpRequest, remote: string, now: number, logError: (e: unknown, req: HttpRequest, now: number) => void): HttpResponse {
  const app = flaskApp(appObj) as FlaskApp;
  rt.resetSteps();
  const path = req.target.split('?')[0];
  const hits = app.routes.map((r) => ({ r, params: matchRule(r.rule, path) })).filter((h) => h.params);
  const hit = hits.find((h) => h.r.methods.includes(req.method) || (req.method === 'HEAD' && h.r.methods.includes('GET')));
  let res: { status: number; type: string; body: string; headers: [string, string][] };
  if (!hit) {
    const status = hits.length ? 405 : 404;
    res = { status, type: 'text/html; charset=utf-8', body: errorPage(status), headers: hits.length ? [['Allow', [...new Set([...hits.flatMap((h) => h.r.methods), 'HEAD', 'OPTIONS'])].sort().join(', ')]] : [] };
  } else {
    const flask = rt.importModule('flask', { line: 0, col: 0 });
    if (flask instanceof PyObj) setRequest(flask.attrs.get('request') as PyObj, req);
    // The view runs in a frame of its own (the traceback starts at Flask's dispatch, not the module).
    const saved = rt.frames.splice(0);
    try {
      res = toResponse(app, rt.interp.callNow(hit.r.view, [], hit.params));
    } catch (e) {
      const code = e instanceof PyRaise && e.exc.type === 'HTTPException' ? num(e.exc.attrs.get('code') as PyValue) : 500;
      if (code === 500) logError(e, req, now);
      res = { status: code, type: 'text/html; charset=utf-8', body: errorPage(code in { 404: 1, 405: 1 } ? code : 500), headers: [] };
    } finally {
      rt.frames.splice(0, rt.frames.length, ...saved);
    }
  }
  rt.info.write('stderr', logLine(remote, now, req, res.status));
  const headers: [string, string][] = [['Server', `Werkzeug/${WERKZEUG_VERSION} Python/${rt.version}`], ['Date', httpDate(now)], ['Content-Type', res.type], ['Content-Length', String(utf8Bytes(res.body))], ...res.headers, ['Connection', 'close']];
  return { status: res.status, reason: REASON[res.status] ?? 'UNKNOWN', headers, body: req.method === 'HEAD' ? '' : res.body };
}

export { FLASK_VERSION };
