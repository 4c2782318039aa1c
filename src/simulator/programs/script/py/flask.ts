// Flask 3.1 in the model: Flask(__name__), @app.route/get/post (with <name>, <int:id> and
// <path:p> converters), app.run(), jsonify, request (method, path, args, json, headers),
// render_template for templates without Jinja statements, and what a view returns (str, dict or
// list as JSON, a (body, status[, headers]) tuple). Answers as Werkzeug's dev server sends them
// (Server, Date, Content-Type, Content-Length, Connection: close), with its 404/405/500 pages
// and its request log line on stderr.
import type { HttpRequest } from '../../../engine/http/types.ts';
import { dirname, resolvePath } from '../../../fs/path.ts';
import type { PyRuntime } from './runtime.ts';
import { fromJs, jsonDumps } from './stdlib.ts';
import { exception, num, PyBeyond, PyDict, PyFunc, PyList, PyObj, PyRaise, PyTuple, pyfn, str, truthy, type PyValue } from './values.ts';

export const FLASK_VERSION = '3.1.2';
export const WERKZEUG_VERSION = '3.1.4';

interface Route { rule: string; methods: string[]; view: PyFunc }
export interface FlaskApp { obj: PyObj; name: string; root: string; routes: Route[]; debug: boolean }

const apps = new WeakMap<PyObj, FlaskApp>();

export function flaskApp(obj: PyObj): FlaskApp | undefined {
  return apps.get(obj);
}

