// The MySQL/MariaDB data directory (/var/lib/mysql) as files: the system schema directory
// `mysql/` the entrypoints test for an existing database, the InnoDB files, a directory per
// database, and this model's record of the accounts the entrypoint created (the real ones are
// rows in mysql.user): what a client connecting later (WordPress, `mysql -u`) is checked against.
import type { Vfs } from '../../../fs/types.ts';
import { exists, fileEnv, writeFiles } from './common.ts';

export const DATADIR = '/var/lib/mysql';
const USERS = 'dockyard-users.json';
const MYSQL_UID = 999;

export interface Account {
  user: string;
  /** '%' or 'localhost'. */
  host: string;
  password: string;
  /** Databases it has all privileges on ('*' for root). */
  grants: string[];
}

export interface MysqlAccounts {
  accounts: Account[];
  databases: string[];
}

/** The entrypoints' DATABASE_ALREADY_EXISTS: the `mysql` system schema is there. */
export function mysqlInitialised(fs: Vfs, dir = DATADIR): boolean {
  return exists(fs, `${dir}/mysql`);
}

/** The account variables of either image: MARIADB_* first, MYSQL_* as aliases. */
export function accountEnv(fs: Vfs, env: Record<string, string>, mariadb: boolean) {
  const get = (name: string, legacy = name) => (mariadb ? fileEnv(fs, env, `MARIADB_${name}`) : '') || fileEnv(fs, env, `MYSQL_${legacy}`);
  return {
    rootPassword: get('ROOT_PASSWORD'),
    allowEmpty: get('ALLOW_EMPTY_ROOT_PASSWORD', 'ALLOW_EMPTY_PASSWORD'),
    random: get('RANDOM_ROOT_PASSWORD'),
    database: get('DATABASE'),
    user: get('USER'),
    password: get('PASSWORD'),
    rootHost: get('ROOT_HOST') || '%',
  };
}

export type AccountEnv = ReturnType<typeof accountEnv>;

/** What initialisation leaves in the data directory. */
export function writeDataDir(fs: Vfs, a: AccountEnv, rootPassword: string, extra: Record<string, string> = {}): void {
  const accounts: Account[] = [{ user: 'root', host: 'localhost', password: rootPassword, grants: ['*'] }];
  if (a.rootHost !== 'localhost') accounts.push({ user: 'root', host: a.rootHost, password: rootPassword, grants: ['*'] });
  if (a.user && a.password) accounts.push({ user: a.user, host: '%', password: a.password, grants: a.database ? [a.database] : [] });
  const data: MysqlAccounts = { accounts, databases: a.database ? [a.database] : [] };
  const files: Record<string, string> = {
    [`${DATADIR}/mysql/`]: '',
    [`${DATADIR}/performance_schema/`]: '',
    [`${DATADIR}/sys/`]: '',
    [`${DATADIR}/ibdata1`]: '',
    [`${DATADIR}/ib_buffer_pool`]: '',
    [`${DATADIR}/auto.cnf`]: '[auto]\n',
    [`${DATADIR}/${USERS}`]: `${JSON.stringify(data)}\n`,
    ...extra,
  };
  if (a.database) files[`${DATADIR}/${a.database}/`] = '';
  writeFiles(fs, files, MYSQL_UID);
}

export function loadAccounts(fs: Vfs): MysqlAccounts {
  try {
    return JSON.parse(fs.readFile(`${DATADIR}/${USERS}`)) as MysqlAccounts;
  } catch {
    return { accounts: [], databases: [] };
  }
}

/** A login from another host: the error number a client gets, or undefined when it may connect. */
export function checkLogin(fs: Vfs, user: string, password: string, database: string): 1045 | 1044 | 1049 | undefined {
  const data = loadAccounts(fs);
  const acct = data.accounts.find((a) => a.user === user && a.host === '%');
  if (!acct || acct.password !== password) return 1045;
  if (!acct.grants.includes('*') && !acct.grants.includes(database)) return 1044;
  if (!data.databases.includes(database)) return 1049;
  return undefined;
}
