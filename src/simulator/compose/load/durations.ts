// Durations and sizes in compose files: xhit/go-str2duration (Go's time.ParseDuration plus "d"
// and "w" units) for healthcheck intervals and stop_grace_period, go-units RAMInBytes for
// mem_limit/shm_size, and Go's Duration.String for printing them back.
import { formatGoDuration, parseGoDuration, ramInBytes } from '../../util/format/units.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** str2duration.ParseDuration in nanoseconds. */
export function parseDuration(value: string): Parsed<number> {
  let text = value;
  if (/\d[dw]/.test(value)) {
    text = value.replace(/(\d+(?:\.\d*)?|\.\d+)([dw])(?![a-z])/g, (_m, n: string, unit: string) => `${Number(n) * (unit === 'd' ? 24 : 168)}h`);
  }
  const r = parseGoDuration(text);
  if (!r.ok) return { ok: false, error: r.error.replaceAll(JSON.stringify(text), () => JSON.stringify(value)) };
  return { ok: true, value: r.ns };
}

export function formatDuration(ns: number): string {
  return formatGoDuration(ns);
}

/** types.UnitBytes: an integer, or a size like "512m" (binary multiples). */
export function parseUnitBytes(value: unknown): Parsed<number> {
  if (typeof value === 'number') return { ok: true, value: Math.trunc(value) };
  const s = String(value);
  if (/^[+-]?\d+$/.test(s)) return { ok: true, value: Number(s) };
  const r = ramInBytes(s);
  return r.ok ? { ok: true, value: r.value } : { ok: false, error: r.error };
}
