// mongod's structured log: one JSON object per line, its fields padded as mongod pads them
// ("s":"I",  "c":"NETWORK",  "id":23016,   ...). The lines of a start, trimmed to the ones a
// learner meets: who started, with which options, the startup warnings, where it listens.
import type { ContainerRecord } from '../../state.ts';

function mongoDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}+00:00`;
}

/** One log line: severity, component, id, context, message, attributes, tags. */
export function mlog(at: number, s: string, c: string, id: number, ctx: string, msg: string, attr?: unknown, tags?: string[]): string {
  const sev = `"${s}",`.padEnd(6);
  const comp = `"${c}",`.padEnd(12);
  const num = `${id},`.padEnd(9);
  const a = attr === undefined ? '' : `,"attr":${JSON.stringify(attr)}`;
  const t = tags ? `,"tags":${JSON.stringify(tags)}` : '';
  return `{"t":{"$date":"${mongoDate(at)}"},"s":${sev}"c":${comp}"id":${num}"ctx":"${ctx}","msg":"${msg}"${a}${t}}`;
}

export interface MongodRun {
  at: number;
  pid: number;
  port: number;
  /** "*" (--bind_ip_all), or the addresses of --bind_ip. */
  bindIp: string;
  auth: boolean;
  version: string;
  /** Ubuntu release of the image (24.04, 22.04). */
  os: string;
  /** The options mongod reports as set on its command line. */
  options: Record<string, unknown>;
}

export const STARTUP_WARNINGS = {
  xfs: 'Using the XFS filesystem is strongly recommended with the WiredTiger storage engine. See http://dochub.mongodb.org/core/prodnotes-filesystem',
  access: 'Access control is not enabled for the database. Read and write access to data and configuration is unrestricted',
  mapCount: 'vm.max_map_count is too low',
};

/** The warnings mongod records at start (mongosh shows them in its banner). */
export function startupWarnings(auth: boolean): string[] {
  return [STARTUP_WARNINGS.xfs, ...(auth ? [] : [STARTUP_WARNINGS.access]), STARTUP_WARNINGS.mapCount];
}

/** What mongod logs from start to "Waiting for connections". */
export function startLines(c: ContainerRecord, r: MongodRun): string[] {
  const at = r.at;
  const build = { version: r.version, allocator: 'tcmalloc-google', environment: { distmod: `ubuntu${r.os.replace('.', '')}`, distarch: 'x86_64', target_arch: 'x86_64' } };
  const listen = r.bindIp === '*' ? ['0.0.0.0'] : r.bindIp.split(',');
  const tag = ['startupWarnings'];
  return [
    mlog(at, 'I', 'CONTROL', 23285, 'main', "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols 'none'"),
    mlog(at, 'I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', { pid: r.pid, port: r.port, dbPath: '/data/db', architecture: '64-bit', host: c.config.Hostname }),
    mlog(at, 'I', 'CONTROL', 23403, 'initandlisten', 'Build Info', { buildInfo: build }),
    mlog(at, 'I', 'CONTROL', 51765, 'initandlisten', 'Operating System', { os: { name: 'Ubuntu', version: r.os } }),
    mlog(at, 'I', 'CONTROL', 21951, 'initandlisten', 'Options set by command line', { options: r.options }),
    mlog(at, 'I', 'STORAGE', 22297, 'initandlisten', STARTUP_WARNINGS.xfs, undefined, tag),
    ...(r.auth ? [] : [mlog(at, 'W', 'CONTROL', 22120, 'initandlisten', STARTUP_WARNINGS.access, undefined, tag)]),
    mlog(at, 'W', 'CONTROL', 5123300, 'initandlisten', STARTUP_WARNINGS.mapCount, { currentValue: 65530, recommendedMinimum: 1677720, maxConns: 838860 }, tag),
    mlog(at, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address: `/tmp/mongodb-${r.port}.sock` }),
    ...listen.map((address) => mlog(at, 'I', 'NETWORK', 23015, 'listener', 'Listening on', { address })),
    mlog(at, 'I', 'NETWORK', 23016, 'listener', 'Waiting for connections', { port: r.port, ssl: 'off' }),
  ];
}

/** What mongod logs when a signal (15 TERM, 2 INT) shuts it down. */
export function shutdownLines(at: number, signal: number): string[] {
  return [
    mlog(at, 'I', 'CONTROL', 23377, 'SignalHandler', 'Received signal', { signal, error: signal === 2 ? 'Interrupt' : 'Terminated' }),
    mlog(at, 'I', 'CONTROL', 23378, 'SignalHandler', 'Signal was sent by kill(2)', { pid: 0, uid: 0 }),
    mlog(at, 'I', 'CONTROL', 20565, 'SignalHandler', 'Now exiting'),
    mlog(at, 'I', 'CONTROL', 23138, 'SignalHandler', 'Shutting down', { exitCode: 0 }),
  ];
}
