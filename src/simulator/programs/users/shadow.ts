// shadow's useradd and groupadd (Debian's and Ubuntu's passwd package, Alpine's shadow): silent
// on success, their errors and exit codes otherwise. useradd follows Debian's defaults: a group
// of the user's name (USERGROUPS_ENAB), shell /bin/sh, home /home/NAME created only with -m
// (from /etc/skel); normal ids count up from 1000, system ids (-r) down from 999.
import type { ExternalRequest } from '../../shell/context.ts';
import { addGroupRow, addMember, addUserRow, freeId, makeHome, nextId, readGroups, readPasswd } from './accounts.ts';
import { getopt } from './getopt.ts';
import type { UserHost } from './hook.ts';

const USERADD_USAGE = 'Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]\n';
const GROUPADD_USAGE = 'Usage: groupadd [options] GROUP\n';
const NAME = /^[a-z_][a-z0-9_-]*\$?$/i;

function fail(req: ExternalRequest, text: string, code: number): number {
  req.io.stderr.write(text);
  return code;
}

function locked(req: ExternalRequest, file: string): number {
  return fail(req, `${req.name}: Permission denied.\n${req.name}: cannot lock ${file}; try again later.\n`, 1);
}

interface GroupChoice { gid: number; create?: string }

/** The primary group: -g (must exist), a new group of the user's name, or `users` with -N. */
function primaryGroup(req: ExternalRequest, host: UserHost, name: string, o: Record<string, string>, uid: number, system: boolean): GroupChoice | number {
  const groups = readGroups(host.fs);
  if (o.g !== undefined) {
    const g = groups.find((x) => x.name === o.g || String(x.gid) === o.g);
    return g ? { gid: g.gid } : fail(req, `useradd: group '${o.g}' does not exist\n`, 6);
  }
  if (o.N !== undefined) return { gid: groups.find((x) => x.name === 'users')?.gid ?? 100 };
  if (groups.some((g) => g.name === name)) return fail(req, `useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`, 9);
  const used = new Set(groups.map((g) => g.gid));
  const gid = !used.has(uid) ? uid : system ? freeId(used, 100, 999, true) : nextId(used, 1000, 60000);
  return { gid, create: name };
}

export function useradd(req: ExternalRequest, host: UserHost): number {
  const p = getopt(req.argv.slice(1), {
    valued: 'bcdefgGkKpPRsuZ', flags: 'DhlmMNorU',
    long: { 'base-dir': 'b', comment: 'c', 'home-dir': 'd', expiredate: 'e', inactive: 'f', gid: 'g', groups: 'G', skel: 'k', key: 'K', password: 'p', prefix: 'P', root: 'R', shell: 's', uid: 'u', 'selinux-user': 'Z', defaults: 'D', help: 'h', 'no-log-init': 'l', 'create-home': 'm', 'no-create-home': 'M', 'no-user-group': 'N', 'non-unique': 'o', system: 'r', 'user-group': 'U' },
  });
  if ('error' in p) return fail(req, `useradd: ${p.error}\n${USERADD_USAGE}`, 2);
  const { opts: o, args } = p;
  if (args.length !== 1) return fail(req, USERADD_USAGE, 2);
  if (host.uid !== 0) return locked(req, '/etc/passwd');
  const name = args[0];
  if (!NAME.test(name)) return fail(req, `useradd: invalid user name '${name}': use --badname to ignore\n`, 3);
  const users = readPasswd(host.fs);
  if (users.some((u) => u.name === name)) return fail(req, `useradd: user '${name}' already exists\n`, 9);
  const system = o.r !== undefined;
  const used = new Set(users.map((u) => u.uid));
  if (o.u !== undefined && used.has(Number(o.u)) && o.o === undefined) return fail(req, `useradd: UID ${o.u} is not unique\n`, 4);
  const uid = o.u !== undefined ? Number(o.u) : system ? freeId(used, 100, 999, true) : nextId(used, 1000, 60000);
  const extra = (o.G ?? '').split(',').filter(Boolean);
  const missing = extra.find((g) => !readGroups(host.fs).some((x) => x.name === g));
  if (missing) return fail(req, `useradd: group '${missing}' does not exist\n`, 6);
  const group = primaryGroup(req, host, name, o, uid, system);
  if (typeof group === 'number') return group;
  if (group.create) addGroupRow(host.fs, { name: group.create, gid: group.gid, members: [] });
  const home = o.d ?? `${o.b ?? '/home'}/${name}`;
  addUserRow(host.fs, { name, uid, gid: group.gid, gecos: o.c ?? '', home, shell: o.s ?? '/bin/sh' }, host.now(), ':0:99999:7:::');
  for (const g of extra) addMember(host.fs, g, name);
  if (o.m !== undefined && o.M === undefined) makeHome(host.fs, home, uid, group.gid, true);
  return 0;
}

export function groupadd(req: ExternalRequest, host: UserHost): number {
  const p = getopt(req.argv.slice(1), { valued: 'gKpR', flags: 'fhor', long: { force: 'f', gid: 'g', help: 'h', key: 'K', 'non-unique': 'o', password: 'p', system: 'r', root: 'R' } });
  if ('error' in p) return fail(req, `groupadd: ${p.error}\n${GROUPADD_USAGE}`, 2);
  const { opts: o, args } = p;
  if (args.length !== 1) return fail(req, GROUPADD_USAGE, 2);
  if (host.uid !== 0) return locked(req, '/etc/group');
  const name = args[0];
  if (!NAME.test(name)) return fail(req, `groupadd: '${name}' is not a valid group name\n`, 3);
  const groups = readGroups(host.fs);
  if (groups.some((g) => g.name === name)) return o.f !== undefined ? 0 : fail(req, `groupadd: group '${name}' already exists\n`, 9);
  const used = new Set(groups.map((g) => g.gid));
  if (o.g !== undefined && used.has(Number(o.g)) && o.o === undefined && o.f === undefined) return fail(req, `groupadd: GID '${o.g}' already exists\n`, 4);
  const gid = o.g !== undefined && !used.has(Number(o.g)) ? Number(o.g) : o.r !== undefined ? freeId(used, 100, 999, true) : nextId(used, 1000, 60000);
  addGroupRow(host.fs, { name, gid, members: [] });
  return 0;
}
