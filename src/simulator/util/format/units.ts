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
export { formatGoDuration, parseGoDuration } from './go-duration.ts';
export type { DurationResult } from './go-duration.ts';
export { GO_ZERO_TIME_RFC3339, formatLogTimestamp, formatRFC3339Nano, getTimestamp, parseTimestamps, sinceToMs } from './timestamps.ts';
export { containerStatusText } from './status-text.ts';
export type { ContainerStateText } from './status-text.ts';

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
