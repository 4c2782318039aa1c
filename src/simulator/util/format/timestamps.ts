// Times as docker prints and parses them: Go's RFC3339Nano, jsonmessage's fixed-width log
// timestamps, and --since/--until (moby client/internal/timestamp) with the time.Parse subset it needs.
import { parseGoDuration, timeQuote } from './go-duration.ts';
import { type ValueResult } from './units.ts';

// ---------------------------------------------------------------------------
// Time formatting (UTC)

export function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

export function utcParts(ms: number): { date: string; sub: number } {
  const whole = Math.floor(ms);
  const d = new Date(whole);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  return { date, sub: d.getUTCMilliseconds() };
}

/**
 * A UTC time.Time in time.RFC3339Nano, as Go marshals it in JSON (docker inspect): fractional
 * seconds with trailing zeros removed, none for a whole second, then "Z".
 * `extraNanos` (0-999999) adds precision below the millisecond.
 */
export function formatRFC3339Nano(ms: number, extraNanos = 0): string {
  const { date, sub } = utcParts(ms);
  const nanos = sub * 1000000 + extraNanos;
  const frac = nanos === 0 ? '' : `.${pad(nanos, 9).replace(/0+$/, '')}`;
  return `${date}${frac}Z`;
}

/** Go's zero time.Time in RFC3339 (what inspect shows for a FinishedAt that never happened). */
export const GO_ZERO_TIME_RFC3339 = '0001-01-01T00:00:00Z';

/** jsonmessage.RFC3339NanoFixed in UTC ("2006-01-02T15:04:05.000000000Z07:00"): docker logs -t. */
export function formatLogTimestamp(ms: number, extraNanos = 0): string {
  const { date, sub } = utcParts(ms);
  return `${date}.${pad(sub * 1000000 + extraNanos, 9)}Z`;
}

// ---------------------------------------------------------------------------
// --since / --until (moby client/internal/timestamp)

export interface ParsedTime {
  /** Unix seconds (floor) and nanoseconds in [0, 1e9). */
  sec: number;
  nsec: number;
}

export const STD = ['2006', '01', '02', '15', '04', '05', '.999999999', 'Z07:00'] as const;

export function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

export class TimeParseError extends Error {}

export function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s[i] >= '0' && s[i] <= '9';
}

