// The server's side of a MySQL/MariaDB login: the accounts the entrypoint created when it
// initialised the data directory (engine/programs/services/mysql-data.ts: root@localhost,
// root@MYSQL_ROOT_HOST, MYSQL_USER@'%' with its database), not anyone's environment: a volume
// keeps the passwords it was initialised with. The most specific host wins (localhost over
// '%'); a user without global privileges sees only the databases granted to it.
import { loadAccounts, type Account } from '../../engine/programs/services/mysql-data.ts';
import type { Vfs } from '../../fs/types.ts';

const SYSTEM = ['information_schema', 'mysql', 'performance_schema', 'sys'];

export type Login = { account: Account; dbs: string[] } | { error: string };

export interface LoginRequest {
  user: string;
  password: string;
  /** The client's host as the server sees it: 'localhost' over the socket, else its address. */
  from: string;
  db?: string;
  /** MySQL or MariaDB (the server's name in one message). */
  server: 'MySQL' | 'MariaDB';
}

function matches(a: Account, from: string): boolean {
  return a.host === '%' || a.host === from || (from.startsWith('127.') && a.host === 'localhost');
}

export function login(fs: Vfs, r: LoginRequest): Login {
  const data = loadAccounts(fs);
  if (!data.accounts.some((a) => matches(a, r.from))) return { error: `ERROR 1130 (HY000): Host '${r.from}' is not allowed to connect to this ${r.server} server` };
  const account = data.accounts.filter((a) => a.user === r.user && matches(a, r.from)).sort((a, b) => Number(a.host === '%') - Number(b.host === '%'))[0];
  if (!account || account.password !== r.password) {
    return { error: `ERROR 1045 (28000): Access denied for user '${r.user}'@'${r.from}' (using password: ${r.password ? 'YES' : 'NO'})` };
  }
  const all = account.grants.includes('*');
  const dbs = all ? [...SYSTEM, ...data.databases] : ['information_schema', 'performance_schema', ...data.databases.filter((d) => account.grants.includes(d))];
  if (r.db && !dbs.includes(r.db)) {
    return { error: all ? `ERROR 1049 (42000): Unknown database '${r.db}'` : `ERROR 1044 (42000): Access denied for user '${r.user}'@'${account.host}' to database '${r.db}'` };
  }
  return { account, dbs };
}
