// Express 5 in the model: express(), app.get/post/put/delete/patch/all/use, routers,
// express.static/json/urlencoded, app.listen, and the response methods a small app calls
// (send, json, status, sendStatus, set, type, redirect, sendFile, end). Answers carry what
// Express sends: X-Powered-By, Content-Type with charset, Content-Length, a weak ETag, and
// finalhandler's "Cannot GET /x" page (404) or the error's stack (500, also logged to stderr).
import { httpDate } from '../../../engine/http/files.ts';
import type { HttpRequest, HttpResponse } from '../../../engine/http/types.ts';
import { resolvePath } from '../../../fs/path.ts';
import { weakEtag } from '../sha1.ts';
import { toJson } from './node-globals.ts';
import { listenServer, requestObject, ResState, STATUS } from './node-http.ts';
import type { NodeRuntime } from './node-runtime.ts';
import { Beyond, fn, isError, JsFunction, JsObject, JsThrow, toNum, toStr, type Value } from './values.ts';

type Handler = JsFunction | { static: string } | { router: JsObject };
interface Layer { method?: string; path: string; prefix: boolean; handlers: Handler[] }
interface AppState { stack: Layer[]; settings: Map<string, Value> }

const apps = new WeakMap<JsObject, AppState>();
const MIME: Record<string, string> = { html: 'text/html; charset=utf-8', htm: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', txt: 'text/plain; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', ico: 'image/vnd.microsoft.icon' };

export function appState(app: JsObject): AppState | undefined {
  return apps.get(app);
}

/** '/users/:id' against '/users/7' -> { id: '7' }; a prefix (use) matches whole segments. */
function match(pattern: string, path: string, prefix: boolean): Record<string, string> | undefined {
  const p = pattern.replace(/\/+$/, '').split('/');
  const s = path.replace(/\/+$/, '').split('/');
  if (p.length > s.length || (!prefix && p.length !== s.length && !p[p.length - 1].startsWith('*'))) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    if (p[i].startsWith('*')) return { ...params, [p[i].slice(1) || '0']: s.slice(i).join('/') };
    if (p[i].startsWith(':')) params[p[i].slice(1)] = decodeURIComponent(s[i]);
    else if (p[i].toLowerCase() !== (s[i] ?? '').toLowerCase()) return undefined;
  }
  return params;
}

function errorPage(message: string): string {
  const body = message.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>').replace(/ {2}/g, ' &nbsp;');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>${body}</pre>\n</body>\n</html>\n`;
}

function finalPage(state: ResState, status: number, message: string): void {
  state.status = status;
  state.set('Content-Security-Policy', "default-src 'none'");
  state.set('X-Content-Type-Options', 'nosniff');
  state.set('Content-Type', 'text/html; charset=utf-8');
  state.body = errorPage(message);
  state.set('Content-Length', String(new TextEncoder().encode(state.body).length));
  state.ended = true;
}

/** res.send: Content-Type html unless set, Content-Length, ETag. */
function send(state: ResState, body: string, type = 'text/html; charset=utf-8'): void {
  if (!state.get('content-type')) state.set('Content-Type', type);
  state.set('Content-Length', String(new TextEncoder().encode(body).length));
  if (!state.get('etag')) state.set('ETag', weakEtag(body));
  state.body = body;
  state.ended = true;
}

function sendFile(rt: NodeRuntime, state: ResState, path: string): boolean {
  let st;
  try {
    st = rt.env.fs.stat(path);
  } catch {
    return false;
  }
  if (st.kind !== 'file') return false;
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  state.set('Accept-Ranges', 'bytes');
  state.set('Cache-Control', 'public, max-age=0');
  state.set('Last-Modified', httpDate(st.mtime));
  state.set('ETag', `W/"${st.size.toString(16)}-${st.mtime.toString(16)}"`);
  state.set('Content-Type', MIME[ext] ?? 'application/octet-stream');
  state.set('Content-Length', String(st.size));
  state.body = rt.env.fs.readFile(path);
  state.ended = true;
  return true;
}

