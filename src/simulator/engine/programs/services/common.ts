// Helpers the service models share: output chunks, the timestamp formats servers log in,
// the container's own address and process environment, command-line option values.
import { containerFs } from '../../containers/container-fs.ts';
import { envRecord, processEnv } from '../../containers/runtime-env.ts';
import type { Engine } from '../../engine.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { ContainerRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';
import { unwrapEntrypoint } from '../entrypoint.ts';
import { scriptCommand } from '../shell-exec.ts';
import type { OutputChunk, ProcessPlan, ProgramContext } from '../types.ts';
import type { CatalogImage } from '../../catalog/types.ts';
import type { HttpResponse } from '../../http/types.ts';
import { imageOrigin } from '../../image-fs/image-layers.ts';

export const out = (text: string): OutputChunk => ({ stream: 'stdout', text: text.endsWith('\n') ? text : `${text}\n` });
export const err = (text: string): OutputChunk => ({ stream: 'stderr', text: text.endsWith('\n') ? text : `${text}\n` });

/** Lines to one stream. */
export function lines(stream: 'stdout' | 'stderr', texts: string[]): OutputChunk[] {
  return texts.map((t) => ({ stream, text: `${t}\n` }));
}

/** A server that runs until a signal stops it. */
export function running(program: string, output: OutputChunk[]): ProcessPlan {
  return { program, output, ignores: [] };
}

/** A process that ended at start with `code` (an entrypoint's error, a failed check). */
export function failed(program: string, output: OutputChunk[], code = 1): ProcessPlan {
  return { program, output, exit: { code, afterMs: 0 }, ignores: [] };
}

const p2 = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(ms: number) {
  const d = new Date(ms);
  return {
    Y: d.getUTCFullYear(), M: p2(d.getUTCMonth() + 1), D: p2(d.getUTCDate()), h: p2(d.getUTCHours()), m: p2(d.getUTCMinutes()),
    s: p2(d.getUTCSeconds()), ms: String(d.getUTCMilliseconds()).padStart(3, '0'), day: DAYS[d.getUTCDay()], mon: MONTHS[d.getUTCMonth()], H: d.getUTCHours(),
  };
}

/** 2026-11-25T10:00:03.123Z (Go, Java and mysqld's ISO times; `micro` adds three zeros). */
export function isoTime(ms: number, micro = false): string {
  const t = parts(ms);
  return `${t.Y}-${t.M}-${t.D}T${t.h}:${t.m}:${t.s}.${t.ms}${micro ? '000' : ''}Z`;
}

/** 2026-11-25T10:00:03Z (seconds only: traefik, zerolog). */
export function isoSeconds(ms: number): string {
  return `${isoTime(ms).slice(0, 19)}Z`;
}

/** 2026-11-25 10:00:03+00:00 (`date --rfc-3339=seconds`, the mysql/mariadb entrypoints). */
export function rfc3339Seconds(ms: number): string {
  const t = parts(ms);
  return `${t.Y}-${t.M}-${t.D} ${t.h}:${t.m}:${t.s}+00:00`;
}

/** Wed Nov 25 10:00:03.123456 2026 (Apache's error log). */
export function apacheErrorTime(ms: number): string {
  const t = parts(ms);
  return `${t.day} ${t.mon} ${t.D} ${t.h}:${t.m}:${t.s}.${t.ms}000 ${t.Y}`;
}

/** 2026-11-25  9:04:05 (MariaDB's server log: the hour is space-padded). */
export function mariadbTime(ms: number): string {
  const t = parts(ms);
  return `${t.Y}-${t.M}-${t.D} ${String(t.H).padStart(2, ' ')}:${t.m}:${t.s}`;
}

/** 2026-11-25 10:00:03.123 UTC (PostgreSQL's log_line_prefix '%m'). */
export function pgTime(ms: number): string {
  const t = parts(ms);
  return `${t.Y}-${t.M}-${t.D} ${t.h}:${t.m}:${t.s}.${t.ms} UTC`;
}

/** 25 Nov 2026 10:00:03.123 (redis). */
export function redisTime(ms: number): string {
  const t = parts(ms);
  return `${t.D} ${t.mon} ${t.Y} ${t.h}:${t.m}:${t.s}.${t.ms}`;
}

/** 2026-11-25 10:00:03.123000+00:00 (RabbitMQ, Erlang's logger). */
export function erlangTime(ms: number): string {
  const t = parts(ms);
  return `${t.Y}-${t.M}-${t.D} ${t.h}:${t.m}:${t.s}.${t.ms}000+00:00`;
}

/** The container's address on its first network with one ('' when it has none). */
export function containerIp(c: ContainerRecord): string {
  return Object.values(endpointsOf(c)).find((ep) => ep.IPAddress)?.IPAddress ?? '';
}

/** The environment of a container's main process (another container's, for peers). */
export function containerEnv(c: ContainerRecord): Record<string, string> {
  return envRecord(processEnv(c));
}

/** The container's files as root, on the simulated clock. */
/**
 * The image's entrypoint script received `programs[0]` (or another of `programs`) as its first
 * argument: the branch of docker-library entrypoints (`if [ "$1" = 'redis-server' ]`) that
 * prints their start-up notes ran. A server a shell exec'd (`sh -c 'exec redis-server'`) or
 * started with another --entrypoint skipped it. `optionsFirst`: the script prepends the program to options.
 */
