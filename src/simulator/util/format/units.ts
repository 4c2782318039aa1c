// Sizes, durations and times as docker prints and parses them:
//   - github.com/docker/go-units v0.5.0 (HumanDuration, HumanSize, HumanSizeWithPrecision,
//     BytesSize, FromHumanSize, RAMInBytes)
//   - Go's time.ParseDuration and Duration.String
//   - docker's --since/--until parsing (moby client internal/timestamp: GetTimestamp,
//     ParseTimestamps), with the subset of Go's time.Parse its layouts need
//   - Go's RFC3339Nano and jsonmessage's RFC3339NanoFixed time formats
//   - the daemon's container status text (moby daemon/container/state.go State.String)
// Times are milliseconds since the Unix epoch (UTC); durations are milliseconds unless named ns.
import { formatFloat } from './go-fmt.ts';
import { utf8Bytes } from './go-value.ts';

// ---------------------------------------------------------------------------
// go-units: durations

/**
 * units.HumanDuration: "Less than a second", "1 second", "5 seconds", "About a minute",
 * "3 minutes", "About an hour", "2 hours", "3 days", "2 weeks", "4 months", "2 years".
 * Negative durations read "Less than a second".
 */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3600000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(Math.trunc(ms / 3600000) / 24 / 365)} years`;
}

/** docker ps/images CREATED: units.HumanDuration(now - then) + " ago". */
export function createdSince(thenMs: number, nowMs: number): string {
  return `${humanDuration(nowMs - thenMs)} ago`;
}

// ---------------------------------------------------------------------------
// go-units: sizes

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, map: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < map.length - 1) {
    size /= base;
    i++;
  }
  return [size, map[i]];
}

/** units.HumanSizeWithPrecision: fmt "%.*g%s" over decimal units ("10.1kB", "187MB", "1e+03kB"). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [v, unit] = sizeAndUnit(size, 1000, DECIMAL_ABBRS);
  return `${formatFloat(v, 'g', precision)}${unit}`;
}

/**
 * units.HumanSize = HumanSizeWithPrecision(size, 4): "Total reclaimed space", progress bars, df.
 * (docker ps/images SIZE columns use humanSizeWithPrecision(size, 3) instead.)
 */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** units.BytesSize: fmt "%.4g%s" over binary units ("1.5MiB", "7.776GiB"); docker stats, info. */
export function bytesSize(size: number): string {
  const [v, unit] = sizeAndUnit(size, 1024, BINARY_ABBRS);
  return `${formatFloat(v, 'g', 4)}${unit}`;
}

export type ValueResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** strconv.ParseFloat's accepted forms that people type (decimal, exponent, inf, nan). */
function parseFloatGo(s: string): number | null {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (m) return m[2].toLowerCase() === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  return null;
}

function parseSize(sizeStr: string, binary: boolean): ValueResult<number> {
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('0123456789. '.includes(sizeStr[i])) {
      sep = i;
      break;
    }
  }
  if (sep === -1) return { ok: false, error: `invalid size: '${sizeStr}'` };
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep);
  let sfx = sizeStr.slice(sep + 1);
  const size = parseFloatGo(num);
  if (size === null) return { ok: false, error: `strconv.ParseFloat: parsing ${JSON.stringify(num)}: invalid syntax` };
  if (size < 0) return { ok: false, error: `invalid size: '${sizeStr}'` };
  if (sfx.length === 0) return { ok: true, value: Math.trunc(size) };
  const bad = (): ValueResult<number> => ({ ok: false, error: `invalid suffix: '${sfx}'` });
  if (sfx.length > 3) return bad();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad() : { ok: true, value: Math.trunc(size) };
  const exp = 'kmgtp'.indexOf(sfx[0]);
  if (exp === -1) return bad();
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad();
  return { ok: true, value: Math.trunc(size * (binary ? 1024 : 1000) ** (exp + 1)) };
}

/** units.FromHumanSize: "44kB" -> 44000 (decimal multiples; "b", "kb", "kib" suffixes all decimal). */
export function fromHumanSize(size: string): ValueResult<number> {
  return parseSize(size, false);
}

/** units.RAMInBytes: "512m" -> 536870912 (binary multiples; the "b" is optional). */
export function ramInBytes(size: string): ValueResult<number> {
  return parseSize(size, true);
}

// ---------------------------------------------------------------------------
// Go's time.Duration

/** time's quote(): double quotes, non-ASCII and control bytes as \xNN. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of utf8Bytes(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return `${out}"`;
}

const UNIT_NS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n, // U+00B5 micro sign
  'μs': 1000n, // U+03BC Greek mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

const MAX_DURATION = (1n << 63n) - 1n;

export type DurationResult = { ok: true; ns: number; ms: number } | { ok: false; error: string };

