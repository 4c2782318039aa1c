// redis-server as the redis image starts it ("Starting Redis Server" from the 8.x entrypoint):
// options on the command line or a config file (`redis-server /usr/local/etc/redis/redis.conf
// --requirepass x --appendonly yes --port 7000`), "Configuration loaded" instead of the default-
// config warning when there are any, the AOF files it creates, a dump.rdb loaded at start and
// saved at a graceful stop, in /data (the working directory).
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { ProgramContext } from '../types.ts';
import { exists, filesOf, filesOfContainer, lines, redisTime, running, serverArgs, startedByEntrypoint, writeFiles } from './common.ts';
import type { ServiceModel } from './types.ts';

export interface RedisConfig {
  port: number;
  requirepass?: string;
  appendonly: boolean;
  dir: string;
}

/** The server's settings from its config file, then its --options (which win). */
export function redisConfig(fs: Vfs, args: string[]): RedisConfig {
  const settings = new Map<string, string>();
  let rest = args;
  if (args[0] && !args[0].startsWith('-')) {
    try {
      for (const line of fs.readFile(args[0]).split('\n')) {
        const m = /^\s*([\w-]+)\s+"?([^"#]*?)"?\s*$/.exec(line);
        if (m) settings.set(m[1].toLowerCase(), m[2]);
      }
    } catch {
      // a missing file is redis's fatal error (not modelled)
    }
    rest = args.slice(1);
  }
  for (let i = 0; i < rest.length; i++) {
    if (rest[i].startsWith('--')) settings.set(rest[i].slice(2).toLowerCase(), rest[i + 1] ?? '');
  }
  return { port: Number(settings.get('port') ?? 6379), requirepass: settings.get('requirepass'), appendonly: settings.get('appendonly') === 'yes', dir: settings.get('dir') ?? '/data' };
}

function start(ctx: ProgramContext, argv: string[]) {
  const fs = filesOf(ctx);
  const args = argv.slice(1);
  const cfg = redisConfig(fs, args);
  const l = (role: string, level: string, msg: string) => `1:${role} ${redisTime(ctx.now)} ${level} ${msg}`;
  const v = ctx.env.REDIS_VERSION ?? '8.10.1';
  const aof = cfg.appendonly && !exists(fs, `${cfg.dir}/appendonlydir`);
  const loaded = exists(fs, `${cfg.dir}/dump.rdb`) || (cfg.appendonly && !aof);
  if (aof) writeFiles(fs, { [`${cfg.dir}/appendonlydir/appendonly.aof.1.base.rdb`]: '', [`${cfg.dir}/appendonlydir/appendonly.aof.1.incr.aof`]: '', [`${cfg.dir}/appendonlydir/appendonly.aof.manifest`]: '' }, 999);
  return running('redis-server', [
    ...lines('stdout', startedByEntrypoint(ctx.container, 'docker-entrypoint.sh', ['redis-server'], true) ? ['Starting Redis Server'] : []),
    ...lines('stdout', [
      l('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo'),
      l('C', '*', `Redis version=${v}, bits=64, commit=00000000, modified=1, pid=1, just started`),
      args.length
        ? l('C', '#', 'Configuration loaded')
        : l('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf'),
      l('M', '*', 'monotonic clock: POSIX clock_gettime'),
      l('M', '*', `Running mode=standalone, port=${cfg.port}.`),
      l('M', '*', 'Server initialized'),
      ...(aof ? [l('M', '*', 'Creating AOF base file appendonly.aof.1.base.rdb on server start'), l('M', '*', 'Creating AOF incr file appendonly.aof.1.incr.aof on server start')] : []),
      ...(loaded ? [l('M', '*', 'DB loaded from disk: 0.000 seconds')] : []),
      l('M', '*', 'Ready to accept connections tcp'),
    ]),
  ]);
}

function stop(engine: Engine, c: ContainerRecord, at: number, signal: number): ReturnType<typeof lines> {
  const fs = filesOfContainer(engine, c);
  const cfg = redisConfig(fs, serverArgs(engine, c).slice(1));
  const t = redisTime(at);
  writeFiles(fs, { [`${cfg.dir}/dump.rdb`]: 'REDIS0012' }, 999);
  const name = signal === 2 ? 'SIGINT' : 'SIGTERM';
  return lines('stdout', [
    `1:signal-handler (${Math.floor(at / 1000)}) Received ${name} scheduling shutdown...`,
    `1:M ${t} * User requested shutdown...`,
    `1:M ${t} * Saving the final RDB snapshot before exiting.`,
    `1:M ${t} * DB saved on disk`,
    `1:M ${t} # Redis is now ready to exit, bye bye...`,
  ]);
}

export const redis: ServiceModel = {
  program: 'redis-server',
  start,
  ports: (engine, c) => [redisConfig(filesOfContainer(engine, c), serverArgs(engine, c).slice(1)).port],
  stop,
};
