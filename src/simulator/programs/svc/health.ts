// The probes compose files and HEALTHCHECKs run against a database or broker: pg_isready,
// mysqladmin/mariadb-admin ping, MariaDB's healthcheck.sh, rabbitmq-diagnostics and a few
// rabbitmqctl commands. Each asks whether the server is up where the client points, with the
// real tool's words and exit codes.
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import { findServer, MYSQL, POSTGRES } from '../../engine/programs/services/peers.ts';
import { filesOfContainer } from '../../engine/programs/services/common.ts';

function opt(argv: string[], short: string, long: string): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === short || a === long) return argv[i + 1];
    if (a.startsWith(`${long}=`)) return a.slice(long.length + 1);
    if (a.startsWith(short) && a.length > short.length && short.length === 2) return a.slice(2);
  }
  return undefined;
}

function pgIsReady(engine: Engine, c: ContainerRecord, req: ExternalRequest): number {
  const host = opt(req.argv, '-h', '--host');
  const port = Number(opt(req.argv, '-p', '--port') ?? 5432);
  const up = findServer(engine, c, host, port, POSTGRES).ok;
  const where = `${host ?? '/var/run/postgresql'}:${port}`;
  if (!req.argv.includes('-q') && !req.argv.includes('--quiet')) req.io.stdout.write(`${where} - ${up ? 'accepting connections' : 'no response'}\n`);
  return up ? 0 : 2;
}

function mysqladmin(engine: Engine, c: ContainerRecord, req: ExternalRequest): number {
  const host = opt(req.argv, '-h', '--host');
  const port = Number(opt(req.argv, '-P', '--port') ?? 3306);
  const hit = findServer(engine, c, host === 'localhost' ? '' : host, port, MYSQL);
  if (!hit.ok) {
    // MariaDB's tools (mariadb-admin, and mysqladmin in its 10.x images) word it as Connector/C does.
    const maria = req.name === 'mariadb-admin' || c.process?.program === 'mariadbd' || isMariadbImage(engine, c);
    const [server, socket, daemon] = maria ? ['server', '/run/mysqld/mysqld.sock', 'mariadbd'] : ['MySQL server', '/var/run/mysqld/mysqld.sock', 'mysqld'];
    const local = !host || host === 'localhost';
    const code = hit.why === 'timeout' ? 110 : 111;
    const why = local ? `Can't connect to local ${server} through socket '${socket}' (2)` : hit.why === 'resolve' ? `Unknown ${server} host '${host}' (-2)` : `Can't connect to ${server} on '${maria ? host : `${host}:${port}`}' (${code})`;
    req.io.stderr.write(`${req.name}: connect to server at '${host ?? 'localhost'}' failed\nerror: '${why}'\n`);
    if (local) req.io.stderr.write(`Check that ${daemon} is running and that the socket: '${socket}' exists!\n`);
    return 1;
  }
  if (req.argv.includes('ping')) req.io.stdout.write('mysqld is alive\n');
  return 0;
}

/** The client's container is a MariaDB image (its mariadb client is installed). */
function isMariadbImage(engine: Engine, c: ContainerRecord): boolean {
  try {
    return filesOfContainer(engine, c).exists('/usr/bin/mariadb');
  } catch {
    return false;
  }
}

function rabbit(engine: Engine, c: ContainerRecord, req: ExternalRequest): number {
  const args = req.argv.slice(1).filter((a) => !a.startsWith('-'));
  const quiet = req.argv.includes('-q') || req.argv.includes('--quiet');
  const node = `rabbit@${c.config.Hostname}`;
  if (!findServer(engine, c, undefined, 5672, ['rabbitmq-server']).ok) {
    req.io.stderr.write(`Error: unable to perform an operation on node '${node}'. Please see diagnostics information and suggestions below.\n`);
    return 69;
  }
  const say = (intro: string, text: string) => req.io.stdout.write(`${quiet ? '' : `${intro}\n`}${text}\n`);
  switch (args[0]) {
    case 'ping': say(`Will ping ${node}. This only checks if the OS process is running and registered with epmd. Timeout: 60000 ms.`, 'Ping succeeded'); break;
    case 'check_running': say(`Checking if RabbitMQ is running on node ${node} ...`, `RabbitMQ on node ${node} is fully booted and running`); break;
    case 'check_port_connectivity': say(`Testing TCP connections to all active listeners on node ${node} ...`, `Successfully connected to ports 5672, 15672, 15692, 25672 on node ${node}.`); break;
    case 'list_users': say('Listing users ...', `user\ttags\n${req.env.RABBITMQ_DEFAULT_USER || 'guest'}\t[administrator]`); break;
    default: break;
  }
  return 0;
}

export function healthProbe(engine: Engine, c: ContainerRecord, req: ExternalRequest): number {
  switch (req.name) {
    case 'pg_isready': return pgIsReady(engine, c, req);
    case 'mysqladmin': case 'mariadb-admin': return mysqladmin(engine, c, req);
    case 'healthcheck.sh': return findServer(engine, c, undefined, 3306, ['mariadbd']).ok ? 0 : 1;
    default: return rabbit(engine, c, req);
  }
}