/** time.ParseDuration: "300ms", "-1.5h", "2h45m", "1m30s"; units ns us µs ms s m h. */
export function parseGoDuration(orig: string): DurationResult {
  let s = orig;
  let neg = false;
  const invalid = (): DurationResult => ({ ok: false, error: `time: invalid duration ${timeQuote(orig)}` });
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return { ok: true, ns: 0, ms: 0 };
  if (s === '') return invalid();
  let d = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || (s[0] >= '0' && s[0] <= '9'))) return invalid();
    // leading integer
    let i = 0;
    let v = 0n;
    while (i < s.length && s[i] >= '0' && s[i] <= '9') {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > 1n << 63n) return invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    // fraction
    let f = 0n;
    let scale = 1;
    let post = false;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (j < s.length && s[j] >= '0' && s[j] <= '9') {
        if (!overflow) {
          const y = f * 10n + BigInt(s.charCodeAt(j) - 48);
          if (y > 1n << 63n) overflow = true;
          else {
            f = y;
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) return invalid();
    // unit
    let k = 0;
    while (k < s.length && s[k] !== '.' && !(s[k] >= '0' && s[k] <= '9')) k++;
    if (k === 0) return { ok: false, error: `time: missing unit in duration ${timeQuote(orig)}` };
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = UNIT_NS[u];
    if (unit === undefined) return { ok: false, error: `time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}` };
    if (v > (1n << 63n) / unit) return invalid();
    v *= unit;
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > 1n << 63n) return invalid();
    }
    d += v;
    if (d > 1n << 63n) return invalid();
  }
  if (!neg && d > MAX_DURATION) return invalid();
  const ns = Number(neg ? -d : d);
  return { ok: true, ns, ms: ns / 1e6 };
}

/** Duration.String: "1h2m3.5s", "1m30s", "500ms", "1.5µs", "0s". */
export function formatGoDuration(ns: number | bigint): string {
  let u = BigInt(ns);
  const neg = u < 0n;
  if (neg) u = -u;
  let out: string;
  if (u < 1000000000n) {
    if (u === 0n) return '0s';
    let prec: number, unit: string;
    if (u < 1000n) return `${neg ? '-' : ''}${u}ns`;
    if (u < 1000000n) { prec = 3; unit = 'µs'; }
    else { prec = 6; unit = 'ms'; }
    out = fracString(u, prec) + unit;
  } else {
    const totalSecs = u / 1000000000n;
    const h = totalSecs / 3600n;
    const m = (totalSecs / 60n) % 60n;
    const secs = `${fracString(u % 60000000000n, 9)}s`;
    out = h > 0n ? `${h}h${m}m${secs}` : m > 0n ? `${m}m${secs}` : secs;
  }
  return neg ? `-${out}` : out;
}

function fracString(v: bigint, prec: number): string {
  const div = 10n ** BigInt(prec);
  const whole = v / div;
  const frac = (v % div).toString().padStart(prec, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

// ---------------------------------------------------------------------------
// Time formatting (UTC)

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function utcParts(ms: number): { date: string; sub: number } {
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

interface ParsedTime {
  /** Unix seconds (floor) and nanoseconds in [0, 1e9). */
  sec: number;
  nsec: number;
}

const STD = ['2006', '01', '02', '15', '04', '05', '.999999999', 'Z07:00'] as const;

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

class TimeParseError extends Error {}

function isDigitAt(s: string, i: number): boolean {
  return i < s.length && s[i] >= '0' && s[i] <= '9';
}

/** time.Parse / ParseInLocation for layouts made of 2006 01 02 15 04 05 .999999999 Z07:00 and literals. */
function goTimeParse(layout: string, value: string, localOffsetSec: number): ParsedTime {
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

function parseTimestampParts(value: string): { ok: true; seconds: number; nanoseconds: number } | { ok: false; error: string } {
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

// ---------------------------------------------------------------------------
// The STATUS column (daemon/container/state.go State.String)

/**
 * The container state the status text is built from. Times are ms since the epoch; 0 (or null)
 * means Go's zero time (never started / never finished).
 *   status 'running' | 'paused' | 'restarting' count as Running in the daemon (paused and
 *   restarting containers still have Running set); health is the healthcheck state, if any.
 */
export interface ContainerStateText {
  status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  startedAt: number | null;
  finishedAt: number | null;
  exitCode: number;
  health?: { status: 'starting' | 'healthy' | 'unhealthy' | 'none' | string } | null;
}

/**
 * State.String: "Up 2 minutes", "Up 2 minutes (Paused)", "Up 5 seconds (healthy)",
 * "Up 3 seconds (health: starting)", "Restarting (1) 3 seconds ago", "Removal In Progress",
 * "Dead", "Created", "Exited (137) 2 minutes ago" ("" when started but never finished).
 */
export function containerStatusText(state: ContainerStateText, nowMs: number): string {
  const running = state.status === 'running' || state.status === 'paused' || state.status === 'restarting';
  if (running) {
    const out = `Up ${humanDuration(nowMs - (state.startedAt ?? 0))}`;
    if (state.status === 'paused') return `${out} (Paused)`;
    if (state.status === 'restarting') return `Restarting (${state.exitCode}) ${humanDuration(nowMs - (state.finishedAt ?? 0))} ago`;
    if (state.health) return `${out} (${state.health.status === 'starting' ? 'health: starting' : state.health.status})`;
    return out;
  }
  if (state.status === 'removing') return 'Removal In Progress';
  if (state.status === 'dead') return 'Dead';
  if (!state.startedAt) return 'Created';
  if (!state.finishedAt) return '';
  return `Exited (${state.exitCode}) ${humanDuration(nowMs - state.finishedAt)} ago`;
}
