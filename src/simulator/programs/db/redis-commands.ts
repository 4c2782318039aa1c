// The redis server's side of redis-cli: the keyspace (kept per container run, as the server's
// memory), AUTH against the server's requirepass (NOAUTH until it passes) and the commands PING,
// SET, GET, DEL, EXISTS, INCR, KEYS, EXPIRE, TTL, FLUSHALL, with replies as redis-cli prints
// them: on a TTY `OK`, `"v"`, `(nil)`, `(integer) 1`, `1) "a"`, `(error) ...`; to a pipe raw
// (`v`, an empty line for nil, `1`, the error's text).

export interface Keyspace {
  data: Record<string, string>;
  /** Expiry times (simulated ms) by key. */
  expires: Record<string, number>;
}

export type Reply = { ok: string } | { bulk: string | null } | { int: number } | { list: string[] } | { err: string };

function globRe(pattern: string): RegExp {
  const src = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${src}$`);
}

function purge(ks: Keyspace, now: number): void {
  for (const [k, t] of Object.entries(ks.expires)) {
    if (t <= now) {
      delete ks.data[k];
      delete ks.expires[k];
    }
  }
}

const ARITY: Record<string, number> = { auth: -2, ping: -1, set: 3, get: 2, del: -2, exists: -2, incr: 2, keys: 2, expire: 3, ttl: 2, flushall: 1 };

/** A client's connection to a server run: its keyspace, the server's requirepass, whether AUTH passed. */
export interface RedisConn {
  ks: Keyspace;
  requirepass?: string;
  authed: boolean;
}

/** AUTH [user] password against the default user's requirepass. */
function auth(conn: RedisConn, args: string[]): Reply {
  if (args.length > 3) return { err: 'ERR syntax error' };
  const [user, pass] = args.length === 2 ? ['default', args[1]] : [args[1], args[2]];
  if (conn.requirepass === undefined && args.length === 2) {
    return { err: 'ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?' };
  }
  if (user !== 'default' || (conn.requirepass !== undefined && pass !== conn.requirepass)) return { err: 'WRONGPASS invalid username-password pair or user is disabled.' };
  conn.authed = true;
  return { ok: 'OK' };
}

/** One command as the server processes it: unknown command, arity, then authentication (NOAUTH). */
export function serve(conn: RedisConn, args: string[], now: number): Reply {
  const cmd = args[0].toLowerCase();
  const a = ARITY[cmd];
  if (a === undefined) return { err: `ERR unknown command '${args[0]}', with args beginning with: ${args.slice(1).map((x) => `'${x}' `).join('')}` };
  if (a > 0 ? args.length !== a : args.length < -a) return { err: `ERR wrong number of arguments for '${cmd}' command` };
  if (cmd === 'auth') return auth(conn, args);
  if (conn.requirepass !== undefined && !conn.authed) return { err: 'NOAUTH Authentication required.' };
  return execute(conn.ks, args, now);
}

function execute(ks: Keyspace, args: string[], now: number): Reply {
  const cmd = args[0].toLowerCase();
  purge(ks, now);
  const [, k, v] = args;
  switch (cmd) {
    case 'ping': return args.length > 1 ? { bulk: k } : { ok: 'PONG' };
    case 'set': delete ks.expires[k]; ks.data[k] = v; return { ok: 'OK' };
    case 'get': return { bulk: ks.data[k] ?? null };
    case 'del': case 'exists': {
      const hits = args.slice(1).filter((x) => x in ks.data);
      if (cmd === 'del') for (const x of hits) delete ks.data[x], delete ks.expires[x];
      return { int: hits.length };
    }
    case 'incr': {
      const cur = ks.data[k] ?? '0';
      if (!/^-?\d+$/.test(cur)) return { err: 'ERR value is not an integer or out of range' };
      ks.data[k] = String(Number(cur) + 1);
      return { int: Number(ks.data[k]) };
    }
    case 'keys': return { list: Object.keys(ks.data).filter((x) => globRe(k).test(x)) };
    case 'expire': if (!(k in ks.data)) return { int: 0 }; ks.expires[k] = now + Number(v) * 1000; return { int: 1 };
    case 'ttl': return { int: !(k in ks.data) ? -2 : k in ks.expires ? Math.ceil((ks.expires[k] - now) / 1000) : -1 };
    default: ks.data = {}; ks.expires = {}; return { ok: 'OK' };
  }
}

export function format(r: Reply, tty: boolean): string {
  if ('ok' in r) return r.ok;
  if ('err' in r) return tty ? `(error) ${r.err}` : r.err;
  if ('int' in r) return tty ? `(integer) ${r.int}` : String(r.int);
  if ('bulk' in r) return r.bulk === null ? (tty ? '(nil)' : '') : tty ? JSON.stringify(r.bulk) : r.bulk;
  if (r.list.length === 0) return tty ? '(empty array)' : '';
  return r.list.map((x, i) => (tty ? `${i + 1}) ${JSON.stringify(x)}` : x)).join('\n');
}

export function words(line: string): string[] {
  return [...line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
