// Linux signals as the daemon parses them (moby/sys/signal): `KILL`, `SIGKILL`, `kill` or `9`;
// names are upper-cased and lose a `SIG` prefix, numbers are taken as they are (any non-zero
// integer parses; only known ones are valid for `docker kill`). What a signal does to a
// process by default decides whether a container ends when it receives one.
import { DaemonError } from '../../errors/daemon-error.ts';

const BASE: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10,
  SEGV: 11, USR2: 12, PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CLD: 17, CONT: 18,
  STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27,
  WINCH: 28, IO: 29, POLL: 29, PWR: 30, SYS: 31,
};

function realtime(): Record<string, number> {
  const out: Record<string, number> = { RTMIN: 34, RTMAX: 64 };
  for (let i = 1; i <= 15; i++) out[`RTMIN+${i}`] = 34 + i;
  for (let i = 1; i <= 14; i++) out[`RTMAX-${i}`] = 64 - i;
  return out;
}

/** moby/sys/signal's SignalMap for linux (names without the SIG prefix). */
export const SIGNAL_MAP: Record<string, number> = { ...BASE, ...realtime() };

/** The canonical SIG name of each number (`SIGTERM` for 15), as programs' signal lists use. */
const NAMES: Record<number, string> = {};
for (const [name, n] of Object.entries(SIGNAL_MAP)) {
  if (!['IOT', 'CLD', 'POLL'].includes(name) && NAMES[n] === undefined) NAMES[n] = `SIG${name}`;
}

/** Signal names and numbers (`SIGTERM: 15`); kept for callers that want the classic table. */
export const SIGNALS: Record<string, number> = Object.fromEntries(
  Object.entries(NAMES).map(([n, name]) => [name, Number(n)]),
);

/** Default action "terminate" (or core dump); the others are ignored, stop or continue. */
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);
const STOPS = new Set([19, 20, 21, 22]);

/**
 * moby's signal.ParseSignal. Returns the signal number or throws the daemon's
 * `invalid signal: X` (an invalid-parameter error).
 */
export function parseSignal(text: string): number {
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text);
    if (n === 0) throw new DaemonError('invalidParameter', `invalid signal: ${text}`);
    return n;
  }
  const up = text.toUpperCase();
  const n = SIGNAL_MAP[up.startsWith('SIG') ? up.slice(3) : up];
  if (n === undefined) throw new DaemonError('invalidParameter', `invalid signal: ${text}`);
  return n;
}

/** Whether the number is a signal linux knows (signal.ValidSignalForPlatform). */
export function validForPlatform(n: number): boolean {
  return Object.values(SIGNAL_MAP).includes(n);
}

/** `SIGTERM` for 15; `SIGRTMIN+3`-style names for real-time signals. */
export function signalName(n: number): string {
  return NAMES[n] ?? `SIG${n}`;
}

/** A container's stop signal: its StopSignal when it parses to a signal, else SIGTERM. */
export function stopSignalOf(stopSignal: string | undefined): number {
  if (!stopSignal) return 15;
  try {
    const n = parseSignal(stopSignal);
    return n > 0 ? n : 15;
  } catch {
    return 15;
  }
}

/** What the kernel's default action does with the signal: 'terminate', 'ignore' or 'stop'. */
export function defaultAction(n: number): 'terminate' | 'ignore' | 'stop' {
  if (IGNORED_BY_DEFAULT.has(n)) return 'ignore';
  if (STOPS.has(n)) return 'stop';
  return 'terminate';
}
