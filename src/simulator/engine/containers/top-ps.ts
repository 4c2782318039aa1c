// The host's procps `ps` as ContainerTop runs it: `ps <psArgs> -q <pids>` over the container's
// processes. Formats: the default (PID TTY TIME CMD), -f/-ef, -F, -j, -l, BSD u/aux and x/ax, and
// user-defined -o/o/--format lists (name=HEADER renames a column). Column padding is left out:
// the daemon splits each line on blanks anyway. Errors carry ps's first stderr line.
import { HOST } from '../daemon-version.ts';
import type { ProcessInfo } from './processes.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const USERS: Record<number, string> = { 0: 'root', 33: 'www-data' };

/** ps failed: `message` is its first line on stderr. */
export class PsError extends Error {}

interface Row {
  p: ProcessInfo;
  leader: boolean;
  group: number;
  now: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** procps' STIME/START: HH:MM within a day, MonDD within the year, else the year. */
export function startTime(started: number, now: number): string {
  const d = new Date(started);
  if (now - started < 24 * 3600_000) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (new Date(now).getUTCFullYear() === d.getUTCFullYear()) return `${MONTHS[d.getUTCMonth()]}${pad(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

export function userName(uid: number): string {
  return USERS[uid] ?? String(uid);
}

/** STARTED: HH:MM:SS within a day, else "Mon DD". */
function started(at: number, now: number): string {
  const d = new Date(at);
  if (now - at < 24 * 3600_000) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())}`;
}

/** ELAPSED: [[dd-]hh:]mm:ss. */
function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const [d, h, m] = [Math.floor(s / 86400), Math.floor((s % 86400) / 3600), Math.floor((s % 3600) / 60)];
  const hm = d > 0 ? `${d}-${pad(h)}:` : h > 0 ? `${pad(h)}:` : '';
  return `${hm}${pad(m)}:${pad(s % 60)}`;
}

function comm(p: ProcessInfo): string {
  return (p.cmd.split(' ')[0].split('/').pop() ?? '').replace(/:$/, '').slice(0, 15);
}

const stat = (r: Row) => (r.leader ? (r.p.tty === '?' ? 'Ss' : 'Ss+') : 'S');
const mem = (r: Row) => ((r.p.rss * 1024 * 100) / HOST.memTotal).toFixed(1);

/** -o names: header and value. */
export const FIELDS: Record<string, [string, (r: Row) => string]> = {
  pid: ['PID', (r) => String(r.p.pid)],
  tgid: ['TGID', (r) => String(r.p.pid)],
  ppid: ['PPID', (r) => String(r.p.ppid)],
  pgid: ['PGID', (r) => String(r.group)],
  pgrp: ['PGRP', (r) => String(r.group)],
  sid: ['SID', (r) => String(r.group)],
  sess: ['SESS', (r) => String(r.group)],
  lwp: ['LWP', (r) => String(r.p.pid)],
  tid: ['TID', (r) => String(r.p.pid)],
  spid: ['SPID', (r) => String(r.p.pid)],
  nlwp: ['NLWP', () => '1'],
  thcount: ['THCNT', () => '1'],
  user: ['USER', (r) => userName(r.p.uid)],
  euser: ['EUSER', (r) => userName(r.p.uid)],
  ruser: ['RUSER', (r) => userName(r.p.uid)],
  uname: ['USER', (r) => userName(r.p.uid)],
  uid: ['UID', (r) => String(r.p.uid)],
  euid: ['EUID', (r) => String(r.p.uid)],
  ruid: ['RUID', (r) => String(r.p.uid)],
  tty: ['TT', (r) => r.p.tty],
  tt: ['TT', (r) => r.p.tty],
  tname: ['TT', (r) => r.p.tty],
  stat: ['STAT', stat],
  s: ['S', () => 'S'],
  state: ['S', () => 'S'],
  etime: ['ELAPSED', (r) => elapsed(r.now - r.p.started)],
  etimes: ['ELAPSED', (r) => String(Math.max(0, Math.floor((r.now - r.p.started) / 1000)))],
  time: ['TIME', () => '00:00:00'],
  cputime: ['TIME', () => '00:00:00'],
  bsdtime: ['TIME', () => '0:00'],
  comm: ['COMMAND', (r) => comm(r.p)],
  ucmd: ['CMD', (r) => comm(r.p)],
  ucomm: ['COMMAND', (r) => comm(r.p)],
  args: ['COMMAND', (r) => r.p.cmd],
  command: ['COMMAND', (r) => r.p.cmd],
  cmd: ['CMD', (r) => r.p.cmd],
  stime: ['STIME', (r) => startTime(r.p.started, r.now)],
  start_time: ['START', (r) => startTime(r.p.started, r.now)],
  c: ['C', () => '0'],
  '%cpu': ['%CPU', () => '0.0'],
  pcpu: ['%CPU', () => '0.0'],
  '%mem': ['%MEM', mem],
  pmem: ['%MEM', mem],
  vsz: ['VSZ', (r) => String(r.p.vsz)],
  vsize: ['VSZ', (r) => String(r.p.vsz)],
  rss: ['RSS', (r) => String(r.p.rss)],
  rssize: ['RSS', (r) => String(r.p.rss)],
  rsz: ['RSZ', (r) => String(r.p.rss)],
  sz: ['SZ', (r) => String(Math.ceil(r.p.vsz / 4))],
  ni: ['NI', () => '0'],
  nice: ['NI', () => '0'],
  pri: ['PRI', () => '19'],
  psr: ['PSR', () => '0'],
  f: ['F', (r) => (r.p.uid === 0 ? '4' : '0')],
  flags: ['F', (r) => (r.p.uid === 0 ? '4' : '0')],
  wchan: ['WCHAN', () => '-'],
  addr: ['ADDR', () => '-'],
  start: ['STARTED', (r) => started(r.p.started, r.now)],
  /** PRI as -l shows it. */
  lpri: ['PRI', () => '80'],
};

