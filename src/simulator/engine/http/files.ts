// Static files as web servers read them from their container's filesystem (image layers, the
// writable layer, bind mounts and volumes: engine/containers/container-fs.ts), as the server's
// user: a missing file, a directory and a file that user may not read are told apart, with
// the errno the server logs. Also HTTP dates, nginx's ETag and the MIME types of mime.types.
import { isFsError } from '../../fs/errors.ts';
import { containerFs } from '../containers/container-fs.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';

export type ContainerFile =
  | { kind: 'file'; data: string; size: number; mtime: number }
  | { kind: 'dir'; mtime: number }
  | { kind: 'missing'; errno: 2 | 13 | 20 };

const encoder = new TextEncoder();

/** Read `path` in the container as `user` (root by default), following symlinks. */
export function readContainerFile(engine: Engine, c: ContainerRecord, path: string, user?: { uid: number; gid: number }): ContainerFile {
  const fs = containerFs(engine, c, user ? { user } : {});
  try {
    const st = fs.stat(path);
    if (st.kind === 'dir') return { kind: 'dir', mtime: st.mtime };
    const data = fs.readFile(path);
    return { kind: 'file', data, size: encoder.encode(data).length, mtime: st.mtime };
  } catch (e) {
    if (isFsError(e, 'EACCES')) return { kind: 'missing', errno: 13 };
    if (isFsError(e, 'ENOTDIR')) return { kind: 'missing', errno: 20 };
    if (isFsError(e)) return { kind: 'missing', errno: 2 };
    throw e;
  }
}

/** The names in a container directory ([] when it cannot be read). */
export function listContainerDir(engine: Engine, c: ContainerRecord, path: string, user?: { uid: number; gid: number }): string[] {
  try {
    return containerFs(engine, c, user ? { user } : {}).readdir(path);
  } catch (e) {
    if (isFsError(e)) return [];
    throw e;
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/** RFC 7231 IMF-fixdate: "Wed, 25 Nov 2026 10:00:00 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${p2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} GMT`;
}

/** Common Log Format time: "25/Nov/2026:10:00:00 +0000". */
export function logTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}

/** nginx's error log time: "2026/11/25 10:00:00". */
export function errorLogTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
}

/** nginx's ETag: hex mtime seconds and hex length. */
export function nginxEtag(mtime: number, size: number): string {
  return `"${Math.floor(mtime / 1000).toString(16)}-${size.toString(16)}"`;
}

/** nginx's /etc/nginx/mime.types (the common part); unknown extensions are the default_type. */
const MIME: Record<string, string> = {
  html: 'text/html', htm: 'text/html', shtml: 'text/html', css: 'text/css', xml: 'text/xml', gif: 'image/gif',
  jpeg: 'image/jpeg', jpg: 'image/jpeg', js: 'application/javascript', txt: 'text/plain', png: 'image/png',
  svg: 'image/svg+xml', svgz: 'image/svg+xml', ico: 'image/x-icon', webp: 'image/webp', json: 'application/json',
  pdf: 'application/pdf', zip: 'application/zip', woff: 'font/woff', woff2: 'font/woff2', mp4: 'video/mp4',
  md: 'application/octet-stream', wasm: 'application/wasm', csv: 'application/octet-stream',
};

export function mimeType(path: string, fallback = 'application/octet-stream'): string {
  const m = /\.([^./]+)$/.exec(path);
  return (m && MIME[m[1].toLowerCase()]) || fallback;
}

/** The path of a request target: no query, %XX decoded, dot segments resolved. */
export function requestPath(target: string): string {
  let path = target.split(/[?#]/)[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // nginx answers 400 for bad escapes; the raw path then simply matches nothing
  }
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return `/${out.join('/')}${path.endsWith('/') && out.length ? '/' : ''}`;
}

export function header(req: { headers: [string, string][] }, name: string): string | undefined {
  return req.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}
