// ContainerTop (moby daemon/top_unix.go): the host's `ps` (default "-ef") over the container's
// processes, split into titles and rows. A container that is not running is a conflict;
// a restarting one has no processes yet. Supported ps forms: -ef (default) and aux.
import { DaemonError } from '../../errors/daemon-error.ts';
import { HOST } from '../daemon-version.ts';
import type { Engine } from '../engine.ts';
import { getContainer } from './lookup.ts';
import { containerProcesses, type ProcessInfo } from './processes.ts';

export interface TopResponse {
  Titles: string[];
  Processes: string[][];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const USERS: Record<number, string> = { 0: 'root', 33: 'www-data' };

/** procps' STIME/START: HH:MM within a day, MonDD within the year, else the year. */
function startTime(started: number, now: number): string {
  const d = new Date(started);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (now - started < 24 * 3600_000) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (new Date(now).getUTCFullYear() === d.getUTCFullYear()) return `${MONTHS[d.getUTCMonth()]}${pad(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

function user(uid: number): string {
  return USERS[uid] ?? String(uid);
}

function efRow(p: ProcessInfo, now: number): string[] {
  return [user(p.uid), String(p.pid), String(p.ppid), '0', startTime(p.started, now), p.tty, '00:00:00', p.cmd];
}

function auxRow(p: ProcessInfo, now: number, leader: boolean): string[] {
  const mem = ((p.rss * 1024 * 100) / HOST.memTotal).toFixed(1);
  const stat = leader ? (p.tty === '?' ? 'Ss' : 'Ss+') : 'S';
  return [user(p.uid), String(p.pid), '0.0', mem, String(p.vsz), String(p.rss), p.tty, stat, startTime(p.started, now), '0:00', p.cmd];
}

export function containerTop(engine: Engine, ref: string, psArgs: string): TopResponse {
  const c = getContainer(engine, ref);
  const s = c.state.status;
  if (s !== 'running' && s !== 'paused' && s !== 'restarting') {
    throw new DaemonError('conflict', `container ${c.id} is not running`);
  }
  if (s === 'restarting') {
    throw new DaemonError('conflict', `Container ${c.id} is restarting, wait until the container is running`);
  }
  const procs = containerProcesses(engine, c);
  const now = engine.now();
  if (/^-?aux$/.test(psArgs.trim())) {
    return {
      Titles: ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      Processes: procs.map((p, i) => auxRow(p, now, i === 0)),
    };
  }
  return { Titles: ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], Processes: procs.map((p) => efRow(p, now)) };
}
