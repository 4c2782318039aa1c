// The account files the user tools edit: /etc/passwd, /etc/group and /etc/shadow, read as
// rows and written back whole (as the tools rewrite them), and the id allocation rules.
import type { Vfs } from '../../fs/types.ts';

export interface PasswdRow {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupRow {
  name: string;
  gid: number;
  members: string[];
}

function lines(fs: Vfs, path: string): string[] {
  try {
    return fs.readFile(path).split('\n').filter((l) => l.trim() !== '');
  } catch {
    return [];
  }
}

export function readPasswd(fs: Vfs): PasswdRow[] {
  return lines(fs, '/etc/passwd').map((l) => {
    const [name, , uid, gid, gecos = '', home = '', shell = ''] = l.split(':');
    return { name, uid: Number(uid), gid: Number(gid), gecos, home, shell };
  });
}

export function readGroups(fs: Vfs): GroupRow[] {
  return lines(fs, '/etc/group').map((l) => {
    const [name, , gid, members = ''] = l.split(':');
    return { name, gid: Number(gid), members: members ? members.split(',') : [] };
  });
}

function append(fs: Vfs, path: string, line: string): void {
  let text = '';
  try {
    text = fs.readFile(path);
  } catch {
    // a missing file is created
  }
  fs.writeFile(path, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${line}\n`);
}

/** Days since the epoch: /etc/shadow's "last changed" field. */
const days = (ms: number) => Math.floor(ms / 86_400_000);

export function addUserRow(fs: Vfs, u: PasswdRow, now: number, shadowTail: string): void {
  append(fs, '/etc/passwd', `${u.name}:x:${u.uid}:${u.gid}:${u.gecos}:${u.home}:${u.shell}`);
  if (fs.exists('/etc/shadow')) append(fs, '/etc/shadow', `${u.name}:!:${days(now)}${shadowTail}`);
}

export function addGroupRow(fs: Vfs, g: GroupRow): void {
  append(fs, '/etc/group', `${g.name}:x:${g.gid}:${g.members.join(',')}`);
  if (fs.exists('/etc/gshadow')) append(fs, '/etc/gshadow', `${g.name}:!::${g.members.join(',')}`);
}

/** Add `user` to the member list of group `name` (rewriting that line of /etc/group). */
export function addMember(fs: Vfs, name: string, user: string): void {
  const text = lines(fs, '/etc/group').map((l) => {
    const parts = l.split(':');
    if (parts[0] !== name) return l;
    const members = parts[3] ? parts[3].split(',') : [];
    if (!members.includes(user)) members.push(user);
    parts[3] = members.join(',');
    return parts.join(':');
  });
  fs.writeFile('/etc/group', `${text.join('\n')}\n`);
}

/** The first free id in [min, max] going up, or going down from max (shadow's system ids). */
export function freeId(used: Set<number>, min: number, max: number, down = false): number {
  if (down) {
    for (let id = max; id >= min; id--) if (!used.has(id)) return id;
  } else {
    for (let id = min; id <= max; id++) if (!used.has(id)) return id;
  }
  return -1;
}

/** shadow's choice for a normal id: one above the highest in [min, max], else min. */
export function nextId(used: Set<number>, min: number, max: number): number {
  const inRange = [...used].filter((id) => id >= min && id <= max);
  return inRange.length ? Math.max(...inRange) + 1 : min;
}

/** Create a home directory owned by the user (mode 0755), with /etc/skel's files when asked. */
export function makeHome(fs: Vfs, home: string, uid: number, gid: number, skel: boolean): void {
  if (fs.exists(home)) return;
  fs.mkdir(home, { recursive: true });
  fs.chmod(home, 0o755);
  fs.chown(home, uid, gid);
  if (!skel || !fs.exists('/etc/skel')) return;
  for (const name of fs.readdir('/etc/skel')) {
    try {
      if (fs.stat(`/etc/skel/${name}`).kind !== 'file') continue;
      fs.writeFile(`${home}/${name}`, fs.readFile(`/etc/skel/${name}`));
      fs.chown(`${home}/${name}`, uid, gid);
    } catch {
      // unreadable skeleton files are skipped
    }
  }
}
