// Value decoders used when binding the canonical tree to the model, mirroring compose-go's
// DecodeMapstructure methods and the loader's cast hook (strings to bool/int, ints to strings).
// A failure reads as mapstructure v2 reports it:
//   decoding failed due to the following error(s):\n\n'services[web].healthcheck.interval' time: ...
import { ComposeError } from '../errors.ts';
import { parseDuration, parseUnitBytes } from './durations.ts';
import { goSprint, isDict } from './tree.ts';
import type { MappingWithEquals } from '../model.ts';
import { shellwords } from './shellwords.ts';

export function decodeError(name: string, message: string): ComposeError {
  return new ComposeError('other', `decoding failed due to the following error(s):\n\n'${name}' ${message}`);
}

export function str(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : goSprint(v);
}

export function bool(v: unknown, name: string): boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (['y', 'yes', 'on'].includes(s)) return true;
  if (['n', 'no', 'off'].includes(s)) return false;
  throw decodeError(name, `invalid boolean: ${String(v)}`);
}

export function int(v: unknown, name: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return Math.trunc(v);
  if (/^[+-]?\d+$/.test(String(v))) return Number(v);
  throw decodeError(name, `strconv.Atoi: parsing ${JSON.stringify(String(v))}: invalid syntax`);
}

export function float(v: unknown, name: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  const n = Number(v);
  if (Number.isNaN(n)) throw decodeError(name, `strconv.ParseFloat: parsing ${JSON.stringify(String(v))}: invalid syntax`);
  return n;
}

export function durationNs(v: unknown, name: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  const r = parseDuration(goSprint(v));
  if (!r.ok) throw decodeError(name, r.error);
  return r.value;
}

export function bytes(v: unknown, name: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  const r = parseUnitBytes(v);
  if (!r.ok) throw decodeError(name, r.error);
  return r.value;
}

export function strings(v: unknown): string[] | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.map((e) => goSprint(e)) : undefined;
}

/** types.ShellCommand: a string is split as a shell would (go-shellwords); [] stays empty. */
export function shellCommand(v: unknown, name: string): string[] | undefined {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return v.map((e) => String(e));
  try {
    return shellwords(String(v));
  } catch (e) {
    throw decodeError(name, (e as Error).message);
  }
}

/** types.MappingWithEquals: KEY=VALUE list or map; KEY alone (or null) has no value. */
export function mappingWithEquals(v: unknown, name: string): MappingWithEquals | undefined {
  if (v === null || v === undefined) return undefined;
  const out: MappingWithEquals = {};
  if (Array.isArray(v)) {
    for (const entry of v) {
      const s = goSprint(entry);
      const i = s.indexOf('=');
      const key = i < 0 ? s : s.slice(0, i);
      if (key !== '' && /\s$/.test(key)) throw decodeError(name, `environment variable ${key} is declared with a trailing space`);
      out[key] = i < 0 ? null : s.slice(i + 1);
    }
    return out;
  }
  if (isDict(v)) {
    for (const [k, e] of Object.entries(v)) out[k] = e === null || e === undefined ? null : goSprint(e);
    return out;
  }
  throw decodeError(name, `unexpected value type ${typeof v} for mapping`);
}

/** types.Labels / Mapping: values as strings ("k" alone reads as an empty value). */
export function labels(v: unknown): Record<string, string> | undefined {
  if (v === null || v === undefined) return undefined;
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const entry of v) {
      const s = goSprint(entry);
      const i = s.indexOf('=');
      out[i < 0 ? s : s.slice(0, i)] = i < 0 ? '' : s.slice(i + 1);
    }
  } else if (isDict(v)) {
    for (const [k, e] of Object.entries(v)) out[k] = e === null || e === undefined ? '' : goSprint(e);
  }
  return out;
}

/** types.FileMode: an int, or a string read as octal ("0440"). */
export function fileMode(v: unknown, name: string): number | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number') return v;
  const s = String(v);
  if (!/^[+-]?[0-7]+$/.test(s)) throw decodeError(name, `strconv.ParseInt: parsing ${JSON.stringify(s)}: invalid syntax`);
  return parseInt(s, 8);
}
