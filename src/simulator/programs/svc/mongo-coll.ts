// A collection's methods in mongosh (insertOne/Many, find/findOne, countDocuments,
// updateOne/Many, deleteOne/Many, drop) and a cursor's (sort, limit, skip, toArray, count),
// with the result documents mongosh prints for each.
import type { Doc } from '../../engine/programs/services/mongo-store.ts';
import { MongoError, oid, requireAuth, type MongoSession, type Ref } from './mongo-session.ts';
import { JsError } from './mongo-js.ts';
import { applyUpdate, matches, project, QueryError, sortDocs } from './mongo-query.ts';

type Coll = Extract<Ref, { __m: 'coll' }>;
type Cursor = Extract<Ref, { __m: 'cursor' }>;

function docsOf(s: MongoSession, c: Coll): Doc[] {
  return s.data[c.db]?.[c.name] ?? [];
}

function asFilter(v: unknown): Doc {
  if (v === undefined) return {};
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new MongoError('MongoInvalidArgumentError: Query filter must be a plain object or ObjectId');
  return v as Doc;
}

function insert(s: MongoSession, c: Coll, docs: Doc[]): { $oid: string }[] {
  requireAuth(s, 'insert');
  const coll = ((s.data[c.db] ??= {})[c.name] ??= []);
  return docs.map((d) => {
    if (!d || typeof d !== 'object' || Array.isArray(d)) throw new MongoError('MongoInvalidArgumentError: Document must be a plain object');
    const id = (d._id as { $oid: string } | undefined) ?? oid(s);
    if (d._id !== undefined && coll.some((x) => JSON.stringify(x._id) === JSON.stringify(d._id))) {
      throw new MongoError(`MongoServerError: E11000 duplicate key error collection: ${c.db}.${c.name} index: _id_ dup key: { _id: ${JSON.stringify(d._id)} }`);
    }
    coll.push({ _id: id, ...d });
    return id;
  });
}

function update(s: MongoSession, c: Coll, args: unknown[], many: boolean): Doc {
  requireAuth(s, 'update');
  const hits = docsOf(s, c).filter((d) => matches(d, asFilter(args[0])));
  const targets = many ? hits : hits.slice(0, 1);
  let modified = 0;
  for (const d of targets) if (applyUpdate(d, (args[1] ?? {}) as Doc)) modified++;
  return { acknowledged: true, insertedId: null, matchedCount: targets.length, modifiedCount: modified, upsertedCount: 0 };
}

function remove(s: MongoSession, c: Coll, filter: Doc, many: boolean): Doc {
  requireAuth(s, 'delete');
  const all = docsOf(s, c);
  const hits = all.filter((d) => matches(d, filter));
  const gone = new Set(many ? hits : hits.slice(0, 1));
  if (s.data[c.db]?.[c.name]) s.data[c.db][c.name] = all.filter((d) => !gone.has(d));
  return { acknowledged: true, deletedCount: gone.size };
}

function find(s: MongoSession, c: Coll, args: unknown[]): Doc[] {
  requireAuth(s, 'find');
  return docsOf(s, c).filter((d) => matches(d, asFilter(args[0]))).map((d) => project(d, args[1] as Doc | undefined));
}

function collCall(s: MongoSession, c: Coll, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'insertOne': return { acknowledged: true, insertedId: insert(s, c, [args[0] as Doc])[0] };
    case 'insertMany': {
      const ids = insert(s, c, (args[0] as Doc[]) ?? []);
      return { acknowledged: true, insertedIds: Object.fromEntries(ids.map((id, i) => [String(i), id])) };
    }
    case 'find': return { __m: 'cursor', docs: find(s, c, args) } satisfies Cursor;
    case 'findOne': return find(s, c, args)[0] ?? null;
    case 'countDocuments': requireAuth(s, 'aggregate'); return find(s, c, args).length;
    case 'estimatedDocumentCount': requireAuth(s, 'count'); return docsOf(s, c).length;
    case 'updateOne': case 'updateMany': return update(s, c, args, name === 'updateMany');
    case 'deleteOne': case 'deleteMany': return remove(s, c, asFilter(args[0]), name === 'deleteMany');
    case 'drop': {
      requireAuth(s, 'drop');
      const had = !!s.data[c.db]?.[c.name];
      if (had) delete s.data[c.db][c.name];
      return had;
    }
  }
  return undefined;
}

function cursorCall(cur: Cursor, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'sort': return { __m: 'cursor', docs: sortDocs(cur.docs, (args[0] ?? {}) as Doc) };
    case 'limit': return { __m: 'cursor', docs: Number(args[0]) ? cur.docs.slice(0, Number(args[0])) : cur.docs };
    case 'skip': return { __m: 'cursor', docs: cur.docs.slice(Number(args[0]) || 0) };
    case 'toArray': return cur.docs;
    case 'count': return cur.docs.length;
    case 'pretty': return cur;
  }
  return undefined;
}

/** A method of a collection or cursor; an unknown one is JavaScript's TypeError. */
export function collMethod(s: MongoSession, self: Ref, name: string, args: unknown[], path: string): unknown {
  try {
    const r = self.__m === 'coll' ? collCall(s, self, name, args) : self.__m === 'cursor' ? cursorCall(self, name, args) : undefined;
    if (r === undefined) throw new JsError(`TypeError: ${path} is not a function`);
    return r;
  } catch (e) {
    if (e instanceof QueryError) throw new MongoError(e.message);
    throw e;
  }
}