export function startedByEntrypoint(c: ContainerRecord, entrypoint: string, programs: string[], optionsFirst = false): boolean {
  if ((c.path.split('/').pop() ?? '') !== entrypoint) return false;
  const first = c.args[0] ?? '';
  // redis's entrypoint puts redis-server before options (`docker run redis --port 7000`); nginx's does not
  return programs.includes(first) || (optionsFirst && first.startsWith('-'));
}

export function filesOf(ctx: ProgramContext): Vfs {
  return containerFs(ctx.engine, ctx.container, { now: () => ctx.now });
}

export function filesOfContainer(engine: Engine, c: ContainerRecord): Vfs {
  return containerFs(engine, c, { now: () => engine.now() });
}

/** Whether a file or directory exists (false for anything unreadable). */
export function exists(fs: Vfs, path: string): boolean {
  try {
    return fs.exists(path);
  } catch {
    return false;
  }
}

/** Write files, creating their directories; errors (a read-only mount) are ignored. */
export function writeFiles(fs: Vfs, files: Record<string, string>, owner?: number): void {
  try {
    for (const [path, data] of Object.entries(files)) {
      const dir = path.slice(0, path.lastIndexOf('/')) || '/';
      fs.mkdir(dir, { recursive: true });
      if (path.endsWith('/')) continue;
      fs.writeFile(path, data);
      if (owner !== undefined) fs.chown(path, owner, owner);
    }
  } catch {
    // a read-only filesystem: the model still runs
  }
}

/** The value of `--name value`, `--name=value` (the last one wins), or undefined. */
export function optionValue(argv: string[], ...names: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    for (const n of names) {
      if (argv[i] === n && i + 1 < argv.length) found = argv[i + 1];
      else if (argv[i].startsWith(`${n}=`)) found = argv[i].slice(n.length + 1);
    }
  }
  return found;
}

/** What the container's entrypoint execs: [program, ...args] (`redis-server --port 7000`). */
export function serverArgs(engine: Engine, c: ContainerRecord): string[] {
  // a main-process shell exec'd the server (runtime/exec-handoff.ts)
  if (c.process?.argv) return c.process.argv;
  const argv = unwrapEntrypoint([c.path, ...c.args], engine.state.images[c.image]?.config.Cmd ?? null);
  const shell = ['sh', 'bash', 'ash', 'dash'].includes(argv[0]?.split('/').pop() ?? '');
  return (shell && scriptCommand({ engine, container: c, env: containerEnv(c) }, argv.slice(1))) || argv;
}

/** An entrypoint's file_env: VAR, or the contents of the file VAR_FILE names (Docker secrets). */
export function fileEnv(fs: Vfs, env: Record<string, string>, name: string): string {
  const file = env[`${name}_FILE`];
  if (!file) return env[name] ?? '';
  try {
    return fs.readFile(file).replace(/\n$/, '');
  } catch {
    return '';
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of a hex string in base64 (generated passwords, ids). */
export function base64(hex: string): string {
  const bytes = hex.match(/../g)?.map((b) => parseInt(b, 16)) ?? [];
  let outText = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = [18, 12, 6, 0].map((s) => B64[(n >> s) & 63]);
    const pad = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 1 : 0;
    outText += chars.slice(0, 4 - pad).join('') + '='.repeat(pad);
  }
  return outText;
}

/** The catalog image a container was created from (its tags, start-up facts, OS). */
export function catalogOf(engine: Engine, c: ContainerRecord): CatalogImage | undefined {
  const image = engine.state.images[c.image];
  return image ? imageOrigin(image)?.image : undefined;
}

/** The release a catalog image is (its first version-like tag: 3.7.11, v3.14.0). */
export function tagVersion(image: CatalogImage | undefined, fallback: string): string {
  return image?.tags.find((t) => /^v?\d+(\.\d+){2,}$/.test(t))?.replace(/^v/, '') ?? fallback;
}

/** Base64 to text (an HTTP Basic Authorization header). */
export function fromBase64(s: string): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const ch of s.replace(/=+$/, '')) {
    const i = B64.indexOf(ch);
    if (i < 0) return '';
    value = (value << 6) | i;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      text += String.fromCharCode((value >> bits) & 0xff);
    }
  }
  return text;
}

/** A JSON answer with the headers a Go or Java server sends. */
export function jsonResponse(status: number, body: unknown, headers: [string, string][] = [], pretty = false): HttpResponse {
  const text = `${pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body)}`;
  return { status, reason: REASONS[status] ?? '', headers: [...headers, ['Content-Type', 'application/json'], ['Content-Length', String(new TextEncoder().encode(text).length)]], body: text };
}

/** A plain-text (or given type) answer. */
export function textResponse(status: number, body: string, headers: [string, string][] = [], type = 'text/plain; charset=utf-8'): HttpResponse {
  return { status, reason: REASONS[status] ?? '', headers: [...headers, ['Content-Type', type], ['Content-Length', String(new TextEncoder().encode(body).length)]], body };
}

export const REASONS: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
