// MongoDB's query and update language, the part tutorials use: equality (on dotted paths too),
// $eq $ne $gt $gte $lt $lte $in $nin $exists, top-level $and/$or; updates with $set, $unset,
// $inc and $push; sort specs. Values compare as BSON does for numbers, strings and ObjectIds.
import type { Doc } from '../../engine/programs/services/mongo-store.ts';
import { isDate, isObjectId } from './mongo-inspect.ts';

export class QueryError extends Error {}

function get(doc: Doc, path: string): unknown {
  let v: unknown = doc;
  for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Doc)[part] : undefined;
  return v;
}

function scalar(v: unknown): unknown {
  if (isObjectId(v)) return v.$oid;
  if (isDate(v)) return v.$date;
  return v;
}

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && !Array.isArray(b)) return a.some((x) => equal(x, b));
  return JSON.stringify(scalar(a)) === JSON.stringify(scalar(b));
}

function compare(a: unknown, b: unknown): number {
  const x = scalar(a), y = scalar(b);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
  return NaN;
}

function operator(v: unknown, op: string, arg: unknown): boolean {
  switch (op) {
    case '$eq': return equal(v, arg);
    case '$ne': return !equal(v, arg);
    case '$gt': return compare(v, arg) > 0;
    case '$gte': return compare(v, arg) >= 0;
    case '$lt': return compare(v, arg) < 0;
    case '$lte': return compare(v, arg) <= 0;
    case '$in': return Array.isArray(arg) && arg.some((x) => equal(v, x));
    case '$nin': return Array.isArray(arg) && !arg.some((x) => equal(v, x));
    case '$exists': return (v !== undefined) === !!arg;
  }
  throw new QueryError(`MongoServerError[BadValue]: unknown operator: ${op}`);
}

function isOperatorObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));
}

export function matches(doc: Doc, filter: Doc): boolean {
  return Object.entries(filter).every(([k, cond]) => {
    if (k === '$and') return (cond as Doc[]).every((f) => matches(doc, f));
    if (k === '$or') return (cond as Doc[]).some((f) => matches(doc, f));
    const v = get(doc, k);
    if (isOperatorObject(cond)) return Object.entries(cond).every(([op, arg]) => operator(v, op, arg));
    return equal(v, cond);
  });
}

/** Apply an update document ($set, $unset, $inc, $push); true when the document changed. */
export function applyUpdate(doc: Doc, update: Doc): boolean {
  const before = JSON.stringify(doc);
  for (const [op, fields] of Object.entries(update)) {
    if (!op.startsWith('$')) throw new QueryError("MongoInvalidArgumentError: Update document requires atomic operators");
    for (const [k, v] of Object.entries(fields as Doc)) {
      if (op === '$set') doc[k] = v;
      else if (op === '$unset') delete doc[k];
      else if (op === '$inc') doc[k] = (typeof doc[k] === 'number' ? (doc[k] as number) : 0) + (v as number);
      else if (op === '$push') doc[k] = [...((doc[k] as unknown[]) ?? []), v];
      else throw new QueryError(`MongoServerError[FailedToParse]: Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`);
    }
  }
  return JSON.stringify(doc) !== before;
}

/** Documents in the order of a sort spec ({ age: -1, name: 1 }). */
export function sortDocs(docs: Doc[], spec: Doc): Doc[] {
  const keys = Object.entries(spec);
  return [...docs].sort((a, b) => {
    for (const [k, dir] of keys) {
      const c = compare(get(a, k), get(b, k));
      if (c) return c * (Number(dir) < 0 ? -1 : 1);
    }
    return 0;
  });
}

/** A projection ({ name: 1, _id: 0 }) applied to one document */
export function project(doc: Doc, proj: Doc | undefined): Doc {
  if (!proj || Object.keys(proj).length === 0) return doc;
  const include = Object.entries(proj).filter(([k, v]) => k !== '_id' && v);
  if (include.length === 0) {
    const out = { ...doc };
    for (const [k, v] of Object.entries(proj)) if (!v) delete out[k];
    return out;
  }
  const out: Doc = {};
  if (proj._id !== 0 && proj._id !== false && '_id' in doc) out._id = doc._id;
  for (const [k] of include) if (k in doc) out[k] = doc[k];
  return out;
}
