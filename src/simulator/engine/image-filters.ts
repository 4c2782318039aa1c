// Image filters as daemon/containerd setupFilters applies them, one image *name* at a time
// (a dangling image is its dangling name ''): dangling, label / label!, before, since, until and
// reference (a path.Match glob against nginx:latest, nginx, docker.io/library/nginx:latest and
// docker.io/library/nginx). Unknown filters and bad values fail as the daemon's filters package.
import { DaemonError } from '../errors/daemon-error.ts';
import { parseReference } from '../util/reference.ts';
import type { Engine } from './engine.ts';
import { nameTime, resolveImage } from './images.ts';
import type { ImageRecord } from './state.ts';

/** Filter name -> values, in the order given (the CLI's filters.Args). */
export type FilterArgs = Map<string, string[]>;

export type NameFilter = (image: ImageRecord, name: string) => boolean;

function invalidFilter(name: string, values?: string[]): DaemonError {
  const shown = values ? `${name}=[${values.join(' ')}]` : name;
  return new DaemonError('invalidParameter', `invalid filter '${shown}'`);
}

export function validateFilters(args: FilterArgs, accepted: string[]): void {
  for (const name of args.keys()) if (!accepted.includes(name)) throw invalidFilter(name);
}

/** filters.Args.GetBoolOrDefault. */
export function boolFilter(args: FilterArgs, name: string, fallback: boolean): boolean {
  const values = args.get(name);
  if (!values) return fallback;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw invalidFilter(name, values);
  return isTrue;
}

/** Go's path.Match as a RegExp; undefined for a malformed pattern (which matches nothing). */
export function globRegExp(pattern: string): RegExp | undefined {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (++i >= pattern.length) return undefined;
      re += pattern[i].replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) return undefined;
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('^')) body = `^${body.slice(1).replace(/[\\\]]/g, '\\$&')}`;
      else body = body.replace(/[\\\]^]/g, '\\$&');
      re += `[${body}]`;
      i = end;
    } else re += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return undefined;
  }
}

function referenceFilter(patterns: string[]): NameFilter {
  const res = patterns.map(globRegExp);
  return (_image, name) => {
    if (name === '') return false;
    let p;
    try {
      p = parseReference(name);
    } catch {
      return false;
    }
    const full = p.digest ? `${p.full}@${p.digest}` : `${p.full}:${p.tag ?? 'latest'}`;
    const targets = [name, p.familiar, full, p.full];
    return res.some((re) => re !== undefined && targets.some((t) => re.test(t)));
  };
}

function labelFilter(args: FilterArgs): NameFilter | undefined {
  const checks: { key: string; value: string; onlyExists: boolean; negate: boolean }[] = [];
  for (const fname of ['label', 'label!']) {
    for (const l of args.get(fname) ?? []) {
      const eq = l.indexOf('=');
      let key = eq === -1 ? l : l.slice(0, eq);
      let negate = fname === 'label!';
      if (key.endsWith('!')) {
        key = key.slice(0, -1);
        negate = !negate;
      }
      checks.push({ key, value: eq === -1 ? '' : l.slice(eq + 1), onlyExists: eq === -1, negate });
    }
  }
  if (checks.length === 0) return undefined;
  return (image) => {
    const labels = image.config.Labels ?? {};
    return checks.every((c) => {
      const exists = Object.hasOwn(labels, c.key);
      if (c.onlyExists) return c.negate ? !exists : exists;
      if (!exists) return c.negate;
      return (labels[c.key] === c.value) !== c.negate;
    });
  };
}

function createdMs(image: ImageRecord): number {
  return Date.parse(image.created);
}

/** timestamp.Parse for `until`: a Go duration before now, RFC 3339 / date, or Unix seconds. */
export function parseUntil(value: string, now: number): number {
  const dur = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(value);
  if (dur) {
    const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
    return now - Number(dur[1]) * unit[dur[2]];
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  if (Number.isNaN(t)) {
    throw new DaemonError('invalidParameter', `invalid value for 'until' filter: parsing time "${value}": cannot parse "${value}" as "2006"`);
  }
  return t;
}

/** The combined predicate over (image, name); before/since resolve their image first. */
export function nameFilter(engine: Engine, args: FilterArgs): NameFilter {
  const fns: NameFilter[] = [];
  for (const v of args.get('before') ?? []) {
    const ref = resolveImage(engine, v);
    fns.push((im) => createdMs(im) < createdMs(ref));
  }
  for (const v of args.get('since') ?? []) {
    const ref = resolveImage(engine, v);
    fns.push((im) => createdMs(im) > createdMs(ref));
  }
  for (const v of args.get('until') ?? []) {
    const until = parseUntil(v, engine.now());
    fns.push((im, name) => nameTime(im, name) < until);
  }
  const labels = labelFilter(args);
  if (labels) fns.push(labels);
  if (args.has('dangling')) {
    const want = boolFilter(args, 'dangling', false);
    fns.push((_im, name) => want === (name === ''));
  }
  const refs = args.get('reference');
  if (refs?.length) fns.push(referenceFilter(refs));
  return (im, name) => fns.every((f) => f(im, name));
}
