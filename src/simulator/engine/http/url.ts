// Request URLs as curl reads them: the scheme is optional (http), the host may be an IPv6
// literal in brackets, the port defaults to the scheme's, the path to "/". The Host header keeps
// the port only when it was given and is not the default.
export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** The request target: path and query. */
  target: string;
  /** The Host header curl sends. */
  hostHeader: string;
}

export type UrlResult = { ok: true; url: ParsedUrl } | { ok: false; message: string; curlExit: number };

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443 };

/** host[:port], the host possibly an IPv6 literal in brackets. */
function splitHostPort(text: string): [string, string | undefined] {
  const v6 = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (v6) return [v6[1], v6[2]];
  const i = text.indexOf(':');
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

export function parseUrl(text: string): UrlResult {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(text);
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  const rest = m ? m[2] : text;
  if (!(scheme in DEFAULT_PORTS)) return { ok: false, message: `Protocol "${scheme}" not supported`, curlExit: 1 };
  const slash = rest.search(/[/?#]/);
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  let target = slash === -1 ? '/' : rest.slice(slash).replace(/#.*$/, '');
  if (target.startsWith('?')) target = `/${target}`;
  const hostPort = authority.replace(/^[^@]*@/, '');
  const [host, portText] = splitHostPort(hostPort);
  if (host === '') return { ok: false, message: 'URL rejected: No host part in the URL', curlExit: 3 };
  if (portText !== undefined && portText !== '' && (!/^\d+$/.test(portText) || Number(portText) > 65535)) {
    return { ok: false, message: 'URL rejected: Port number was not a decimal number between 0 and 65535', curlExit: 3 };
  }
  const port = portText ? Number(portText) : DEFAULT_PORTS[scheme];
  const shown = host.includes(':') ? `[${host}]` : host;
  const hostHeader = portText && port !== DEFAULT_PORTS[scheme] ? `${shown}:${port}` : shown;
  return { ok: true, url: { scheme, host: host.toLowerCase(), port, target, hostHeader } };
}
