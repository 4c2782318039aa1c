// BusyBox adduser and addgroup (Alpine's /usr/sbin applets, busybox images): silent on success.
// adduser: ids from 1000 up (-S: from 100, group nogroup, shell /sbin/nologin), a group of the
// user's name unless -G (the user also becomes a member of that group), home /home/NAME created
// from /etc/skel unless -H, gecos "Linux User,,,", the login shell root has. -D is assumed: the
// model never asks for a password. addgroup: `[-g GID] [-S] GROUP`, or `USER GROUP` to add a member.
import type { ExternalRequest } from '../../shell/context.ts';
import { addGroupRow, addMember, addUserRow, freeId, makeHome, readGroups, readPasswd } from './accounts.ts';
import { getopt } from './getopt.ts';
import type { UserHost } from './hook.ts';

const BANNER = 'BusyBox v1.37.0 (2025-05-26 20:04:45 UTC) multi-call binary.\n\n';
const ADDUSER_USAGE = `${BANNER}Usage: adduser [OPTIONS] USER [GROUP]\n\nCreate new user, or add USER to GROUP\n\n\t-h DIR\t\tHome directory\n\t-g GECOS\tGECOS field\n\t-s SHELL\tLogin shell\n\t-G GRP\t\tGroup\n\t-S\t\tCreate a system user\n\t-D\t\tDon't assign a password\n\t-H\t\tDon't create home directory\n\t-u UID\t\tUser id\n\t-k SKEL\t\tSkeleton directory (/etc/skel)\n`;
const ADDGROUP_USAGE = `${BANNER}Usage: addgroup [-g GID] [-S] [USER] GROUP\n\nAdd a group or add a user to a group\n\n\t-g GID\tGroup id\n\t-S\tCreate a system group\n`;

function die(req: ExternalRequest, msg: string): number {
  req.io.stderr.write(`${req.name}: ${msg}\n`);
  return 1;
}

function usage(req: ExternalRequest, text: string, error?: string): number {
  req.io.stderr.write(`${error ? `${req.name}: ${error}\n` : ''}${text}`);
  return 1;
}

export function busyboxAdduser(req: ExternalRequest, host: UserHost): number {
  const p = getopt(req.argv.slice(1), { valued: 'hgsGuk', flags: 'DSHm', long: { home: 'h', gecos: 'g', shell: 's', ingroup: 'G', system: 'S', 'disabled-password': 'D', 'empty-password': 'D', 'no-create-home': 'H', uid: 'u' } });
  if ('error' in p) return usage(req, ADDUSER_USAGE, p.error);
  const { opts: o, args } = p;
  if (args.length < 1 || args.length > 2) return usage(req, ADDUSER_USAGE);
  if (host.uid !== 0) return die(req, 'permission denied (are you root?)');
  const [name, toGroup] = args;
  const users = readPasswd(host.fs);
  if (toGroup !== undefined && users.some((u) => u.name === name)) return busyboxAddgroup({ ...req, argv: ['addgroup', name, toGroup] }, host);
  if (users.some((u) => u.name === name)) return die(req, `user '${name}' in use`);
  const system = o.S !== undefined;
  const groups = readGroups(host.fs);
  const groupName = o.G ?? (system ? 'nogroup' : undefined);
  const group = groupName === undefined ? undefined : groups.find((g) => g.name === groupName || String(g.gid) === groupName);
  if (groupName !== undefined && !group) return die(req, `unknown group ${groupName}`);
  const used = new Set(users.map((u) => u.uid));
  if (o.u !== undefined && used.has(Number(o.u))) return die(req, `uid '${o.u}' in use`);
  const uid = o.u !== undefined ? Number(o.u) : system ? freeId(used, 100, 999) : freeId(used, 1000, 60000);
  const gids = new Set(groups.map((g) => g.gid));
  const gid = group ? group.gid : gids.has(uid) ? freeId(gids, 1000, 60000) : uid;
  const rootShell = users.find((u) => u.uid === 0)?.shell || '/bin/sh';
  const home = o.h ?? `/home/${name}`;
  if (!group) addGroupRow(host.fs, { name, gid, members: [] });
  addUserRow(host.fs, { name, uid, gid, gecos: o.g ?? 'Linux User,,,', home, shell: o.s ?? (system ? '/sbin/nologin' : rootShell) }, host.now(), ':0:99999:7:::');
  if (o.G !== undefined && group) addMember(host.fs, group.name, name);
  if (o.H === undefined) makeHome(host.fs, home, uid, gid, true);
  return 0;
}

export function busyboxAddgroup(req: ExternalRequest, host: UserHost): number {
  const p = getopt(req.argv.slice(1), { valued: 'g', flags: 'S', long: { gid: 'g', system: 'S' } });
  if ('error' in p) return usage(req, ADDGROUP_USAGE, p.error);
  const { opts: o, args } = p;
  if (args.length < 1 || args.length > 2) return usage(req, ADDGROUP_USAGE);
  if (host.uid !== 0) return die(req, 'permission denied (are you root?)');
  const groups = readGroups(host.fs);
  if (args.length === 2) {
    const [user, name] = args;
    if (!readPasswd(host.fs).some((u) => u.name === user)) return die(req, `unknown user ${user}`);
    const g = groups.find((x) => x.name === name);
    if (!g) return die(req, `unknown group ${name}`);
    if (!g.members.includes(user)) addMember(host.fs, name, user);
    return 0;
  }
  const name = args[0];
  if (groups.some((g) => g.name === name)) return die(req, `group '${name}' in use`);
  const used = new Set(groups.map((g) => g.gid));
  if (o.g !== undefined && used.has(Number(o.g))) return die(req, `gid '${o.g}' in use`);
  const gid = o.g !== undefined ? Number(o.g) : o.S !== undefined ? freeId(used, 100, 999) : freeId(used, 1000, 60000);
  addGroupRow(host.fs, { name, gid, members: [] });
  return 0;
}
