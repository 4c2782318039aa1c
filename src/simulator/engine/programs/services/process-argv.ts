// The command line of a service's main process as `ps` and `docker top` show it: what the
// image's entrypoint finally execs (serverArgs), with what the wrapper scripts add or the
// server writes over its own title. Real entrypoints: the registry's `registry serve <yml>`
// (distribution-library-image entrypoint.sh), mongo's docker-entrypoint.sh appending `--auth`
// (root user set) and `--bind_ip_all`, grafana's run.sh, pgadmin's gunicorn; redis-server
// rewrites its title to `redis-server *:<port>`.
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import { containerEnv, filesOfContainer, serverArgs } from './common.ts';
import { redisConfig } from './redis.ts';

type ArgvOf = (engine: Engine, c: ContainerRecord) => string[];

/** distribution-library-image's entrypoint.sh: a config file is served, a subcommand run. */
const registry: ArgvOf = (_engine, c) => {
  const args = c.args;
  if (/\.ya?ml$/.test(args[0] ?? '')) return ['registry', 'serve', ...args];
  if (['serve', 'garbage-collect', 'help'].includes(args[0] ?? '') || (args[0] ?? '').startsWith('-')) return ['registry', ...args];
  return args.length ? args : ['registry', 'serve', '/etc/docker/registry/config.yml'];
};

const mongod: ArgvOf = (engine, c) => {
  const argv = serverArgs(engine, c);
  const env = containerEnv(c);
  const has = (flag: string) => argv.some((a) => a === flag || a.startsWith(`${flag}=`));
  const out = [...argv];
  if ((env.MONGO_INITDB_ROOT_USERNAME || env.MONGO_INITDB_ROOT_USERNAME_FILE) && (env.MONGO_INITDB_ROOT_PASSWORD || env.MONGO_INITDB_ROOT_PASSWORD_FILE) && !has('--auth')) out.push('--auth');
  if (!has('--bind_ip') && !has('--bind_ip_all')) out.push('--bind_ip_all');
  return out;
};

const redisServer: ArgvOf = (engine, c) => {
  const cfg = redisConfig(filesOfContainer(engine, c), serverArgs(engine, c).slice(1));
  return ['redis-server', `*:${cfg.port}`];
};

/** grafana's /run.sh: `exec grafana server` with the packaging's paths. */
const grafana: ArgvOf = (_engine, c) => {
  const env = containerEnv(c);
  const p = (name: string, fallback: string) => env[name] ?? fallback;
  return [
    'grafana', 'server', `--homepath=${p('GF_PATHS_HOME', '/usr/share/grafana')}`, `--config=${p('GF_PATHS_CONFIG', '/etc/grafana/grafana.ini')}`, '--packaging=docker', ...c.args,
    'cfg:default.log.mode=console', `cfg:default.paths.data=${p('GF_PATHS_DATA', '/var/lib/grafana')}`, `cfg:default.paths.logs=${p('GF_PATHS_LOGS', '/var/log/grafana')}`,
    `cfg:default.paths.plugins=${p('GF_PATHS_PLUGINS', '/var/lib/grafana/plugins')}`, `cfg:default.paths.provisioning=${p('GF_PATHS_PROVISIONING', '/etc/grafana/provisioning')}`,
  ];
};

/** pgadmin's /entrypoint.sh execs gunicorn (a Python script: ps shows its interpreter first). */
const pgadmin: ArgvOf = (_engine, c) => {
  const env = containerEnv(c);
  const port = env.PGADMIN_LISTEN_PORT || (env.PGADMIN_ENABLE_TLS ? '443' : '80');
  return ['/venv/bin/python3', '/venv/bin/gunicorn', '--limit-request-line', env.GUNICORN_LIMIT_REQUEST_LINE || '8190', '--timeout', '86400', '--bind', `${env.PGADMIN_LISTEN_ADDRESS || '[::]'}:${port}`, '-w', '1', '--threads', env.GUNICORN_THREADS || '25', '--access-logfile', env.GUNICORN_ACCESS_LOGFILE || '-', '-c', 'gunicorn_config.py', 'run_pgadmin:app'];
};

/** Programs under an init that stays PID 1 (tini): ps shows the init's own command line. */
const underInit: ArgvOf = (_engine, c) => [c.path, ...c.args];

/** docker-zulip's entrypoint execs supervisord (a Python script: ps shows its interpreter first). */
const zulip: ArgvOf = () => ['/usr/bin/python3', '/usr/bin/supervisord', '-n', '-c', '/etc/supervisor/supervisord.conf', '-u', 'root'];

const BY_PROGRAM: Record<string, ArgvOf> = { registry, mongod, 'redis-server': redisServer, grafana, pgadmin4: pgadmin, 'mongo-express': underInit, kibana: underInit, zulip };

/** The main process's argv for a service model's program. */
export function processArgv(engine: Engine, c: ContainerRecord, program: string): string[] {
  return (BY_PROGRAM[program] ?? serverArgs)(engine, c);
}
