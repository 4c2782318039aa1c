// Which server a client reaches at host:port (psql -h db, redis-cli -p 7000, mysql -hdb, mongosh,
// the health probes, WordPress's DB_HOST): its own container for localhost (127.x, ::1, its
// hostname, no host at all), otherwise the running container the name resolves to as the
// client's container resolves it (/etc/hosts, Docker's embedded DNS on user-defined networks) or
// the address given. The server must be one of the programs asked for, running as the
// container's main process and listening on the port, which its service model says (its
// --port, config file ...). The failures are the clients' own to word: the name does not
// resolve, nothing listens there (refused), or the address is on no network the client shares
// (timed out: Docker isolates bridge networks from each other).
import { containerEnv, filesOfContainer } from './common.ts';
import { loadedServiceModels } from '../models.ts';
import type { Engine } from '../../engine.ts';
import { resolveName } from '../../network/dns.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { ContainerRecord, EndpointRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';

export interface ServerFound {
  ok: true;
  /** The server's container, its files (data directory, config) and process environment. */
  c: ContainerRecord;
  fs: Vfs;
  env: Record<string, string>;
  /** The address connected to. */
  ip: string;
  /** The client's address as the server sees it (MySQL's 'user'@'172.18.0.3'). */
  peer: string;
  /** The client's own container (localhost). */
  local: boolean;
}

export type ServerHit = ServerFound | { ok: false; why: 'resolve' | 'refused' | 'timeout'; ip: string };

/** The programs of the servers clients look for. */
export const POSTGRES = ['postgres'];
export const MYSQL = ['mysqld', 'mariadbd'];
export const REDIS = ['redis-server'];
export const MONGOD = ['mongod'];

function isLocal(from: ContainerRecord, host: string): boolean {
  return host === '' || host === 'localhost' || host.startsWith('127.') || host === '::1' || host === from.config.Hostname;
}

function live(c: ContainerRecord): boolean {
  return c.state.status === 'running';
}

function liveEndpoints(c: ContainerRecord): EndpointRecord[] {
  return Object.values(endpointsOf(c)).filter((ep) => ep.EndpointID && ep.IPAddress);
}

/** Whether the main process of `c` is one of `programs` and listens on `port` (its model says where). */
function listening(engine: Engine, c: ContainerRecord, programs: string[], port: number): boolean {
  const program = (c.process?.program ?? '').split('/').pop() ?? '';
  if (!live(c) || !programs.includes(program)) return false;
  const model = loadedServiceModels()?.modelOf(c);
  return !!model && model.ports(engine, c).includes(port);
}

function found(engine: Engine, c: ContainerRecord, ip: string, peer: string, local: boolean): ServerFound {
  return { ok: true, c, fs: filesOfContainer(engine, c), env: containerEnv(c), ip, peer, local };
}

/** The server `programs` (mysqld, mariadbd ...) at host:port as seen from container `from`. */
export function findServer(engine: Engine, from: ContainerRecord, host: string | undefined, port: number, programs: string[]): ServerHit {
  const h = host ?? '';
  if (isLocal(from, h)) {
    const ip = h === '::1' ? '::1' : h.startsWith('127.') ? h : '127.0.0.1';
    return listening(engine, from, programs, port) ? found(engine, from, ip, ip, true) : { ok: false, why: 'refused', ip };
  }
  const ip = /^[\d.]+$/.test(h) ? h : resolveName(engine, from.id, h);
  if (!ip) return { ok: false, why: 'resolve', ip: '' };
  const mine = liveEndpoints(from);
  for (const c of Object.values(engine.state.containers)) {
    if (!live(c)) continue;
    const ep = liveEndpoints(c).find((e) => e.IPAddress === ip);
    if (!ep) continue;
    const shared = mine.find((e) => e.NetworkID === ep.NetworkID);
    if (!shared) return { ok: false, why: 'timeout', ip };
    return listening(engine, c, programs, port) ? found(engine, c, ip, shared.IPAddress, c.id === from.id) : { ok: false, why: 'refused', ip };
  }
  return { ok: false, why: 'timeout', ip };
}
