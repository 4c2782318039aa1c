// What curl writes besides the body: the header block of -i/-I (as received, CRLF ends), the
// `* ` `> ` `< ` lines of -v, the progress meter it prints with -o when not silent (a finished
// transfer as the terminal shows it at the end), and -w's %{variables}.
import type { HttpRequest, HttpResponse } from '../../engine/http/types.ts';

export function headerBlock(res: HttpResponse): string {
  return `HTTP/1.1 ${res.status} ${res.reason}\r\n${res.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
}

export function requestBlock(req: HttpRequest): string {
  return `> ${req.method} ${req.target} HTTP/1.1\r\n${req.headers.map(([k, v]) => `> ${k}: ${v}\r\n`).join('')}> \r\n`;
}

export function responseBlock(res: HttpResponse): string {
  return headerBlock(res).split(/(?<=\r\n)/).map((l) => `< ${l}`).join('');
}

/** Resolution and connection lines of -v for `host` reached at `ip`. */
export function connectLines(host: string, port: number, addrs: string[], ip: string): string {
  const numeric = /^[\d.]+$/.test(host) || host.includes(':');
  const v6 = addrs.filter((a) => a.includes(':'));
  const v4 = addrs.filter((a) => !a.includes(':'));
  const resolved = numeric ? '' : `* Host ${host}:${port} was resolved.\n* IPv6: ${v6.join(', ') || '(none)'}\n* IPv4: ${v4.join(', ') || '(none)'}\n`;
  const shown = ip.includes(':') ? `[${ip}]` : ip;
  return `${resolved}*   Trying ${shown}:${port}...\n`;
}

/** curl's max5data: a size in at most 5 characters. */
function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`.padStart(5);
  if (n < 100 * 1024 * 1024) return `${Math.floor(n / 1048576)}.${Math.floor((n % 1048576) / 104858)}M`.padStart(5);
  return `${Math.floor(n / 1048576)}M`.padStart(5);
}

const PROGRESS_HEAD =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** The meter after a transfer of `bytes` that took a millisecond (speed: bytes per second). */
export function progressMeter(bytes: number): string {
  const speed = max5(bytes * 1000);
  const pct = '100';
  const t = '--:--:--';
  return `${PROGRESS_HEAD}${pct} ${max5(bytes)}  ${pct} ${max5(bytes)}    0 ${max5(0)}  ${speed}  ${max5(0)} ${t} ${t} ${t} ${speed}\n`;
}

/** -w: %{http_code} and friends, \n and \t escapes. */
export function writeOut(format: string, vars: Record<string, string>): string {
  return format
    .replace(/%\{([a-z_]+)\}/g, (whole, name: string) => vars[name] ?? '')
    .replace(/\\([nrt\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', '\\': '\\' })[c] ?? c);
}
