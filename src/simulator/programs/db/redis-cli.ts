// redis-cli in a container: to the redis of its own container, or with -h/-p (or -u redis://...)
// to another one (names resolve as the container resolves them; the server's port is its own
// --port or config file's). A server with requirepass answers NOAUTH until the connection
// authenticates: `-a pass`/`--pass` (with redis-cli's warning unless --no-auth-warning),
// REDISCLI_AUTH, or the AUTH command. A command given as arguments runs once, else commands are
// read from stdin or at its prompt on the learner's terminal (`127.0.0.1:6379> `, `cache:6379> `
// with -h; `not connected> ` while nothing answers). `quit`, `exit`, Ctrl+C and Ctrl+D end it.
// Replies and the keyspace are redis-commands.ts's; the output is raw when stdout is no TTY.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { CommandIO, ExternalRequest } from '../../shell/context.ts';
import { findServer, REDIS } from '../../engine/programs/services/peers.ts';
import { redisConfig } from '../../engine/programs/services/redis.ts';
import { serverArgs } from '../../engine/programs/services/common.ts';
import { format, serve, words, type Keyspace, type RedisConn } from './redis-commands.ts';
import { parseRedisArgs, type RedisTarget } from './redis-args.ts';
import { replLoop } from './repl.ts';

const HELP = (version: string) => `redis-cli ${version}
To get help about Redis commands type:
      "help @<group>" to get a list of commands in <group>
      "help <command>" for help on <command>
      "help <tab>" to get a list of possible help topics
      "quit" to exit

To set redis-cli preferences:
      ":set hints" enable online hints
      ":set nohints" disable online hints
Set your preferences in ~/.redisclirc
`;

const WHY = { resolve: 'Name or service not known', refused: 'Connection refused', timeout: 'Connection timed out' };

/** A connection to one run of a server (a restart drops it). */
interface Link {
  run: string;
  conn: RedisConn;
}

type Keyspaces = (server: ContainerRecord) => Keyspace;

/** Connect (and AUTH when a password was given, as cliConnect does), or why not. */
function connect(engine: Engine, c: ContainerRecord, t: RedisTarget, keyspace: Keyspaces, io: CommandIO): Link | { error: string } {
  const hit = findServer(engine, c, t.host, t.port, REDIS);
  if (!hit.ok) return { error: `Could not connect to Redis at ${t.host}:${t.port}: ${WHY[hit.why]}\n` };
  const pass = redisConfig(hit.fs, serverArgs(engine, hit.c).slice(1)).requirepass;
  const conn: RedisConn = { ks: keyspace(hit.c), requirepass: pass || undefined, authed: false };
  if (t.auth !== undefined) {
    const r = serve(conn, t.user !== undefined ? ['auth', t.user, t.auth] : ['auth', t.auth], engine.now());
    if ('err' in r) io.stderr.write(`AUTH failed: ${r.err}\n`);
  }
  return { run: `${hit.c.id}:${hit.c.state.startedAt}`, conn };
}

/** The link still serving, or a new one when the server restarted or came up meanwhile. */
function current(engine: Engine, c: ContainerRecord, t: RedisTarget, link: Link | undefined, keyspace: Keyspaces, io: CommandIO): Link | { error: string } {
  const hit = findServer(engine, c, t.host, t.port, REDIS);
  if (link && hit.ok && link.run === `${hit.c.id}:${hit.c.state.startedAt}`) return link;
  return connect(engine, c, t, keyspace, io);
}

/** Commands piped in; with a TTY each is echoed after the prompt as typed. */
function script(io: CommandIO, link: Link, now: number, prompt: string, tty: boolean): number {
  for (const line of io.stdin.split('\n')) {
    const w = words(line);
    if (w.length === 0) continue;
    if (io.tty) io.stdout.write(`${prompt}${line}\n`);
    if (['quit', 'exit'].includes(w[0].toLowerCase())) return 0;
    io.stdout.write(`${format(serve(link.conn, w, now), tty)}\n`);
  }
  if (io.tty) io.stdout.write(`${prompt}\n`);
  return 0;
}

async function prompt(req: ExternalRequest, engine: Engine, c: ContainerRecord, t: RedisTarget, first: Link | { error: string }, keyspace: Keyspaces): Promise<number> {
  const { io } = req;
  let link = 'error' in first ? undefined : first;
  if ('error' in first) io.stderr.write(first.error);
  const terminal = io.terminal;
  if (!terminal) return 0;
  await replLoop(terminal, io.tty, {
    prompt: () => (findServer(engine, c, t.host, t.port, REDIS).ok ? `${t.host}:${t.port}> ` : 'not connected> '),
    line: (text) => {
      const w = words(text);
      if (w.length === 0) return true;
      const cmd = w[0].toLowerCase();
      if (cmd === 'quit' || cmd === 'exit') return false;
      if (cmd === 'help' && w.length === 1) return (io.stdout.write(HELP(req.env.REDIS_VERSION ?? '8.10.1')), true);
      const r = current(engine, c, t, link, keyspace, io);
      if ('error' in r) io.stderr.write(r.error);
      else io.stdout.write(`${format(serve((link = r).conn, w, engine.now()), t.formatted ?? io.tty)}\n`);
      return true;
    },
    interrupt: () => false,
    eof: () => {
      if (io.tty) io.stdout.write('\n');
    },
  });
  return 0;
}

export async function redisCli(req: ExternalRequest, engine: Engine, c: ContainerRecord, keyspace: Keyspaces): Promise<number> {
  const { io } = req;
  const t = parseRedisArgs(req.argv, req.env);
  if ('error' in t) return (io.stderr.write(t.error), 1);
  if (t.warn) io.stderr.write("Warning: Using a password with '-a' or '-u' option on the command line interface may not be safe.\n");
  const first = connect(engine, c, t, keyspace, io);
  const tty = t.formatted ?? io.tty;
  if (t.args.length === 0 && io.terminal) return prompt(req, engine, c, t, first, keyspace);
  if ('error' in first) return (io.stderr.write(first.error), 1);
  if (t.args.length === 0) return script(io, first, engine.now(), `${t.host}:${t.port}> `, tty);
  io.stdout.write(`${format(serve(first.conn, t.args, engine.now()), tty)}\n`);
  return 0;
}
