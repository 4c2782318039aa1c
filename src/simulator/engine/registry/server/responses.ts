// Responses of the registry API: JSON documents as Go's json.Encoder writes them (a newline
// after), the errcode envelope with each code's status and message (distribution's
// registry/api/errcode descriptors), and Go's plain 404 page for paths no route matches.

export interface ApiResult {
  status: number;
  headers: [string, string][];
  body: string;
  /** Route variables distribution adds to its log line (vars.name, vars.reference ...). */
  vars: [string, string][];
  /** Set for API errors: logged as "response completed with error". */
  error?: { code: string; message: string; detail?: string };
  /** No route matched: the dispatcher (config headers, its log line) never ran. */
  unrouted?: boolean;
  /** The dispatcher ran but logs nothing (a status that is neither success nor an API error). */
  silent?: boolean;
}

const CODES: Record<string, [number, string]> = {
  BLOB_UNKNOWN: [404, 'blob unknown to registry'],
  BLOB_UPLOAD_UNKNOWN: [404, 'blob upload unknown to registry'],
  DIGEST_INVALID: [400, 'provided digest did not match uploaded content'],
  MANIFEST_UNKNOWN: [404, 'manifest unknown'],
  NAME_UNKNOWN: [404, 'repository name not known to registry'],
  UNSUPPORTED: [405, 'The operation is unsupported.'],
};

export function ok(status: number, headers: [string, string][], body: string, vars: [string, string][] = []): ApiResult {
  return { status, headers, body, vars };
}

export function json(status: number, doc: unknown, vars: [string, string][] = []): ApiResult {
  const body = `${JSON.stringify(doc)}\n`;
  return ok(status, [['Content-Length', String(body.length)], ['Content-Type', 'application/json']], body, vars);
}

/** errcode.ServeJSON of one error; `logDetail` is how the log line prints the detail. */
export function apiError(code: string, detail?: unknown, logDetail?: string, vars: [string, string][] = []): ApiResult {
  const [status, message] = CODES[code];
  const entry: Record<string, unknown> = { code, message };
  if (detail !== undefined) entry.detail = detail;
  const r = json(status, { errors: [entry] }, vars);
  return { ...r, error: { code, message, detail: logDetail } };
}

/** net/http's NotFound: the router matched nothing. */
export function notFoundPage(): ApiResult {
  const body = '404 page not found\n';
  return { ...ok(404, [['Content-Length', String(body.length)], ['Content-Type', 'text/plain; charset=utf-8'], ['X-Content-Type-Options', 'nosniff']], body), unrouted: true };
}

/** gorilla/handlers' MethodHandler: 405 with the methods the route takes. */
export function methodNotAllowed(allow: string[]): ApiResult {
  const body = 'Method Not Allowed\n';
  const headers: [string, string][] = [['Allow', allow.join(', ')], ['Content-Length', String(body.length)], ['Content-Type', 'text/plain; charset=utf-8'], ['X-Content-Type-Options', 'nosniff']];
  return { ...ok(405, headers, body), silent: true };
}
