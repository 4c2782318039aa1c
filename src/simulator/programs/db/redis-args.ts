// redis-cli's options as its parseOptions reads them, up to the first word that is not one (the
// command): -h -p -a/--pass --user -u redis://[user:pass@]host:port[/db] -n --raw --no-raw
// --no-auth-warning, and the flags a tutorial may pass that change nothing here (-c, -e, -2, -3
// ...). REDISCLI_AUTH gives the password when no option did (without the warning).

export interface RedisTarget {
  host: string;
  port: number;
  auth?: string;
  user?: string;
  /** Print the -a warning. */
  warn: boolean;
  /** --no-raw (true) or --raw (false); otherwise formatted when stdout is a TTY. */
  formatted?: boolean;
  /** The command and its arguments. */
  args: string[];
}

/** Options taking a value that change nothing in the model. */
const IGNORED_VALUE = new Set(['-n', '-t', '-r', '-i', '-s', '-d', '-D', '--eval']);
const IGNORED_BOOL = new Set(['-c', '-e', '-2', '-3', '-x', '--quoted-input', '--verbose', '--no-auth-warning', '--csv', '--json']);

/** -u redis://[[user]:pass@]host[:port][/db] */
function uri(t: RedisTarget, text: string): void {
  const m = /^rediss?:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\d+))?/.exec(text);
  if (!m) return;
  if (m[2] !== undefined) [t.user, t.auth] = [m[1] || undefined, decodeURIComponent(m[2])];
  if (m[3]) t.host = m[3];
  if (m[4]) t.port = Number(m[4]);
}

export function parseRedisArgs(argv: string[], env: Record<string, string>): RedisTarget | { error: string } {
  const t: RedisTarget = { host: '127.0.0.1', port: 6379, warn: false, args: [] };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    const hasValue = i < argv.length - 1;
    if (a === '-h' && hasValue) t.host = argv[++i];
    else if (a === '-p' && hasValue) {
      t.port = Number.parseInt(argv[++i], 10) || 0;
      if (t.port < 0 || t.port > 65535) return { error: 'Invalid server port.\n' };
    } else if ((a === '-a' || a === '--pass') && hasValue) t.auth = argv[++i];
    else if (a === '--user' && hasValue) t.user = argv[++i];
    else if (a === '-u' && hasValue) uri(t, argv[++i]);
    else if (a === '--raw' || a === '--no-raw') t.formatted = a === '--no-raw';
    else if (IGNORED_VALUE.has(a) && hasValue) i++;
    else if (IGNORED_BOOL.has(a)) continue;
    else if (a.startsWith('-')) return { error: `Unrecognized option or bad number of args for: '${a}'\n` };
    else break;
  }
  t.args = argv.slice(i);
  t.warn = t.auth !== undefined && !argv.slice(1, i).includes('--no-auth-warning');
  if (t.auth === undefined && env.REDISCLI_AUTH !== undefined) t.auth = env.REDISCLI_AUTH;
  return t;
}
