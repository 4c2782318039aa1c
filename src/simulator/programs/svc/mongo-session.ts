// A mongosh session's state (the server's data, the current database, whether access control
// locks it) and the errors its commands raise.
import type { Doc, MongoData } from '../../engine/programs/services/mongo-store.ts';

export interface MongoSession {
  data: MongoData;
  db: string;
  version: string;
  /** Access control is on and nobody logged in. */
  locked: boolean;
  newId(): string;
  now: number;
  print(text: string): void;
  quit: boolean;
}

export type Ref = { __m: 'db'; name: string } | { __m: 'coll'; db: string; name: string } | { __m: 'cursor'; docs: Doc[] };

export class MongoError extends Error {}

export function requireAuth(s: MongoSession, command: string): void {
  if (s.locked) throw new MongoError(`MongoServerError[Unauthorized]: Command ${command} requires authentication`);
}

export function oid(s: MongoSession): { $oid: string } {
  return { $oid: s.newId() };
}