/** A column: a FIELDS name and its header as printed. */
export type Column = [string, string];

export const col = (spec: string): Column => [spec.split('=')[0], spec.includes('=') ? spec.slice(spec.indexOf('=') + 1) : FIELDS[spec]?.[0] ?? ''];

/** The standard formats, as procps defines them ("name=HEADER" where a format renames the field). */
export const FORMATS: Record<string, string[]> = {
  default: ['pid', 'tname=TTY', 'time', 'ucmd'],
  full: ['user=UID', 'pid', 'ppid', 'c', 'stime', 'tname=TTY', 'time', 'cmd'],
  extra: ['user=UID', 'pid', 'ppid', 'c', 'sz', 'rss', 'psr', 'stime', 'tname=TTY', 'time', 'cmd'],
  jobs: ['pid', 'pgid', 'sid', 'tname=TTY', 'time', 'ucmd'],
  long: ['f', 's', 'uid', 'pid', 'ppid', 'c', 'lpri', 'ni', 'addr', 'sz', 'wchan', 'tname=TTY', 'time', 'ucmd'],
  longFull: ['f', 's', 'user=UID', 'pid', 'ppid', 'c', 'lpri', 'ni', 'addr', 'sz', 'wchan', 'stime', 'tname=TTY', 'time', 'cmd'],
  user: ['user', 'pid', '%cpu', '%mem', 'vsz', 'rss', 'tname=TTY', 'stat', 'start_time', 'bsdtime', 'args'],
  bsd: ['pid', 'tname=TTY', 'stat', 'bsdtime', 'args'],
};

/** The user-defined list of one -o argument: name=HEADER takes the rest, commas included. */
export function customList(arg: string): Column[] {
  const out: Column[] = [];
  let rest = arg;
  while (rest) {
    const eq = rest.indexOf('=');
    const comma = rest.indexOf(',');
    if (eq !== -1 && (comma === -1 || eq < comma)) {
      out.push([rest.slice(0, eq), rest.slice(eq + 1)]);
      break;
    }
    const name = comma === -1 ? rest : rest.slice(0, comma);
    if (name) out.push(col(name));
    rest = comma === -1 ? '' : rest.slice(comma + 1);
  }
  for (const [name] of out) {
    if (!FIELDS[name] || name === 'lpri') throw new PsError(`error: unknown user-defined format specifier "${name}"`);
  }
  return out;
}

/** ps's output for `procs` (the first is the container's main process) in `columns`. */
export function renderPs(procs: ProcessInfo[], columns: Column[], headers: boolean, now: number): string {
  const group = procs[0]?.pid ?? 0;
  const lines = procs.map((p, i) => columns.map(([name]) => FIELDS[name][1]({ p, leader: i === 0, group, now })).join(' '));
  if (headers && columns.some(([, h]) => h !== '')) lines.unshift(columns.map(([, h]) => h).join(' '));
  return `${lines.join('\n')}\n`;
}