const PAGES: Record<number, [string, string]> = {
  404: ['Not Found', 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.'],
  405: ['Method Not Allowed', 'The method is not allowed for the requested URL.'],
  500: ['Internal Server Error', 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.'],
};

function errorPage(code: number): string {
  const [name, text] = PAGES[code];
  return `<!doctype html>\n<html lang=en>\n<title>${code} ${name}</title>\n<h1>${name}</h1>\n<p>${text}</p>\n`;
}

function appObject(rt: PyRuntime, importName: string, request: PyObj): PyObj {
  const obj = new PyObj('Flask');
  const app: FlaskApp = { obj, name: importName === '__main__' ? rt.file.split('/').pop()?.replace(/\.py$/, '') ?? 'app' : importName, root: dirname(rt.file), routes: [], debug: false };
  apps.set(obj, app);
  const decorator = (rule: PyValue, methods: string[]) => pyfn('decorator', (a) => {
    app.routes.push({ rule: str(rule), methods, view: a[0] as PyFunc });
    return a[0];
  });
  const methodsOf = (k: Map<string, PyValue>) => (k.get('methods') instanceof PyList ? (k.get('methods') as PyList).items.map((m) => str(m).toUpperCase()) : ['GET']);
  obj.attrs.set('route', pyfn('route', (a, k) => decorator(a[0], methodsOf(k))));
  for (const m of ['get', 'post', 'put', 'delete', 'patch']) obj.attrs.set(m, pyfn(m, (a) => decorator(a[0], [m.toUpperCase()])));
  obj.attrs.set('config', new PyDict());
  obj.attrs.set('name', app.name);
  obj.attrs.set('run', pyfn('run', (a, k) => {
    const debug = k.has('debug') ? truthy(k.get('debug') as PyValue) : rt.env.FLASK_DEBUG === '1';
    app.debug = debug;
    const host = str(k.get('host') ?? a[0] ?? '127.0.0.1');
    return { kind: 'serve', app: obj, host: host === 'None' ? '127.0.0.1' : host, port: k.get('port') === undefined || k.get('port') === null ? 5000 : num(k.get('port') as PyValue), debug } as unknown as PyValue;
  }));
  void request;
  return obj;
}

/** The `request` proxy: its attributes are those of the request being answered. */
function setRequest(request: PyObj, req: HttpRequest): void {
  const [path, query = ''] = req.target.split('?');
  const args = new PyDict();
  for (const p of query.split('&').filter(Boolean)) {
    const [k, v = ''] = p.split('=').map((x) => decodeURIComponent(x.replace(/\+/g, ' ')));
    if (!args.has(k)) args.set(k, v);
  }
  const headers = new PyDict();
  for (const [k, v] of req.headers) headers.set(k, v);
  const argsObj = new PyObj('werkzeug.datastructures.MultiDict', {
    get: pyfn('get', (a, k) => {
      const v = args.has(a[0]) ? (args.get(a[0]) as PyValue) : (a[1] ?? k.get('default') ?? null);
      const type = k.get('type');
      return type instanceof PyFunc && args.has(a[0]) ? (type.host?.([v], new Map()) as PyValue) : v;
    }),
  });
  argsObj.attrs.set('__getitem__', pyfn('__getitem__', (a) => (args.has(a[0]) ? (args.get(a[0]) as PyValue) : null)));
  let json: PyValue = null;
  try {
    if (req.body) json = fromJs(JSON.parse(req.body));
  } catch {
    json = null;
  }
  for (const [k, v] of Object.entries({ method: req.method, path, args: argsObj, json, headers: new PyObj('Headers', { get: pyfn('get', (a) => [...headers.map.values()].find(([k2]) => str(k2).toLowerCase() === str(a[0]).toLowerCase())?.[1] ?? (a[1] ?? null)) }), get_json: pyfn('get_json', () => json), url: req.target }))
    request.attrs.set(k, v);
}

function renderTemplate(rt: PyRuntime, app: FlaskApp | undefined, a: PyValue[], k: Map<string, PyValue>): string {
  const path = resolvePath(app?.root ?? rt.cwd, `templates/${str(a[0])}`);
  let text: string;
  try {
    text = rt.fs.readFile(path);
  } catch {
    throw new PyRaise(exception('jinja2.exceptions.TemplateNotFound', str(a[0])));
  }
  if (/\{%/.test(text)) throw new PyBeyond('Jinja statements ({% ... %}) in templates');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');
  return text.replace(/\{\{\s*([A-Za-z_]\w*)\s*\}\}/g, (_m, name: string) => esc(str(k.get(name) ?? '')));
}

export function flaskModule(rt: PyRuntime): PyObj {
  const request = new PyObj('flask.request');
  let current: FlaskApp | undefined;
  return new PyObj('flask', {
    Flask: pyfn('Flask', (a) => {
      const obj = appObject(rt, str(a[0] ?? '__main__'), request);
      current = flaskApp(obj);
      return obj;
    }),
    jsonify: pyfn('jsonify', (a, k) => {
      const v = a.length === 1 ? a[0] : a.length ? new PyList(a) : (() => {
        const d = new PyDict();
        for (const [kk, vv] of k) d.set(kk, vv);
        return d;
      })();
      return new PyObj('Response', { body: `${jsonDumps(v, current?.debug ? 2 : undefined, true, current?.debug ? undefined : [',', ':'])}\n`, mimetype: 'application/json' });
    }),
    request,
    render_template: pyfn('render_template', (a, k) => renderTemplate(rt, current, a, k)),
    abort: pyfn('abort', (a) => {
      throw new PyRaise(new PyObj('HTTPException', { code: num(a[0]) }, false));
    }),
  });
}

/** A route rule against a path: /users/<int:id> -> { id: 7 }. */
function matchRule(rule: string, path: string): Map<string, PyValue> | undefined {
  const names: [string, string][] = [];
  const re = rule.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/<(?:(\w+):)?(\w+)>/g, (_m, conv: string | undefined, name: string) => {
    names.push([conv ?? 'string', name]);
    return conv === 'int' ? '(\\d+)' : conv === 'path' ? '(.+)' : '([^/]+)';
  });
  const m = new RegExp(`^${re}$`).exec(path);
  if (!m) return undefined;
  return new Map(names.map(([conv, name], i) => [name, conv === 'int' ? Number(m[i + 1]) : decodeURIComponent(m[i + 1])]));
}

export { matchRule, errorPage, setRequest };
export type { Route };
void PyTuple;
