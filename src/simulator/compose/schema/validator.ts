// A JSON-schema validator for the keywords the Compose Specification schema uses (type, enum,
// properties, patternProperties, additionalProperties, required, items, uniqueItems, pattern,
// minimum, maximum, oneOf, $ref), reproducing what compose-go reports: santhosh-tekuri/jsonschema
// v6 builds a tree of errors in evaluation order, compose-go picks the most specific leaf (deepest
// instance location, additional-properties errors counting one deeper, first one on ties) and
// prints it as "<path> <message>" (schema/schema.go validationError).

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export interface Schema {
  type?: JsonType[];
  enum?: unknown[];
  ref?: () => Schema;
  properties?: Record<string, Schema>;
  patternProperties?: Array<[RegExp, Schema]>;
  /** false forbids keys matched by neither properties nor patternProperties. */
  additionalProperties?: false | Schema;
  required?: string[];
  items?: Schema;
  uniqueItems?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  oneOf?: Schema[];
}

type Kind =
  | { k: 'type'; want: JsonType[] }
  | { k: 'enum'; want: unknown[] }
  | { k: 'required'; missing: string[] }
  | { k: 'additional'; props: string[] }
  | { k: 'unique'; i: number; j: number }
  | { k: 'pattern'; got: string; want: string }
  | { k: 'minimum'; want: number }
  | { k: 'maximum'; want: number }
  | { k: 'oneOfMany'; i: number; j: number }
  | { k: 'group' };

interface VError {
  loc: string[];
  kind: Kind;
  causes?: VError[];
}

