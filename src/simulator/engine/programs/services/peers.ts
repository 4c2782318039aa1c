// Which server a database client reaches: its own container for localhost (the socket or
// 127.0.0.1), otherwise the container a host name resolves to on a network the client's
// container shares (Docker's embedded DNS: service names and aliases), when that container's
// main process is the right server and listens on the port. The failures are the clients' own
// (unknown host, connection refused), told apart here.
import { containerEnv, filesOfContainer } from './common.ts';
import { loadedServiceModels } from '../models.ts';
import type { Engine } from '../../engine.ts';
import { resolveName } from '../../network/dns.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { ContainerRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';

export type ServerHit =
  | { ok: true; c: ContainerRecord; fs: Vfs; env: Record<string, string>; ip: string; local: boolean }
  | { ok: false; why: 'resolve' | 'refused'; ip: string };

const LOCAL = new Set(['localhost', '127.0.0.1', '::1', '']);

function live(c: ContainerRecord): boolean {
  return c.state.status === 'running';
}

function listening(engine: Engine, c: ContainerRecord, programs: string[], port: number): boolean {
  if (!live(c) || !programs.includes(c.process?.program ?? '')) return false;
  const model = loadedServiceModels()?.modelOf(c);
  return !!model && model.ports(engine, c).includes(port);
}

/** The running container with `ip` on a network `from` shares. */
function containerAt(engine: Engine, from: ContainerRecord, ip: string): ContainerRecord | undefined {
  const mine = new Set(Object.values(endpointsOf(from)).filter((ep) => ep.EndpointID).map((ep) => ep.NetworkID));
  for (const c of Object.values(engine.state.containers)) {
    if (!live(c)) continue;
    for (const ep of Object.values(endpointsOf(c))) if (ep.IPAddress === ip && ep.EndpointID && mine.has(ep.NetworkID)) return c;
  }
  return undefined;
}

/** The server `programs` (mysqld, mariadbd ...) at host:port as seen from container `from`. */
export function findServer(engine: Engine, from: ContainerRecord, host: string | undefined, port: number, programs: string[]): ServerHit {
  const h = host ?? '';
  const hit = (c: ContainerRecord, ip: string, local: boolean): ServerHit => ({ ok: true, c, fs: filesOfContainer(engine, c), env: containerEnv(c), ip, local });
  if (LOCAL.has(h) || h === from.config.Hostname) {
    return listening(engine, from, programs, port) ? hit(from, '127.0.0.1', true) : { ok: false, why: 'refused', ip: h === '::1' ? '::1' : '127.0.0.1' };
  }
  const ip = /^[\d.]+$/.test(h) ? h : resolveName(engine, from.id, h);
  if (!ip) return { ok: false, why: 'resolve', ip: '' };
  const c = containerAt(engine, from, ip);
  return c && listening(engine, c, programs, port) ? hit(c, ip, false) : { ok: false, why: 'refused', ip };
}
