// The log reading rules of `docker logs`: the client's --since/--until parsing (moby client
// timestamp.GetTimestamp, in util/format/units.ts) and the json-file reader's window: one
// message per line, the last --tail lines ("all" or a number), then since/until.
import type { LogEntry } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { sinceToMs } from '../../../util/format/units.ts';

export interface LogLine {
  t: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface Window {
  tail?: string;
  since?: number;
  until?: number;
}

/** The --since/--until value as ms since the epoch, or the client's error (exit 1). */
export function parseLogTime(flag: string, value: string, now: number): number | undefined {
  if (value === '') return undefined;
  const r = sinceToMs(value, now);
  if (!r.ok) throw new CliError(`invalid value for "${flag}": ${r.error}`, 1);
  return r.value;
}

/** One message per line, as the json-file driver stores them. */
function lines(entries: LogEntry[]): LogLine[] {
  const out: LogLine[] = [];
  for (const e of entries) {
    for (const part of e.text.split(/(?<=\n)/)) if (part !== '') out.push({ t: e.t, stream: e.stream, text: part });
  }
  return out;
}

/** The lines `docker logs` shows: the last `tail` ("all" or a number), then since/until. */
export function logWindow(entries: LogEntry[], w: Window): LogLine[] {
  let all = lines(entries);
  const n = w.tail !== undefined && /^[+-]?\d+$/.test(w.tail) ? Number(w.tail) : -1;
  if (n >= 0) all = n === 0 ? [] : all.slice(-n);
  return all.filter((l) => (w.since === undefined || l.t >= w.since) && (w.until === undefined || l.t <= w.until));
}
