// node's http module in the model: createServer(handler).listen(port[, host][, callback]), the
// request (url, method, headers) and response (statusCode, setHeader, writeHead, write, end)
// objects, and the response as node puts it on the wire: the handler's headers in the order
// set, then Date, Connection: keep-alive, Keep-Alive: timeout=5, and Content-Length for a body
// sent in one end() (chunked otherwise).
import { httpDate } from '../../../engine/http/files.ts';
import type { HttpRequest, HttpResponse } from '../../../engine/http/types.ts';
import { utf8Bytes } from '../sha1.ts';
import type { NodeRuntime, NodeServerState } from './node-runtime.ts';
import { fn, JsArray, JsFunction, JsObject, toNum, toStr, type Value } from './values.ts';

export const STATUS: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  418: "I'm a Teapot", 422: 'Unprocessable Entity', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
};

/** What a handler has done to its response so far. */
export class ResState {
  status = 200;
  headers: [string, string][] = [];
  body = '';
  chunked = false;
  ended = false;

  set(name: string, value: string): void {
    const i = this.headers.findIndex(([k]) => k.toLowerCase() === name.toLowerCase());
    if (i === -1) this.headers.push([name, value]);
    else this.headers[i] = [name, value];
  }
  get(name: string): string | undefined {
    return this.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  }
  remove(name: string): void {
    this.headers = this.headers.filter(([k]) => k.toLowerCase() !== name.toLowerCase());
  }

  /** The response node sends. */
  wire(now: number, method: string): HttpResponse {
    const headers: [string, string][] = [...this.headers, ['Date', httpDate(now)], ['Connection', 'keep-alive'], ['Keep-Alive', 'timeout=5']];
    if (!this.get('content-length') && !this.get('transfer-encoding') && this.status !== 204 && this.status !== 304) {
      headers.push(this.chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(utf8Bytes(this.body))]);
    }
    return { status: this.status, reason: STATUS[this.status] ?? 'unknown', headers, body: method === 'HEAD' ? '' : this.body };
  }
}

export function requestObject(req: HttpRequest, remoteAddr: string): JsObject {
  const [path, query = ''] = req.target.split('?');
  const headers = new JsObject(undefined, Object.fromEntries(req.headers.map(([k, v]) => [k.toLowerCase(), v])));
  const q = new JsObject(undefined, Object.fromEntries(query.split('&').filter(Boolean).map((p) => p.split('=').map((x) => decodeURIComponent(x.replace(/\+/g, ' '))) as [string, string])));
  return new JsObject('req', {
    url: req.target, method: req.method, headers, path, query: q, params: new JsObject(), body: undefined,
    ip: `::ffff:${remoteAddr}`, hostname: (headers.props.get('host') as string | undefined)?.split(':')[0] ?? 'localhost',
    httpVersion: '1.1', originalUrl: req.target,
    get: fn('get', (a) => headers.props.get(toStr(a[0]).toLowerCase())),
    header: fn('header', (a) => headers.props.get(toStr(a[0]).toLowerCase())),
    on: fn('on', () => undefined),
  });
}

/** node's ServerResponse over a ResState. */
export function nodeResponse(state: ResState): JsObject {
  const res: JsObject = new JsObject('res', {
    statusCode: 200,
    setHeader: fn('setHeader', (a) => (state.set(toStr(a[0]), a[1] instanceof JsArray ? a[1].items.map(toStr).join(', ') : toStr(a[1])), res)),
    getHeader: fn('getHeader', (a) => state.get(toStr(a[0]))),
    removeHeader: fn('removeHeader', (a) => void state.remove(toStr(a[0]))),
    writeHead: fn('writeHead', (a) => {
      res.props.set('statusCode', toNum(a[0]));
      const h = typeof a[1] === 'string' ? a[2] : a[1];
      if (h instanceof JsObject) for (const [k, v] of h.props) state.set(k, toStr(v));
      return res;
    }),
    write: fn('write', (a) => {
      state.chunked = true;
      state.body += toStr(a[0]);
      return true;
    }),
    end: fn('end', (a) => {
      if (a[0] !== undefined && !(a[0] instanceof JsFunction)) state.body += toStr(a[0]);
      state.ended = true;
      return res;
    }),
    on: fn('on', () => res),
  });
  return res;
}

function serverObject(rt: NodeRuntime, s: NodeServerState): JsObject {
  const server: JsObject = new JsObject('server', {
    listen: fn('listen', (a) => {
      s.port = toNum(typeof a[0] === 'object' && a[0] instanceof JsObject ? a[0].props.get('port') : a[0]);
      if (typeof a[1] === 'string') s.host = a[1];
      const cb = a.find((x) => x instanceof JsFunction);
      if (cb instanceof JsFunction) s.onListen = cb;
      rt.servers.push(s);
      return server;
    }),
    on: fn('on', (a) => {
      if (toStr(a[0]) === 'request' && a[1] instanceof JsFunction) s.handler = a[1];
      return server;
    }),
    close: fn('close', () => server),
    address: fn('address', () => new JsObject(undefined, { address: '::', family: 'IPv6', port: s.port })),
  });
  return server;
}

export function httpModule(rt: NodeRuntime): JsObject {
  return new JsObject('http', {
    STATUS_CODES: new JsObject(undefined, Object.fromEntries(Object.entries(STATUS))),
    createServer: fn('createServer', (a) => {
      const app = a.find((x) => x instanceof JsObject && x.host === 'app') as JsObject | undefined;
      return serverObject(rt, { port: 0, handler: a.find((x) => x instanceof JsFunction) as JsFunction | undefined, app });
    }),
  });
}

export function listenServer(rt: NodeRuntime, app: JsObject, args: Value[]): JsObject {
  const server = serverObject(rt, { port: 0, app });
  return (server.props.get('listen') as JsFunction).host?.(args, server, { at: [0, 0] }) as JsObject;
}
