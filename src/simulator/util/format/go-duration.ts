// Go's time.ParseDuration and Duration.String, as docker's duration flags parse and print them.
import { utf8Bytes } from './go-value.ts';

// ---------------------------------------------------------------------------
// Go's time.Duration

/** time's quote(): double quotes, non-ASCII and control bytes as \xNN. */
export function timeQuote(s: string): string {
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

export const UNIT_NS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  'µs': 1000n, // U+00B5 micro sign
  'μs': 1000n, // U+03BC Greek mu
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};

export const MAX_DURATION = (1n << 63n) - 1n;

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

export function fracString(v: bigint, prec: number): string {
  const div = 10n ** BigInt(prec);
  const whole = v / div;
  const frac = (v % div).toString().padStart(prec, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
