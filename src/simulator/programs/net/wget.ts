// BusyBox wget (alpine, busybox): -q, -O FILE (- for stdout); saves to the URL's last path
// segment or index.html, refusing to overwrite; BusyBox's messages on stderr.
import { parseUrl } from '../../engine/http/url.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { resolvePath, type NetEnv } from './env.ts';

/** BusyBox's progress line for a finished download (80-column bar of 32 stars). */
function progressLine(name: string, bytes: number): string {
  return `${name.slice(0, 20).padEnd(20)} 100% |${'*'.repeat(32)}|${String(bytes).padStart(6)}  0:00:00 ETA\n`;
}

function parseArgs(argv: string[]): { quiet: boolean; output?: string; urls: string[] } | string {
  const o: { quiet: boolean; output?: string; urls: string[] } = { quiet: false, urls: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') o.urls.push(a);
    else if (a === '--quiet') o.quiet = true;
    else if (a.startsWith('--output-document')) o.output = a.includes('=') ? a.split('=')[1] : argv[++i];
    else {
      for (let j = 1; j < a.length; j++) {
        if (a[j] === 'q') o.quiet = true;
        else if (a[j] === 'O') {
          o.output = a.slice(j + 1) || argv[++i];
          break;
        } else return `wget: unrecognized option '${a}'`;
      }
    }
  }
  return o;
}

export async function wget(req: ExternalRequest, env: NetEnv): Promise<number> {
  const o = parseArgs(req.argv.slice(1));
  const err = req.io.stderr;
  if (typeof o === 'string' || o.urls.length === 0) {
    err.write(`${typeof o === 'string' ? `${o}\n` : ''}BusyBox v1.37.0 (2025-05-26 20:04:45 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n`);
    return 1;
  }
  const parsed = parseUrl(o.urls[0]);
  if (!parsed.ok) {
    err.write(`wget: bad address '${o.urls[0]}'\n`);
    return 1;
  }
  const u = parsed.url;
  const ip = env.lookup(u.host);
  if (!ip) {
    err.write(`wget: bad address '${u.host}'\n`);
    return 1;
  }
  if (!o.quiet) err.write(`Connecting to ${u.host} (${ip}:${u.port})\n`);
  const out = env.request(o.urls[0], { headers: { Connection: 'close' } }, 'Wget');
  if (!out.ok) {
    err.write(out.kind === 'timeout' ? 'wget: download timed out\n' : `wget: can't connect to remote host (${ip}): Connection refused\n`);
    return 1;
  }
  const res = out.response;
  if (res.status >= 400) {
    err.write(`wget: server returned error: HTTP/1.1 ${res.status} ${res.reason}\n`);
    return 1;
  }
  const bytes = new TextEncoder().encode(res.body).length;
  const toStdout = o.output === '-';
  const name = o.output ?? (u.target.split('?')[0].split('/').pop() || 'index.html');
  if (!toStdout) {
    const path = resolvePath(req.cwd, name);
    if (o.output === undefined && env.fs.exists(path)) {
      err.write(`wget: can't open '${name}': File exists\n`);
      return 1;
    }
    try {
      env.fs.writeFile(path, res.body);
    } catch {
      err.write(`wget: can't open '${name}': Permission denied\n`);
      return 1;
    }
  } else req.io.stdout.write(res.body);
  if (!o.quiet) err.write(`${toStdout ? 'writing to stdout' : `saving to '${name}'`}\n${progressLine(toStdout ? '-' : name, bytes)}${toStdout ? 'written to stdout' : `'${name}' saved`}\n`);
  return 0;
}
