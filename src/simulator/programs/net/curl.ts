// curl 8 (Debian's and Alpine's): GET/HEAD/POST through the machine's HTTP route with -i -I -s
// -S -o -v -X -d -H -u -L -f -w; errors as "curl: (N) message" with curl's exit codes.
import type { HttpOutcome, HttpSuccess } from '../../engine/http/types.ts';
import { buildRequest } from '../../engine/http/route.ts';
import { parseUrl } from '../../engine/http/url.ts';
import { base64Encode } from '../../util/base64.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { parseCurlArgs, type CurlArgs } from './curl-args.ts';
import { connectLines, headerBlock, progressMeter, requestBlock, responseBlock, writeOut } from './curl-format.ts';
import { resolvePath, type NetEnv } from './env.ts';

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const MAX_REDIRECTS = 50;

interface Run {
  req: ExternalRequest;
  env: NetEnv;
  a: CurlArgs;
  userAgent: string;
  /** The URL of the last request (after redirects), for -w's %{url_effective}. */
  effective?: string;
  /** The status a --fail transfer ended with (%{http_code}). */
  failed?: number;
}

function error(r: Run, code: number, message: string): number {
  if (!r.a.silent || r.a.showError) r.req.io.stderr.write(`curl: (${code}) ${message}\n`);
  return code;
}

/** One request with -v's lines around it. */
/** -u's `Basic` credentials: `name` alone has an empty password; not sent on to another host after a redirect. */
function authorization(r: Run, url: string, first: string): string | undefined {
  if (r.a.user === undefined || originOf(url) !== originOf(first)) return undefined;
  const user = r.a.user.includes(':') ? r.a.user : `${r.a.user}:`;
  return `Basic ${base64Encode(user)}`;
}

function originOf(url: string): string {
  const p = parseUrl(url);
  return p.ok ? `${p.url.host}:${p.url.port}` : url;
}

function fetchOnce(r: Run, url: string, first: string): HttpOutcome {
  const opts = { method: r.a.head ? 'HEAD' : r.a.method, headers: r.a.headers, body: r.a.data, authorization: authorization(r, url, first) };
  const out = r.env.request(url, opts, r.userAgent);
  if (!r.a.verbose) return out;
  const parsed = parseUrl(url);
  if (!parsed.ok) return out;
  const u = parsed.url;
  const err = r.req.io.stderr;
  const addrs = u.host === 'localhost' ? ['::1', '127.0.0.1'] : [out.ok ? out.ip : (r.env.lookup(u.host) ?? '')].filter(Boolean);
  if (!out.ok) {
    if (out.kind !== 'resolve') err.write(connectLines(u.host, u.port, addrs, addrs[addrs.length - 1] ?? u.host));
    err.write(`* ${out.message}\n* closing connection #0\n`);
    return out;
  }
  err.write(`${connectLines(u.host, u.port, addrs, out.ip)}* Connected to ${u.host} (${out.ip}) port ${u.port}\n* using HTTP/1.x\n`);
  err.write(requestBlock(buildRequest(u, opts, r.userAgent)));
  err.write(`* Request completely sent off\n${responseBlock(out.response)}`);
  return out;
}

function location(res: HttpSuccess['response'], base: string): string | undefined {
  const loc = res.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
  if (!loc) return undefined;
  return /^[a-z]+:\/\//i.test(loc) ? loc : `${base.replace(/^((?:[a-z]+:\/\/)?[^/]*).*$/i, '$1')}${loc}`;
}

async function transfer(r: Run, url: string): Promise<number> {
  let current = url;
  let headers = '';
  for (let hop = 0; ; hop++) {
    r.effective = current;
    const out = fetchOnce(r, current, url);
    if (!out.ok) return error(r, out.curlExit, out.message);
    const res = out.response;
    if (r.a.include || r.a.head) headers += headerBlock(res);
    const next = r.a.follow && res.status >= 300 && res.status < 400 ? location(res, current) : undefined;
    if (next && hop < MAX_REDIRECTS) {
      if (r.a.verbose) r.req.io.stderr.write(`* Connection #0 to host ${hostOf(current)} left intact\n* Issue another request to this URL: '${next}'\n`);
      current = next;
      continue;
    }
    return deliver(r, current, res, headers);
  }
}

/** The URL as curl normalizes it (scheme added, "/" for an empty path). */
function effectiveUrl(url: string): string {
  const p = parseUrl(url);
  return p.ok ? `${p.url.scheme}://${p.url.hostHeader}${p.url.target}` : url;
}

function hostOf(url: string): string {
  const p = parseUrl(url);
  return p.ok ? p.url.host : url;
}

function deliver(r: Run, url: string, res: HttpSuccess['response'], headers: string): number {
  if (r.a.fail && res.status >= 400) {
    r.failed = res.status;
    return error(r, 22, `The requested URL returned error: ${res.status}`);
  }
  const text = headers + (r.a.head ? '' : res.body);
  if (r.a.output !== undefined && r.a.output !== '-') {
    try {
      if (r.a.output !== '/dev/null') r.env.fs.writeFile(resolvePath(r.req.cwd, r.a.output), text);
    } catch {
      r.req.io.stderr.write(`Warning: Failed to open the file ${r.a.output}: Permission denied\n`);
      return error(r, 23, `Failure writing output to destination, passed ${text.length} returned 4294967295`);
    }
    if (!r.a.silent && !r.a.verbose) r.req.io.stderr.write(progressMeter(new TextEncoder().encode(res.body).length));
  } else r.req.io.stdout.write(text);
  if (r.a.verbose) r.req.io.stderr.write(`* Connection #0 to host ${hostOf(url)} left intact\n`);
  if (r.a.writeOut !== undefined) r.req.io.stdout.write(writeOut(r.a.writeOut, { http_code: String(res.status).padStart(3, '0'), url_effective: effectiveUrl(url) }));
  return 0;
}

export async function curl(req: ExternalRequest, env: NetEnv, userAgent: string): Promise<number> {
  const parsed = parseCurlArgs(req.argv.slice(1));
  if (!parsed.ok) {
    req.io.stderr.write(`curl: ${parsed.message}\n${TRY}`);
    return 2;
  }
  const a = parsed.args;
  if (!a.urls.length) {
    req.io.stderr.write(`curl: no URL specified\n${TRY}`);
    return 2;
  }
  const r: Run = { req, env, a, userAgent };
  let status = 0;
  for (const url of a.urls) {
    r.failed = undefined;
    const code = await transfer(r, url);
    if (code !== 0 && a.writeOut !== undefined) req.io.stdout.write(writeOut(a.writeOut, { http_code: String(r.failed ?? 0).padStart(3, '0'), url_effective: effectiveUrl(r.effective ?? url) }));
    status = code || status;
  }
  return status;
}
