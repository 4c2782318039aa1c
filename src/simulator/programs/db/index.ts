// The database clients as a container shell's `external` hook (wired in
// runtime/container-host.ts): psql, mysql (and MariaDB's mariadb), redis-cli, loaded on first use (clients.ts) so
// they stay out of the code a page loads first. Version flags fall through to
// runtime/programs.ts. Which images have the clients is the images' files (PATH lookup first).
import type { Engine } from '../../engine/engine.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';

/** The clients clients.ts runs. */
const CLIENTS = new Set(['psql', 'mysql', 'mariadb', 'redis-cli']);

const isVersion = (a: string | undefined) => a === '-V' || a === '-v' || a === '--version';

export function containerDbProgram(engine: Engine, c: ContainerRecord, fs: Vfs, osUser: string): (req: ExternalRequest) => Promise<number> | undefined {
  return (req) => {
    if (!CLIENTS.has(req.name) || isVersion(req.argv[1])) return undefined;
    return import('./clients.ts').then((m) => m.runClient(req, engine, c, fs, osUser));
  };
}
