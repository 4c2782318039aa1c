// Fills the `<...>` markers of catalog log lines (timestamps, pids, versions) from the
// container's clock, environment and image, so start-up logs read like the real ones.
import { HOST } from '../daemon-version.ts';

/** nginx's first worker PID (the entrypoint's scripts took the ones before); one worker per CPU. */
export const NGINX_WORKER_PID = 29;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function p2(n: number): string {
  return String(n).padStart(2, '0');
}

export interface FillContext {
  now: number;
  env: Record<string, string>;
  pid: number;
  tag: string;
}

const KNOWN: Record<string, string> = {
  'compiler version string': '14.2.0 (Debian 14.2.0-19)',
  'kernel release': HOST.kernel,
};

function versionFromEnv(env: Record<string, string>, tag: string): string {
  const key = Object.keys(env).find((k) => /_VERSION$/.test(k) && !/^(PYTHON_PIP|NJS|ACME|GOSU|JSYAML)/.test(k));
  return key ? env[key] : tag;
}

function fill(marker: string, ctx: FillContext): string | undefined {
  const d = new Date(ctx.now);
  const Y = d.getUTCFullYear(), M = p2(d.getUTCMonth() + 1), D = p2(d.getUTCDate());
  const h = p2(d.getUTCHours()), m = p2(d.getUTCMinutes()), s = p2(d.getUTCSeconds());
  const ms = String(d.getUTCMilliseconds()).padStart(3, '0');
  switch (marker) {
    case 'YYYY/MM/DD HH:MM:SS':
      return `${Y}/${M}/${D} ${h}:${m}:${s}`;
    case 'YYYY-MM-DD HH:MM:SS+00:00':
      return `${Y}-${M}-${D} ${h}:${m}:${s}+00:00`;
    case 'YYYY-MM-DDTHH:MM:SS.uuuuuuZ':
      return `${Y}-${M}-${D}T${h}:${m}:${s}.${ms}000Z`;
    case 'DD Mon YYYY HH:MM:SS.mmm':
      return `${D} ${MONTHS[d.getUTCMonth()]} ${Y} ${h}:${m}:${s}.${ms}`;
    case 'ts':
      return `${Y}-${M}-${D} ${h}:${m}:${s}.${ms}`;
    case 'pid':
      return String(ctx.pid);
    case 'version':
      return versionFromEnv(ctx.env, ctx.tag);
  }
  if (ctx.env[marker] !== undefined) return ctx.env[marker];
  if (KNOWN[marker] !== undefined) return KNOWN[marker];
  return undefined;
}

/** The line with its markers filled, or undefined for lines that only describe elided output. */
export function fillLogLine(line: string, ctx: FillContext): string | undefined {
  if (/^\.\.\. .*\.\.\.$/.test(line.trim())) return undefined;
  // "<pid>   (one line per CPU; worker_processes auto)": nginx's workers, one line each.
  const perCpu = /\s+\(one line per CPU[^)]*\)$/.exec(line);
  if (perCpu) {
    const base = line.slice(0, perCpu.index);
    const pids = Array.from({ length: HOST.cpus }, (_, i) => NGINX_WORKER_PID + i);
    return pids.map((pid) => base.replace(/<([^<>]+)>/g, (whole, marker: string) => fill(marker, { ...ctx, pid }) ?? whole)).join('\n');
  }
  return line.replace(/<([^<>]+)>/g, (whole, marker: string) => fill(marker, ctx) ?? whole);
}