function responseObject(rt: NodeRuntime, state: ResState, app: AppState): JsObject {
  const res: JsObject = new JsObject('res', { locals: new JsObject() });
  const m = (name: string, f: (a: Value[]) => Value) => res.props.set(name, fn(name, f));
  m('status', (a) => ((state.status = toNum(a[0])), res));
  m('set', (a) => (a[0] instanceof JsObject ? [...a[0].props].forEach(([k, v]) => state.set(k, toStr(v))) : state.set(toStr(a[0]), toStr(a[1])), res));
  res.props.set('header', res.props.get('set'));
  m('setHeader', (a) => (state.set(toStr(a[0]), toStr(a[1])), res));
  m('get', (a) => state.get(toStr(a[0])));
  m('type', (a) => (state.set('Content-Type', MIME[toStr(a[0]).replace(/^\./, '')] ?? toStr(a[0])), res));
  m('send', (a) => {
    const body = a[0];
    if (body instanceof JsObject || (body !== null && typeof body === 'object')) return (res.props.get('json') as JsFunction).host?.(a, res, { at: [0, 0] });
    send(state, body === undefined || body === null ? '' : toStr(body));
    return res;
  });
  m('json', (a) => {
    const spaces = app.settings.get('json spaces');
    send(state, toJson(a[0], typeof spaces === 'number' ? ' '.repeat(spaces) : '') ?? '', 'application/json; charset=utf-8');
    return res;
  });
  m('sendStatus', (a) => ((state.status = toNum(a[0])), send(state, STATUS[state.status] ?? String(state.status), 'text/plain; charset=utf-8'), res));
  m('end', (a) => {
    if (a[0] !== undefined) state.body += toStr(a[0]);
    state.ended = true;
    return res;
  });
  m('redirect', (a) => {
    const [status, url] = a.length > 1 ? [toNum(a[0]), toStr(a[1])] : [302, toStr(a[0])];
    state.status = status;
    state.set('Location', url);
    send(state, `${STATUS[status] ?? 'Found'}. Redirecting to ${url}`, 'text/plain; charset=utf-8');
    return res;
  });
  m('sendFile', (a) => {
    const root = a[1] instanceof JsObject ? toStr(a[1].props.get('root')) : '';
    const path = root ? resolvePath(resolvePath(rt.env.cwd, root), toStr(a[0])) : toStr(a[0]);
    if (!sendFile(rt, state, path)) finalPage(state, 404, `Error: ENOENT: no such file or directory, stat '${path}'`);
    return undefined;
  });
  return res;
}

interface Dispatch { rt: NodeRuntime; state: ResState; req: JsObject; res: JsObject; method: string }

/** Run the app's stack for one request; true when something answered. */
function runStack(d: Dispatch, app: AppState, path: string): boolean {
  let i = 0;
  let nextCalled = true;
  let error: Value;
  const next = fn('next', (a) => {
    nextCalled = true;
    if (a[0] !== undefined && a[0] !== 'route' && a[0] !== 'router') error = a[0];
    return undefined;
  });
  while (i < app.stack.length && nextCalled && !d.state.ended) {
    const layer = app.stack[i++];
    if (layer.method && layer.method !== d.method && !(layer.method === 'GET' && d.method === 'HEAD') && layer.method !== 'ALL') continue;
    const params = match(layer.path, path, layer.prefix);
    if (!params) continue;
    for (const [k, v] of Object.entries(params)) (d.req.props.get('params') as JsObject).props.set(k, v);
    for (const h of layer.handlers) {
      nextCalled = false;
      if (error !== undefined) throw new JsThrow(error);
      if (h instanceof JsFunction) d.rt.interp.call(h, undefined, [d.req, d.res, next], [0, 0]);
      else if ('static' in h) serveStatic(d, h.static, path.slice(layer.path.replace(/\/$/, '').length) || '/') || (nextCalled = true);
      else {
        const inner = appState(h.router);
        if (inner && runStack(d, inner, path.slice(layer.path.replace(/\/$/, '').length) || '/')) return true;
        nextCalled = !d.state.ended;
      }
      if (!nextCalled || d.state.ended) break;
    }
  }
  if (error !== undefined) throw new JsThrow(error);
  return d.state.ended || !nextCalled;
}

