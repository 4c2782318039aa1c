// postgres as its image's docker-entrypoint.sh runs it: PGDATA with a PG_VERSION file is an
// existing database ("Skipping initialization", no password needed); otherwise
// POSTGRES_PASSWORD (or POSTGRES_HOST_AUTH_METHOD=trust) is required, initdb writes PGDATA
// (pgdata.ts) and a temporary server creates POSTGRES_DB before the real one starts. The server
// logs to stderr with its version string; a stop logs the shutdown its signal asks for
// (the image's STOPSIGNAL is SIGINT: a fast shutdown).
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import { initPgData, pgDataDir, pgInitialised, SKIP_INIT } from '../pgdata.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { containerEnv, err, failed, fileEnv, filesOf, filesOfContainer, lines, optionValue, out, pgTime, running, serverArgs } from './common.ts';
import { initdbLines } from './postgres-initdb.ts';
import type { ServiceModel } from './types.ts';

const SOCKET = '/var/run/postgresql/.s.PGSQL.5432';

/** "PostgreSQL 18.6 (Debian 18.6-1.pgdg13+2) on x86_64-pc-linux-gnu, compiled by gcc ..." */
export function pgVersionString(env: Record<string, string>, family: string | undefined): string {
  const pkg = env.PG_VERSION ?? '18.6-1.pgdg13+2';
  const v = pkg.split('-')[0];
  if (family === 'alpine') return `PostgreSQL ${v} on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit`;
  return `PostgreSQL ${v} (Debian ${pkg}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit`;
}

function port(args: string[]): number {
  const c = optionValue(args, '-c');
  const fromC = c && /^port=(\d+)$/.exec(c)?.[1];
  return Number(optionValue(args, '-p') ?? fromC ?? 5432);
}

/** pg_control as this model keeps it: whether the cluster was shut down cleanly, and when. */
interface ControlState {
  clean: boolean;
  at: number;
}

function control(fs: Vfs, dir: string, fallback: number): ControlState {
  try {
    return { clean: fs.readFile(`${dir}/global/pg_control`) !== 'in production\n', at: fs.stat(`${dir}/global/pg_control`).mtime };
  } catch {
    return { clean: true, at: fallback };
  }
}

function setControl(fs: Vfs, dir: string, state: string): void {
  try {
    fs.writeFile(`${dir}/global/pg_control`, `${state}\n`);
  } catch {
    // no data directory to record the state in
  }
}

/** The server's lines from start to "ready to accept connections". */
function serverLines(at: number, version: string, p: number, last: ControlState): string[] {
  const t = pgTime(at);
  const when = `${pgTime(last.at).slice(0, 19)} UTC`;
  const recovery = last.clean
    ? [`${t} [29] LOG:  database system was shut down at ${when}`]
    : [`${t} [29] LOG:  database system was interrupted; last known up at ${when}`, `${t} [29] LOG:  database system was not properly shut down; automatic recovery in progress`];
  return [
    `${t} [1] LOG:  starting ${version}`,
    `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port ${p}`,
    `${t} [1] LOG:  listening on IPv6 address "::", port ${p}`,
    `${t} [1] LOG:  listening on Unix socket "${SOCKET.replace('5432', String(p))}"`,
    ...recovery,
    `${t} [1] LOG:  database system is ready to accept connections`,
  ];
}

function start(ctx: ProgramContext, argv: string[]) {
  const fs = filesOf(ctx);
  const dir = pgDataDir(ctx.env);
  const version = pgVersionString(ctx.env, ctx.catalogImage?.osInfo.family);
  const p = port(argv.slice(1));
  if (pgInitialised(fs, dir)) {
    const last = control(fs, dir, ctx.now);
    setControl(fs, dir, 'in production');
    return running('postgres', [out(''), out(SKIP_INIT), out(''), ...lines('stderr', serverLines(ctx.now, version, p, last))]);
  }
  const password = fileEnv(fs, ctx.env, 'POSTGRES_PASSWORD');
  if (!password && ctx.env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
    const e = ctx.catalogImage?.startup.missingEnvError;
    return failed('postgres', [err(e?.text ?? 'Error: Database is uninitialized and superuser password is not specified.')], e?.exitCode ?? 1);
  }
  const major = ctx.env.PG_MAJOR || (ctx.env.PG_VERSION ?? '18').split('.')[0];
  try {
    initPgData(fs, ctx.env, major);
  } catch {
    // a read-only PGDATA: the model still starts (the real initdb would fail on it)
  }
  setControl(fs, dir, 'in production');
  const init = initdbLines(ctx, dir, version, Number(major));
  return running('postgres', [...init, ...lines('stderr', serverLines(ctx.now, version, p, { clean: true, at: ctx.now }))]);
}

function stop(engine: Engine, c: ContainerRecord, at: number, signal: number): OutputChunk[] {
  const t = pgTime(at);
  const kind = signal === 15 ? 'smart' : signal === 3 ? 'immediate' : 'fast';
  setControl(filesOfContainer(engine, c), pgDataDir(containerEnv(c)), 'shut down');
  return lines('stderr', [
    `${t} [1] LOG:  received ${kind} shutdown request`,
    ...(kind === 'smart' ? [] : [`${t} [1] LOG:  aborting any active transactions`]),
    `${t} [1] LOG:  background worker "logical replication launcher" (PID 32) exited with exit code 1`,
    `${t} [27] LOG:  shutting down`,
    `${t} [27] LOG:  checkpoint starting: shutdown immediate`,
    `${t} [1] LOG:  database system is shut down`,
  ]);
}

export const postgres: ServiceModel = {
  program: 'postgres',
  start,
  ports: (engine, c) => [port(serverArgs(engine, c).slice(1))],
  stop,
};