/** time.Parse / ParseInLocation for layouts made of 2006 01 02 15 04 05 .999999999 Z07:00 and literals. */
export function goTimeParse(layout: string, value: string, localOffsetSec: number): ParsedTime {
  const avalue = value;
  const perr = (layoutElem: string, valueElem: string, message = ''): TimeParseError => {
    if (message === '') return new TimeParseError(`parsing time ${timeQuote(avalue)} as ${timeQuote(layout)}: cannot parse ${timeQuote(valueElem)} as ${timeQuote(layoutElem)}`);
    return new TimeParseError(`parsing time ${timeQuote(avalue)}${message}`);
  };
  let year = 0, month = 1, day = 1, hour = 0, min = 0, sec = 0, nsec = 0;
  let zoneOffset: number | null = null;
  let rest = layout;
  const getnum = (s: string, fixed: boolean): [number, string] | null => {
    if (!isDigitAt(s, 0)) return null;
    if (!isDigitAt(s, 1)) return fixed ? null : [Number(s[0]), s.slice(1)];
    return [Number(s.slice(0, 2)), s.slice(2)];
  };
  const parseNanos = (v: string, nbytes: number): number => {
    if (nbytes > 10) nbytes = 10;
    const digits = v.slice(1, nbytes);
    return Number(digits) * 10 ** (10 - nbytes);
  };
  while (rest !== '') {
    // Next chunk: a literal prefix, then a std element.
    let idx = -1;
    let std = '';
    for (let i = 0; i < rest.length && idx === -1; i++) {
      for (const e of STD) {
        if (rest.startsWith(e, i)) {
          idx = i;
          std = e;
          break;
        }
      }
    }
    const prefix = idx === -1 ? rest : rest.slice(0, idx);
    for (let i = 0; i < prefix.length; i++) {
      if (value.length === 0 || value[0] !== prefix[i]) throw perr(prefix, value);
      value = value.slice(1);
    }
    if (idx === -1) break;
    rest = rest.slice(idx + std.length);
    const hold = value;
    let rangeErr = '';
    let bad = false;
    switch (std) {
      case '2006':
        if (value.length < 4 || !isDigitAt(value, 0)) { bad = true; break; }
        if (!/^\d{4}/.test(value)) { bad = true; break; }
        year = Number(value.slice(0, 4));
        value = value.slice(4);
        break;
      case '01': case '02': case '15': case '04': case '05': {
        const r = getnum(value, std !== '15');
        if (!r) { bad = true; break; }
        const n = r[0];
        value = r[1];
        if (std === '01') { month = n; if (n <= 0 || n > 12) rangeErr = 'month'; }
        else if (std === '02') day = n;
        else if (std === '15') { hour = n; if (n < 0 || n >= 24) rangeErr = 'hour'; }
        else if (std === '04') { min = n; if (n < 0 || n >= 60) rangeErr = 'minute'; }
        else {
          sec = n;
          if (n < 0 || n >= 60) { rangeErr = 'second'; break; }
          // A fractional second may follow even when the layout has none.
          if (value.length >= 2 && (value[0] === '.' || value[0] === ',') && isDigitAt(value, 1) && !rest.startsWith('.999999999')) {
            let k = 2;
            while (k < value.length && isDigitAt(value, k)) k++;
            nsec = parseNanos(value, k);
            value = value.slice(k);
          }
        }
        break;
      }
      case '.999999999': {
        if (value.length < 2 || !(value[0] === '.' || value[0] === ',') || !isDigitAt(value, 1)) break;
        let i = 0;
        while (i + 1 < value.length && isDigitAt(value, i + 1)) i++;
        nsec = parseNanos(value, 1 + i);
        value = value.slice(1 + i);
        break;
      }
      case 'Z07:00': {
        if (value.length >= 1 && value[0] === 'Z') {
          value = value.slice(1);
          zoneOffset = 0;
          break;
        }
        if (value.length < 6 || value[3] !== ':' || (value[0] !== '+' && value[0] !== '-')) { bad = true; break; }
        const hr = getnum(value.slice(1, 3), true);
        const mm = getnum(value.slice(4, 6), true);
        if (!hr || !mm) { bad = true; break; }
        if (hr[0] > 24) rangeErr = 'time zone offset hour';
        else if (mm[0] > 60) rangeErr = 'time zone offset minute';
        zoneOffset = (value[0] === '-' ? -1 : 1) * (hr[0] * 3600 + mm[0] * 60);
        value = value.slice(6);
        break;
      }
    }
    if (rangeErr !== '') throw perr(std, value, `: ${rangeErr} out of range`);
    if (bad) throw perr(std, hold);
  }
  if (value.length > 0) throw perr('', value, `: extra text: ${timeQuote(value)}`);
  if (day < 1 || day > daysIn(month, year)) throw perr('', value, ': day out of range');
  const utcMs = Date.UTC(year, month - 1, day, hour, min, sec);
  const fixYear = new Date(utcMs);
  fixYear.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  const offset = zoneOffset ?? localOffsetSec;
  return { sec: Math.floor(fixYear.getTime() / 1000) - offset, nsec };
}

export function parseTimestampParts(value: string): { ok: true; seconds: number; nanoseconds: number } | { ok: false; error: string } {
  const dot = value.indexOf('.');
  const s = dot === -1 ? value : value.slice(0, dot);
  if (!/^[+-]?\d+$/.test(s)) return { ok: false, error: `strconv.ParseInt: parsing ${timeQuote(s)}: invalid syntax` };
  const sec = Number(s);
  if (dot === -1) return { ok: true, seconds: sec, nanoseconds: 0 };
  const n = value.slice(dot + 1);
  if (!/^[+-]?\d+$/.test(n)) return { ok: false, error: `strconv.ParseInt: parsing ${timeQuote(n)}: invalid syntax` };
  const nsec = Math.trunc(Number(n) * 10 ** (9 - n.length));
  return { ok: true, seconds: sec, nanoseconds: nsec };
}

