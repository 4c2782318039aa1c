// The `until` prune filter as moby's timestamp.Parse reads it: a Go duration before now
// ("24h", "1h30m"), an RFC 3339 date or date-time, or Unix seconds ("1700000000.5").
import { DaemonError } from '../../errors/daemon-error.ts';

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Go's time.ParseDuration in milliseconds, or undefined when it is not a duration. */
export function parseGoDuration(text: string): number | undefined {
  const m = /^([+-]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|ms|s|m|h))+)$/.exec(text);
  if (!m) return text === '0' ? 0 : undefined;
  let total = 0;
  for (const part of m[2].matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/g)) total += Number(part[1]) * UNITS[part[2]];
  return m[1] === '-' ? -total : total;
}

const RFC3339 = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d)(\.\d+)?)?)?)?([zZ]|[+-]\d\d:\d\d)?$/;

/** A date or date-time as timestamp.Parse reads it; without a zone it is the daemon's (UTC). */
function parseRfc3339(value: string): number | undefined {
  const m = RFC3339.exec(value);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const ms = Math.round(Number(m[7] ?? 0) * 1000);
  let t = Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6), ms);
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    t -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return t;
}

function invalid(message: string): DaemonError {
  return new DaemonError('invalidParameter', message);
}

/** The `until` time in ms since the epoch, relative to `now` for durations. */
export function parseUntil(value: string, now: number): number {
  if (value.trim() === '') throw invalid('failed to parse value as time or duration: value is empty');
  const d = parseGoDuration(value);
  if (d !== undefined && value !== '0') return now - d;
  if (value.includes('-')) {
    const t = parseRfc3339(value);
    if (t === undefined) throw invalid(`parsing time "${value}": cannot parse "${value}"`);
    return t;
  }
  const [sec, frac = ''] = value.split('.');
  if (!/^[+-]?\d+$/.test(sec)) throw invalid(`failed to parse value as time or duration: invalid seconds "${sec}": invalid syntax`);
  return Number(sec) * 1000 + Number(`0.${frac.replace(/\D/g, '') || '0'}`) * 1000;
}
