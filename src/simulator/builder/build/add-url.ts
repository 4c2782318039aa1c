// ADD <url>: BuildKit's HTTP source, fetched by the daemon (the host's network). The simulated
// host has no Internet, so the model is (1) a small table of well-known files below, and (2) the
// servers of the simulated network the host reaches (a published port on localhost). Anything
// else fails as the daemon's Go HTTP client would. The file keeps the URL path's base name and
// mode 0600; it is never unpacked (BuildKit only unpacks local archives).
import { hostHttpRequest } from '../../engine/http/route.ts';
import type { Engine } from '../../engine/engine.ts';
import { sha256Digest } from '../../util/sha256.ts';

export interface Download {
  /** The file name BuildKit gives it (`path.Base` of the URL path, `__unnamed__` for none). */
  name: string;
  data: string;
  /** Declared size of a marker file (a binary in the table). */
  size?: number;
  digest: string;
}

const ELF = '\x7fELF\x02\x01\x01';
const EXAMPLE_PAGE =
  '<!doctype html><html lang="en"><head><title>Example Domain</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{background:#eee;width:60vw;margin:15vh auto;font-family:system-ui,sans-serif}h1{font-size:1.5em}div{opacity:0.8}a:link,a:visited{color:#348}</style><body><div><h1>Example Domain</h1><p>This domain is for use in documentation examples without needing permission. Avoid use in operations.<p><a href="https://iana.org/domains/example">Learn more</a></div></body></html>\n';

/** The Internet the builder can reach: a few files tutorials ADD. */
export const URL_TABLE: Record<string, { data: string; size?: number }> = {
  'https://example.com/': { data: EXAMPLE_PAGE },
  'https://example.com/index.html': { data: EXAMPLE_PAGE },
  'https://github.com/krallin/tini/releases/download/v0.19.0/tini': { data: ELF, size: 24064 },
  'https://github.com/krallin/tini/releases/download/v0.19.0/tini-static': { data: ELF, size: 868616 },
};

/** The name BuildKit's HTTP source saves the file under. */
export function urlFileName(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  return base === '' || base === '.' ? '__unnamed__' : base;
}

function hostOf(url: string): { host: string; port: number } {
  const m = /^([a-z]+):\/\/(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?/i.exec(url);
  return { host: m?.[2] ?? '', port: m?.[3] ? Number(m[3]) : m?.[1].toLowerCase() === 'https' ? 443 : 80 };
}

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** Fetch `url` for ADD; throws the error BuildKit reports after `failed to load cache key: `. */
export function download(engine: Engine, url: string, nameserver: string): Download {
  const name = urlFileName(url);
  const known = URL_TABLE[url];
  if (known) return { name, data: known.data, size: known.size, digest: sha256Digest(known.data) };
  const { host, port } = hostOf(url);
  if (!LOCAL.test(host)) throw new Error(`Get "${url}": dial tcp: lookup ${host} on ${nameserver}:53: no such host`);
  const out = hostHttpRequest(engine, url, { headers: { 'User-Agent': 'Go-http-client/1.1' } });
  if (!out.ok) {
    if (out.kind === 'tls') throw new Error(`Get "${url}": http: server gave HTTP response to HTTPS client`);
    throw new Error(`Get "${url}": dial tcp 127.0.0.1:${port}: connect: connection refused`);
  }
  if (out.response.status < 200 || out.response.status >= 300) throw new Error(`invalid response status ${out.response.status}`);
  return { name, data: out.response.body, digest: sha256Digest(out.response.body) };
}
