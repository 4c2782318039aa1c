// MongoDB's data directory (/data/db) as files in the container: the WiredTiger files mongod
// writes on its first start (which the entrypoint checks to skip initialisation) and, since the
// real ones are binary, this model's own file with every database's collections and the users
// (admin.system.users). They live wherever /data/db lives: the writable layer or a volume.
import type { Vfs } from '../../../fs/types.ts';
import { exists, writeFiles } from './common.ts';

export const DB_PATH = '/data/db';
const STORE = 'dockyard-collections.json';
const MONGODB_UID = 999;

export type Doc = Record<string, unknown>;
/** Databases by name, collections by name, documents in insertion order. */
export type MongoData = Record<string, Record<string, Doc[]>>;

export interface MongoUser {
  user: string;
  db: string;
  pwd: string;
  roles: { role: string; db: string }[];
}

/** The entrypoint's check: any of these means the database was initialised before. */
export function mongoInitialised(fs: Vfs, dbPath = DB_PATH): boolean {
  return ['WiredTiger', 'journal', 'local.0', 'storage.bson'].some((f) => exists(fs, `${dbPath}/${f}`));
}

/** The files mongod creates in an empty dbPath. */
export function createDataFiles(fs: Vfs, dbPath = DB_PATH): void {
  if (mongoInitialised(fs, dbPath)) return;
  const files: Record<string, string> = {};
  for (const f of ['WiredTiger', 'WiredTiger.lock', 'WiredTiger.turtle', 'WiredTiger.wt', 'WiredTigerHS.wt', '_mdb_catalog.wt', 'sizeStorer.wt', 'storage.bson', 'mongod.lock']) {
    files[`${dbPath}/${f}`] = f === 'WiredTiger' ? 'WiredTiger\nWiredTiger 12.0.0: (November 15, 2024)\n' : '';
  }
  files[`${dbPath}/journal/`] = '';
  files[`${dbPath}/diagnostic.data/`] = '';
  files[`${dbPath}/${STORE}`] = '{}\n';
  writeFiles(fs, files, MONGODB_UID);
}

export function loadData(fs: Vfs, dbPath = DB_PATH): MongoData {
  try {
    return JSON.parse(fs.readFile(`${dbPath}/${STORE}`)) as MongoData;
  } catch {
    return {};
  }
}

export function saveData(fs: Vfs, data: MongoData, dbPath = DB_PATH): void {
  writeFiles(fs, { [`${dbPath}/${STORE}`]: `${JSON.stringify(data)}\n` });
}

export function users(data: MongoData): MongoUser[] {
  return (data.admin?.['system.users'] ?? []) as unknown as MongoUser[];
}

/** db.createUser in the admin database, as the entrypoint does for MONGO_INITDB_ROOT_*. */
export function addUser(data: MongoData, u: MongoUser): void {
  const coll = ((data.admin ??= {})['system.users'] ??= []);
  coll.push({ _id: `${u.db}.${u.user}`, ...u } as unknown as Doc);
}