function serveStatic(d: Dispatch, root: string, path: string): boolean {
  if (d.method !== 'GET' && d.method !== 'HEAD') return false;
  const file = resolvePath(resolvePath(d.rt.env.cwd, root), `.${decodeURIComponent(path)}`);
  try {
    if (d.rt.env.fs.stat(file).kind === 'dir') {
      if (!path.endsWith('/')) {
        d.state.status = 301;
        d.state.set('Location', `${path}/`);
        send(d.state, `Redirecting to ${path}/\n`, 'text/html; charset=utf-8');
        return true;
      }
      return sendFile(d.rt, d.state, `${file}/index.html`);
    }
  } catch {
    return false;
  }
  return sendFile(d.rt, d.state, file);
}

/** One request through an Express app, as the server it listens with answers it. */
export function handleExpress(rt: NodeRuntime, appObj: JsObject, req: HttpRequest, remoteAddr: string, now: number): HttpResponse {
  const app = appState(appObj) as AppState;
  const state = new ResState();
  if (app.settings.get('x-powered-by') !== false) state.set('X-Powered-By', 'Express');
  const reqObj = requestObject(req, remoteAddr);
  if (req.body && /json/.test(req.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '')) {
    try {
      reqObj.props.set('body', JSON.parse(req.body) as Value);
    } catch {
      // express.json() would answer 400; the model leaves body unset
    }
  }
  const d: Dispatch = { rt, state, req: reqObj, res: responseObject(rt, state, app), method: req.method };
  const path = req.target.split('?')[0];
  try {
    if (!runStack(d, app, path)) finalPage(state, 404, `Cannot ${req.method} ${path}`);
  } catch (e) {
    if (!(e instanceof JsThrow)) throw e;
    const stack = isError(e.value) ? rt.stack(e.value) : toStr(e.value);
    rt.env.write('stderr', `${stack}\n`);
    finalPage(state, 500, stack);
  }
  return state.wire(now, req.method);
}

function appObject(rt: NodeRuntime, withListen: boolean): JsObject {
  const state: AppState = { stack: [], settings: new Map() };
  const app: JsObject = new JsObject('app', { locals: new JsObject() });
  apps.set(app, state);
  const route = (method: string | undefined) => (a: Value[]) => {
    if (method === 'GET' && a.length === 1) return state.settings.get(toStr(a[0]));
    const [path, handlers] = typeof a[0] === 'string' ? [a[0], a.slice(1)] : ['/', a];
    state.stack.push({ method, path, prefix: method === undefined, handlers: handlers.map((h) => toHandler(h)) });
    return app;
  };
  for (const m of ['get', 'post', 'put', 'delete', 'patch', 'all', 'options', 'head']) app.props.set(m, fn(m, route(m.toUpperCase())));
  app.props.set('use', fn('use', route(undefined)));
  app.props.set('set', fn('set', (a) => (state.settings.set(toStr(a[0]), a[1]), app)));
  app.props.set('disable', fn('disable', (a) => (state.settings.set(toStr(a[0]), false), app)));
  app.props.set('enable', fn('enable', (a) => (state.settings.set(toStr(a[0]), true), app)));
  if (withListen) app.props.set('listen', fn('listen', (a) => listenServer(rt, app, a)));
  return app;
}

function toHandler(h: Value): Handler {
  if (h instanceof JsFunction && h.props.has('__static')) return { static: toStr(h.props.get('__static')) };
  if (h instanceof JsObject && apps.has(h)) return { router: h };
  if (h instanceof JsFunction) return h;
  throw new Beyond('app.use() with something other than a function');
}

export function expressModule(rt: NodeRuntime): JsFunction {
  const noop = fn('middleware', (a) => (a[2] instanceof JsFunction ? a[2].host?.([], undefined, { at: [0, 0] }) : undefined));
  const parsers = new JsObject('bodyParser', { json: fn('json', () => noop), urlencoded: fn('urlencoded', () => noop), text: fn('text', () => noop) });
  return fn('express', () => appObject(rt, true), {
    static: fn('static', (a) => fn('serveStatic', () => undefined, { __static: toStr(a[0]) })),
    json: parsers.props.get('json'),
    urlencoded: parsers.props.get('urlencoded'),
    text: parsers.props.get('text'),
    Router: fn('Router', () => appObject(rt, false)),
    bodyParser: parsers,
  });
}
