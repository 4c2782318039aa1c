// redis-cli in a container: to the redis of its own container, or with -h/-p to another one
// (names resolve as the container resolves them); a command given as arguments runs once, else
// commands are read from stdin or at its prompt on the learner's terminal (`127.0.0.1:6379> `,
// `cache:6379> ` with -h; `not connected> ` while nothing answers). `quit`, `exit`, Ctrl+C and
// Ctrl+D end it. Replies and the keyspace are redis-commands.ts's.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { CommandIO, ExternalRequest } from '../../shell/context.ts';
import { connect, REDIS } from './connect.ts';
import { execute, format, words, type Keyspace } from './redis-commands.ts';
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

interface Target {
  host: string;
  port: number;
  args: string[];
}

function parseArgs(argv: string[]): Target {
  const args = argv.slice(1);
  const t: Target = { host: '127.0.0.1', port: REDIS.port, args };
  while (['-h', '-p', '-a', '-n'].includes(args[0])) {
    const [flag, value = ''] = args.splice(0, 2);
    if (flag === '-h') t.host = value;
    if (flag === '-p') t.port = Number(value);
  }
  return t;
}

type Reach = { ks: Keyspace } | { error: string };

/** The keyspace of the server at the target, or why redis-cli cannot connect. */
function reach(engine: Engine, c: ContainerRecord, t: Target, keyspace: (server: ContainerRecord) => Keyspace): Reach {
  const conn = connect(engine, c, t.host, t.port, REDIS);
  if (!('error' in conn)) return { ks: keyspace(conn.server) };
  const why = conn.error === 'resolve' ? 'Name or service not known' : conn.error === 'refused' ? 'Connection refused' : 'Connection timed out';
  return { error: `Could not connect to Redis at ${t.host}:${t.port}: ${why}\n` };
}

/** Commands piped in; with a TTY each is echoed after the prompt as typed. */
function script(io: CommandIO, ks: Keyspace, now: number, prompt: string): number {
  for (const line of io.stdin.split('\n')) {
    const w = words(line);
    if (w.length === 0) continue;
    if (io.tty) io.stdout.write(`${prompt}${line}\n`);
    if (['quit', 'exit'].includes(w[0].toLowerCase())) return 0;
    io.stdout.write(`${format(execute(ks, w, now), io.tty)}\n`);
  }
  if (io.tty) io.stdout.write(`${prompt}\n`);
  return 0;
}

export async function redisCli(req: ExternalRequest, engine: Engine, c: ContainerRecord, keyspace: (server: ContainerRecord) => Keyspace): Promise<number> {
  const t = parseArgs(req.argv);
  const { io } = req;
  const prompt = () => ('ks' in reach(engine, c, t, keyspace) ? `${t.host}:${t.port}> ` : 'not connected> ');
  const first = reach(engine, c, t, keyspace);
  if (t.args.length > 0 || !io.terminal) {
    if ('error' in first) return (io.stderr.write(first.error), 1);
    if (t.args.length === 0) return script(io, first.ks, engine.now(), prompt());
    io.stdout.write(`${format(execute(first.ks, t.args, engine.now()), io.tty)}\n`);
    return 0;
  }
  if ('error' in first) io.stderr.write(first.error);
  await replLoop(io.terminal, io.tty, {
    prompt,
    line: (text) => {
      const w = words(text);
      if (w.length === 0) return true;
      const cmd = w[0].toLowerCase();
      if (cmd === 'quit' || cmd === 'exit') return false;
      if (cmd === 'help' && w.length === 1) return (io.stdout.write(HELP(req.env.REDIS_VERSION ?? '8.10.1')), true);
      const r = reach(engine, c, t, keyspace);
      if ('error' in r) io.stderr.write(r.error);
      else io.stdout.write(`${format(execute(r.ks, w, engine.now()), io.tty)}\n`);
      return true;
    },
    interrupt: () => false,
    eof: () => {
      if (io.tty) io.stdout.write('\n');
    },
  });
  return 0;
}
