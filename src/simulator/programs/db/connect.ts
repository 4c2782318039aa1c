// A database client's TCP connection from its container (psql -h db, redis-cli -h cache,
// mysql -hdb): localhost is the container itself; a name resolves as the container resolves it
// (/etc/hosts, then Docker's embedded DNS on user-defined networks); the address must be a
// running container on a network the client shares, whose main process is the server program
// listening on that port.
import type { Engine } from '../../engine/engine.ts';
import { resolveName } from '../../engine/network/dns.ts';
import { endpointsOf } from '../../engine/network/endpoint-config.ts';
import type { ContainerRecord } from '../../engine/state.ts';

export interface ServerKind {
  /** The server's program name (the container's main process). */
  program: string;
  port: number;
}

/** A connection: the server's container and address, and the client's address as the server sees it. */
export type Connection = { server: ContainerRecord; ip: string; peer: string } | { error: 'resolve' | 'refused' | 'timeout'; ip: string };

export const POSTGRES: ServerKind = { program: 'postgres', port: 5432 };
export const REDIS: ServerKind = { program: 'redis-server', port: 6379 };
export const MYSQL: ServerKind = { program: 'mysqld', port: 3306 };

const isLocal = (host: string) => host === 'localhost' || host.startsWith('127.') || host === '::1';

function serves(c: ContainerRecord, kind: ServerKind, port: number): boolean {
  const up = c.state.status === 'running' || c.state.status === 'paused';
  return up && port === kind.port && (c.process?.program ?? '').split('/').pop() === kind.program;
}

function liveEndpoints(c: ContainerRecord) {
  return Object.values(endpointsOf(c)).filter((ep) => ep.EndpointID && ep.IPAddress);
}

/** Connect from container `from` to `host`:`port`, where a `kind` server should listen. */
export function connect(engine: Engine, from: ContainerRecord, host: string, port: number, kind: ServerKind): Connection {
  if (isLocal(host)) {
    const ip = host === 'localhost' ? '127.0.0.1' : host;
    return serves(from, kind, port) ? { server: from, ip, peer: ip } : { error: 'refused', ip };
  }
  const ip = /^[\d.]+$/.test(host) ? host : resolveName(engine, from.id, host);
  if (!ip) return { error: 'resolve', ip: '' };
  const mine = liveEndpoints(from);
  for (const c of Object.values(engine.state.containers)) {
    const ep = liveEndpoints(c).find((e) => e.IPAddress === ip);
    if (!ep) continue;
    const peer = mine.find((e) => e.NetworkID === ep.NetworkID);
    if (!peer) return { error: 'timeout', ip };
    return serves(c, kind, port) ? { server: c, ip, peer: peer.IPAddress } : { error: 'refused', ip };
  }
  return { error: 'timeout', ip };
}
