// The user a container process runs as (moby/sys/user GetExecUser over the container's
// /etc/passwd and /etc/group): a name or uid, optionally `:group`; a uid without a passwd entry
// is allowed (bash then prompts "I have no name!"), a name without one is the daemon's error.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Vfs } from '../../fs/types.ts';

export interface ExecUser {
  /** The passwd name, or undefined for a bare uid. */
  name?: string;
  uid: number;
  gid: number;
  home: string;
}

interface Row {
  name: string;
  id: number;
  gid: number;
  home: string;
}

function rows(fs: Vfs, path: string): Row[] | undefined {
  let text: string;
  try {
    text = fs.readFile(path);
  } catch {
    return undefined;
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => {
      const f = l.split(':');
      return { name: f[0], id: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '/' };
    });
}

const NUMERIC = /^\d+$/;

function findGroup(fs: Vfs, spec: string): number {
  const groups = rows(fs, '/etc/group') ?? [];
  const hit = groups.find((g) => (NUMERIC.test(spec) ? g.id === Number(spec) : g.name === spec));
  if (hit) return hit.id;
  if (NUMERIC.test(spec)) return Number(spec);
  throw new DaemonError('invalidParameter', `unable to find group ${spec}: no matching entries in group file`);
}

/** GetExecUserPath: resolve `spec` ('' for root, 'name', 'uid', 'name:group') in the container. */
export function resolveUser(fs: Vfs, spec: string): ExecUser {
  const [userArg, groupArg = ''] = spec.split(':');
  const passwd = rows(fs, '/etc/passwd');
  const wanted = userArg === '' ? '0' : userArg;
  const hit = passwd?.find((u) => (NUMERIC.test(wanted) ? u.id === Number(wanted) : u.name === wanted));
  let user: ExecUser;
  if (hit) user = { name: hit.name, uid: hit.id, gid: hit.gid, home: hit.home };
  else if (NUMERIC.test(wanted)) user = { uid: Number(wanted), gid: 0, home: '/', name: wanted === '0' && !passwd ? 'root' : undefined };
  else throw new DaemonError('invalidParameter', `unable to find user ${userArg}: no matching entries in passwd file`);
  if (groupArg !== '') user.gid = findGroup(fs, groupArg);
  return user;
}
