// ps as procps-ng 4 prints it (`ps`, `ps aux`, `ps -ef`) and as busybox does (PID USER TIME
// COMMAND). The process list comes from the host: inside a container PID 1 is its main process.
import { basename } from '../../fs/path.ts';
import type { CommandContext } from '../command.ts';
import type { ProcessInfo } from '../context.ts';
import { strftime } from './date.ts';

function row(cols: [string, number, 'l' | 'r'][]): string {
  return cols.map(([s, w, a]) => (a === 'l' ? s.padEnd(w) : s.padStart(w))).join(' ').trimEnd();
}

function comm(p: ProcessInfo): string {
  return basename(p.command.split(' ')[0]).slice(0, 15);
}

export function ps(ctx: CommandContext): number {
  const listed = ctx.host.processes?.() ?? [];
  const self = listed.find((p) => p.pid === ctx.host.pid);
  const pid = Math.max(0, ...listed.map((p) => p.pid)) + 1;
  // ps as the process itself (`docker exec c ps`, `docker run alpine ps`) is listed once; run by a shell, it is the shell's child.
  const isSelf = self !== undefined && self.command === ctx.argv.join(' ');
  const mine: ProcessInfo = isSelf ? self : { pid, ppid: ctx.host.pid, user: ctx.host.user.name, command: ctx.argv.join(' '), tty: self?.tty ?? 'pts/0', start: ctx.host.now(), stat: 'R+' };
  const all = isSelf ? listed : [...listed, mine];
  const mode = ctx.argv.slice(1).join(' ').replace(/^-(?=aux|ax)/, '');
  const now = ctx.host.now();
  if (ctx.flavour === 'busybox') {
    const lines = all.map((p) => `${String(p.pid).padStart(5)} ${p.user.slice(0, 8).padEnd(8)} ${' 0:00'} ${p.command}`);
    ctx.io.stdout.write(`PID   USER     TIME  COMMAND\n${lines.join('\n')}\n`);
    return 0;
  }
  const user = (u: string) => (u.length > 8 ? `${u.slice(0, 7)}+` : u);
  const start = (p: ProcessInfo) => (now - p.start < 86400000 ? strftime('%H:%M', p.start) : strftime('%b%d', p.start));
  let out: string[];
  if (/^(aux|ax|aux[a-z]*)$/.test(mode)) {
    out = [
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND',
      ...all.map((p) => row([[user(p.user), 8, 'l'], [String(p.pid), 7, 'r'], ['0.0', 4, 'r'], ['0.0', 4, 'r'], [String(p.vsz ?? 4588), 6, 'r'], [String(p.rss ?? 3840), 5, 'r'], [p.tty ?? '?', 8, 'l'], [p.stat ?? 'Ss', 4, 'l'], [start(p), 5, 'r'], ['0:00', 6, 'r'], [p.command, 0, 'l']])),
    ];
  } else if (/^-(ef|fe|eF|Af)$/.test(mode)) {
    out = [
      'UID          PID    PPID  C STIME TTY          TIME CMD',
      ...all.map((p) => row([[user(p.user), 8, 'l'], [String(p.pid), 7, 'r'], [String(p.ppid), 7, 'r'], ['0', 2, 'r'], [start(p), 5, 'r'], [p.tty ?? '?', 8, 'l'], ['00:00:00', 8, 'r'], [p.command, 0, 'l']])),
    ];
  } else {
    const every = /^-(e|A)$/.test(mode);
    const shown = every ? all : all.filter((p) => p.tty === mine.tty);
    out = ['    PID TTY          TIME CMD', ...shown.map((p) => row([[String(p.pid), 7, 'r'], [p.tty ?? '?', 8, 'l'], ['00:00:00', 8, 'r'], [comm(p), 0, 'l']]))];
  }
  ctx.io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