/**
 * timestamp.GetTimestamp(value, reference): the value docker sends for --since/--until.
 *   - a Go duration ("10m", "1h30m"; not "0"): reference minus it, as whole Unix seconds "1700000000"
 *   - an RFC 3339 date/time, optionally without zone (then in the local zone, `localOffsetSec`
 *     east of UTC, default UTC), with T, hours, minutes, seconds and fractions optional:
 *     "2024-01-02", "2024-01-02T15:04", "2024-01-02T15:04:05.5Z", "2024-01-02T15:04:05+01:00"
 *     -> "1704207845.500000000"
 *   - Unix seconds, optionally with a fraction ("1700000000", "1700000000.5"): passed through
 * Errors are Go's (a time.Parse error when the value has a "-", else
 * `failed to parse value as time or duration: "..."`).
 */
export function getTimestamp(value: string, referenceMs: number, localOffsetSec = 0): ValueResult<string> {
  const d = parseGoDuration(value);
  if (value !== '0' && d.ok) {
    const sec = Math.floor((referenceMs - d.ns / 1e6) / 1000);
    return { ok: true, value: String(sec) };
  }
  const parseInLocation = !/[zZ+]/.test(value) && (value.match(/-/g)?.length ?? 0) !== 3;
  let format: string;
  if (value.includes('.')) {
    format = parseInLocation ? '2006-01-02T15:04:05.999999999' : '2006-01-02T15:04:05.999999999Z07:00';
  } else if (value.includes('T')) {
    let tcolons = value.match(/:/g)?.length ?? 0;
    if (!parseInLocation && !/[zZ]/.test(value) && tcolons > 0) tcolons--;
    if (parseInLocation) format = tcolons === 0 ? '2006-01-02T15' : tcolons === 1 ? '2006-01-02T15:04' : '2006-01-02T15:04:05';
    else format = tcolons === 0 ? '2006-01-02T15Z07:00' : tcolons === 1 ? '2006-01-02T15:04Z07:00' : '2006-01-02T15:04:05Z07:00';
  } else format = parseInLocation ? '2006-01-02' : '2006-01-02Z07:00';
  try {
    const t = goTimeParse(format, value, parseInLocation ? localOffsetSec : 0);
    return { ok: true, value: `${t.sec}.${pad(t.nsec, 9)}` };
  } catch (e) {
    if (!(e instanceof TimeParseError)) throw e;
    if (value.includes('-')) return { ok: false, error: e.message };
    if (!parseTimestampParts(value).ok) return { ok: false, error: `failed to parse value as time or duration: ${JSON.stringify(value)}` };
    return { ok: true, value };
  }
}

/**
 * timestamp.ParseTimestamps: the seconds and nanoseconds of a GetTimestamp value
 * ("1700000000.5" -> 1700000000, 500000000); `defaultSeconds` for "".
 */
export function parseTimestamps(value: string, defaultSeconds: number): { ok: true; seconds: number; nanoseconds: number } | { ok: false; error: string } {
  if (value === '') return { ok: true, seconds: defaultSeconds, nanoseconds: 0 };
  return parseTimestampParts(value);
}

/** GetTimestamp then ParseTimestamps, as milliseconds: what the daemon compares times with. */
export function sinceToMs(value: string, referenceMs: number, localOffsetSec = 0): ValueResult<number> {
  const ts = getTimestamp(value, referenceMs, localOffsetSec);
  if (!ts.ok) return ts;
  const p = parseTimestamps(ts.value, 0);
  if (!p.ok) return p;
  return { ok: true, value: p.seconds * 1000 + p.nanoseconds / 1e6 };
}