function typeOf(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

function typeMatches(want: JsonType[], v: unknown): boolean {
  const t = typeOf(v);
  return want.includes(t) || (t === 'number' && want.includes('integer') && Number.isInteger(v));
}

/** Validates `value`; returns compose-go's message for the most specific error, or undefined. */
export function validateSchema(schema: Schema, value: unknown): string | undefined {
  const err = check(schema, value, []);
  return err ? describe(mostSpecific(err) ?? err) : undefined;
}

function check(s: Schema, v: unknown, loc: string[]): VError | undefined {
  if (s.type && !typeMatches(s.type, v)) return { loc, kind: { k: 'type', want: s.type } };
  if (s.enum && !s.enum.some((e) => deepEqual(e, v))) return { loc, kind: { k: 'enum', want: s.enum } };
  const errors: VError[] = [];
  if (s.ref) {
    const e = check(s.ref(), v, loc);
    if (e) errors.push({ loc, kind: { k: 'group' }, causes: e.kind.k === 'group' ? e.causes : [e] });
  }
  const t = typeOf(v);
  if (t === 'object') checkObject(s, v as Record<string, unknown>, loc, errors);
  else if (t === 'array') checkArray(s, v as unknown[], loc, errors);
  else if (t === 'string' && s.pattern !== undefined && !new RegExp(s.pattern).test(v as string)) {
    errors.push({ loc, kind: { k: 'pattern', got: v as string, want: s.pattern } });
  } else if (t === 'number') {
    if (s.minimum !== undefined && (v as number) < s.minimum) errors.push({ loc, kind: { k: 'minimum', want: s.minimum } });
    if (s.maximum !== undefined && (v as number) > s.maximum) errors.push({ loc, kind: { k: 'maximum', want: s.maximum } });
  }
  if (s.oneOf) checkOneOf(s.oneOf, v, loc, errors);
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : { loc, kind: { k: 'group' }, causes: errors };
}

function checkObject(s: Schema, obj: Record<string, unknown>, loc: string[], errors: VError[]): void {
  const missing = (s.required ?? []).filter((r) => !Object.hasOwn(obj, r));
  if (missing.length > 0) errors.push({ loc, kind: { k: 'required', missing } });
  const additional: string[] = [];
  for (const [name, value] of Object.entries(obj)) {
    let evaluated = false;
    const prop = s.properties?.[name];
    if (prop && Object.hasOwn(s.properties!, name)) {
      evaluated = true;
      push(errors, check(prop, value, [...loc, name]));
    }
    for (const [re, sub] of s.patternProperties ?? []) {
      if (!re.test(name)) continue;
      evaluated = true;
      push(errors, check(sub, value, [...loc, name]));
    }
    if (!evaluated && s.additionalProperties !== undefined) {
      if (s.additionalProperties === false) additional.push(name);
      else push(errors, check(s.additionalProperties, value, [...loc, name]));
    }
  }
  if (additional.length > 0) errors.push({ loc, kind: { k: 'additional', props: additional } });
}

function checkArray(s: Schema, arr: unknown[], loc: string[], errors: VError[]): void {
  if (s.uniqueItems) {
    outer: for (let i = 1; i < arr.length; i++) {
      for (let j = 0; j < i; j++) {
        if (deepEqual(arr[i], arr[j])) {
          errors.push({ loc, kind: { k: 'unique', i: j, j: i } });
          break outer;
        }
      }
    }
  }
  if (s.items) arr.forEach((item, i) => push(errors, check(s.items!, item, [...loc, String(i)])));
}

function checkOneOf(subs: Schema[], v: unknown, loc: string[], errors: VError[]): void {
  const failures: VError[] = [];
  let matched = -1;
  for (let i = 0; i < subs.length; i++) {
    const e = check(subs[i], v, loc);
    if (e) {
      if (matched === -1) failures.push(e);
    } else if (matched === -1) matched = i;
    else {
      errors.push({ loc, kind: { k: 'oneOfMany', i: matched, j: i } });
      return;
    }
  }
  if (matched === -1) errors.push({ loc, kind: { k: 'group' }, causes: failures });
}

function push(errors: VError[], e: VError | undefined): void {
  if (e) errors.push(e);
}

function specificity(e: VError | undefined): number {
  if (!e) return -1;
  return e.kind.k === 'additional' ? e.loc.length + 1 : e.loc.length;
}

/** schema.getMostSpecificError. */
function mostSpecific(e: VError): VError | undefined {
  if (!e.causes || e.causes.length === 0) return e;
  let best: VError | undefined;
  for (const cause of e.causes) {
    const c = mostSpecific(cause);
    if (specificity(c) > specificity(best)) best = c;
  }
  return best;
}

function describe(e: VError): string {
  const path = e.loc.join('.');
  const k = e.kind;
  switch (k.k) {
    case 'type':
      return `${path} must be a ${humanType(k.want)}`;
    case 'minimum':
      return `${path} must be greater than or equal to ${k.want}`;
    case 'maximum':
      return `${path} must be less than or equal to ${k.want}`;
    case 'enum':
      return `${path} ${k.want.length === 1 ? `value must be ${display(k.want[0])}` : `value must be one of ${k.want.map(display).join(', ')}`}`;
    case 'required':
      return `${path} ${k.missing.length === 1 ? `missing property ${quote(k.missing[0])}` : `missing properties ${k.missing.map(quote).join(', ')}`}`;
    case 'additional':
      return `${path} additional properties ${k.props.map(quote).join(', ')} not allowed`;
    case 'unique':
      return `${path} items at ${k.i} and ${k.j} are equal`;
    case 'pattern':
      return `${path} ${quote(k.got)} does not match pattern ${quote(k.want)}`;
    case 'oneOfMany':
      return `${path} oneOf failed, subschemas ${k.i}, ${k.j} matched`;
    case 'group':
      return `${path} validation failed`;
  }
}

/** compose-go humanReadableType: "object" reads "mapping"; several types are sorted. */
function humanType(want: JsonType[]): string {
  const names = want.map((t) => (t === 'object' ? 'mapping' : t));
  if (names.length === 1) return names[0];
  const sorted = [...names].sort();
  return `${sorted.slice(0, -1).join(', ')} or ${sorted[sorted.length - 1]}`;
}

/** The jsonschema package's quote(): Go %q with \" unescaped and ' escaped, in single quotes. */
function quote(s: string): string {
  const q = JSON.stringify(s).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${q}'`;
}

function display(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (v !== null && typeof v === 'object') return 'value';
  return String(v);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
